// React is CommonJS only, and the test server serves ES modules. This
// dev-server plugin bundles React with esbuild (already installed for the
// TypeScript transform; no network) into one ES module per copy, once, and
// answers bare imports of it:
//
//   react, react-dom, react-dom/client  → React 19, the root's copy
//   spf-test-react18                    → { React18, ReactDOM18, ReactDOMClient18 } from test/react18
//
// Vue needs nothing: its `vue/dist/vue.esm-browser.js` is already an ES module.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve('.');
const PREFIX = '/__spf-esm/';

/** Each copy of React: where its packages resolve from. */
const COPIES = {
  react19: root,
  react18: resolve(root, 'test/react18'),
};

/** Bare specifiers, and the facade module that answers each. */
const FACADES = {
  react: { copy: 'react19', name: 'React', module: 'react' },
  'react-dom': { copy: 'react19', name: 'ReactDOM', module: 'react-dom' },
  'react-dom/client': { copy: 'react19', name: 'ReactDOMClient', module: 'react-dom/client' },
};

const bundles = new Map();

/** One ES module with React, ReactDOM and ReactDOMClient of a copy, built on first request. */
function bundle(copy) {
  if (!bundles.has(copy)) {
    bundles.set(
      copy,
      build({
        stdin: {
          contents:
            "export * as React from 'react'; export * as ReactDOM from 'react-dom'; export * as ReactDOMClient from 'react-dom/client';",
          resolveDir: COPIES[copy],
          loader: 'js',
        },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
      }).then((result) => result.outputFiles[0].text),
    );
  }
  return bundles.get(copy);
}

/** A module that re-exports one package of the bundle under its own names, default included. */
function facade({ copy, name, module }) {
  // Read in a child process: React's development build, loaded here, would wrap this process's console.
  const keys = JSON.parse(
    execFileSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(module)}))))`],
      { cwd: COPIES[copy], env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
    ),
  ).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return [
    `import { ${name} as ns } from './${copy}.js';`,
    'const value = ns.default ?? ns;',
    'export default value;',
    ...keys.map((key) => `export const ${key} = value.${key};`),
  ].join('\n');
}

export function reactEsm() {
  return {
    name: 'spf-react-esm',
    resolveImport({ source }) {
      if (source in FACADES) return `${PREFIX}${source.replace('/', '-')}.js`;
      if (source === 'spf-test-react18') return `${PREFIX}spf-test-react18.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length).replace(/\.js$/, '');
      if (file in COPIES) return { body: await bundle(file), type: 'js' };
      if (file === 'spf-test-react18') {
        return {
          body: `import { React, ReactDOM, ReactDOMClient } from './react18.js';
const pick = (ns) => ns.default ?? ns;
export const React18 = pick(React);
export const ReactDOM18 = pick(ReactDOM);
export const ReactDOMClient18 = pick(ReactDOMClient);`,
          type: 'js',
        };
      }
      const entry = Object.entries(FACADES).find(([specifier]) => specifier.replace('/', '-') === file);
      return entry ? { body: facade(entry[1]), type: 'js' } : undefined;
    },
  };
}
