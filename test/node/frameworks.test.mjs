// docs/frameworks.md cannot drift: its React and Next.js files type-check
// against the built @spf-wellbeing/react, its Vue single-file component
// compiles with the Vite option it shows, and its Svelte component compiles.
// (The Vue example for the browser is mounted by test/frameworks.test.ts. The
// Angular one is not checked: Angular's compiler is a large install.)
//
// Needs a build first (`npm run build`): the React example reads dist/*.d.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const doc = readFileSync('docs/frameworks.md', 'utf8');
/** Every fenced block of a language, in order. */
const blocks = (language) =>
  [...doc.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(([, code]) => code);

test('the React and Next.js example type-checks against @spf-wellbeing/react', () => {
  const files = blocks('tsx');
  assert.ok(files.length >= 2, 'a client component and a page');
  const dir = 'node_modules/.cache/spf-frameworks-react';
  rmSync(dir, { recursive: true, force: true });
  try {
    for (const code of files) {
      const name = /^\/\/ (app\/[\w/.-]+\.tsx)/.exec(code)?.[1];
      assert.ok(name, 'each file starts with a comment naming it');
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), code);
    }
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2021',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          lib: ['ES2022', 'DOM'],
          types: [],
        },
        include: ['app/**/*.tsx'],
      }),
    );
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.json')], {
        encoding: 'utf8',
      });
    } catch (error) {
      assert.fail(`The React example does not type-check:\n${/** @type {{ stdout?: string }} */ (error).stdout}`);
    }
    // And a wrong handler is caught: the types are real, not `any`.
    writeFileSync(
      join(dir, 'app/wrong.tsx'),
      `import { SpfPodcastPlayer } from '@spf-wellbeing/react';\nexport const Wrong = () => <SpfPodcastPlayer onSpfPlay={(event) => event.detail.nope} />;\n`,
    );
    assert.throws(
      () =>
        execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.json')], {
          encoding: 'utf8',
        }),
      (error) => /nope/.test(String(/** @type {{ stdout?: string }} */ (error).stdout)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the Vue single-file component compiles with the isCustomElement option the page shows', async () => {
  const { parse, compileTemplate } = await import('@vue/compiler-sfc');
  const [sfc] = blocks('vue');
  const viteConfig = blocks('js').find((code) => code.includes('vite.config.js'));
  assert.ok(sfc && viteConfig, 'a .vue file and a vite.config.js');
  assert.match(viteConfig, /isCustomElement: \(tag\) => tag\.startsWith\('spf-'\)/);
  const isCustomElement = (tag) => tag.startsWith('spf-');
  const { descriptor, errors } = parse(sfc, { filename: 'Wellbeing.vue' });
  assert.deepEqual(errors, []);
  const compile = (compilerOptions) =>
    compileTemplate({
      source: descriptor.template?.content ?? '',
      filename: 'Wellbeing.vue',
      id: 'w',
      compilerOptions,
    });
  const result = compile({ isCustomElement });
  assert.deepEqual(result.errors, []);
  assert.ok(!result.code.includes('resolveComponent'), 'Vue leaves <spf-podcast-player> to the browser');
  assert.match(result.code, /onSpfPlay/, '@spf-play becomes a listener');
  // Without the option, Vue would look for a component of that name.
  assert.match(compile({}).code, /resolveComponent\("spf-podcast-player"\)/);
});

test('the Svelte component compiles and listens to spf-play', async () => {
  const { compile } = await import('svelte/compiler');
  const [component] = blocks('svelte');
  assert.ok(component, 'a Svelte component');
  const { js, warnings } = compile(component, { filename: 'Wellbeing.svelte', generate: 'client' });
  assert.deepEqual(
    warnings.map((warning) => warning.message),
    [],
  );
  assert.match(js.code, /spf-play/);
});
