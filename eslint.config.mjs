// @ts-check
// ESLint for the whole repository: `npm run lint` (part of `npm run verify`).
//
// - TypeScript (packages/*/src, stories, test): typescript-eslint's recommended
//   rules with type information (the project service reads tsconfig.json), and
//   Lit's, lit-a11y's and the web components plugin's recommended rules.
// - JavaScript tooling (*.mjs: scripts, test/infra, test/node, test/e2e,
//   configs): ESLint's and typescript-eslint's recommended rules without types
//   (`npm run typecheck` checks those files with // @ts-check instead).
// Formatting is Prettier's job (`npm run format`), so no style rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

/** A plugin's shared config by name (the plugins' types leave `configs` optional). */
const configOf = (plugin, name) => {
  const config = plugin.configs?.[name];
  if (!config) throw new Error(`No config ${name}`);
  return config;
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      'test-results/**',
      // Generated from the feed's JSON by packages/default-feed/scripts.
      'packages/default-feed/src/feed-data.ts',
      'stories/feeds/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // scripts/page-globals.d.ts belongs to tsconfig.scripts.json, which the project service does not read.
      parserOptions: {
        projectService: { allowDefaultProject: ['scripts/*.d.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: globals.browser,
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    extends: [configOf(lit, 'flat/recommended'), configOf(litA11y, 'recommended'), configOf(wc, 'flat/recommended')],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lit calls a template's event listeners with `this` set to the host element.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // chai's `equal` returns at once; @open-wc/semantic-dom-diff types every
          // `equal` as a Promise because its `.dom.equal` is async (unused here).
          allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/test-helpers.ts', '**/test-fixtures/**/*.ts', 'test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.exist`, `.and.not.empty`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Scripts the browser loads as they are (the demo, test pages' probes, the
    // benchmark page), and Node scripts whose page.evaluate() callbacks run in
    // the browser.
    files: [
      'demo/**/*.js',
      'test/fixtures/**/*.js',
      'scripts/bench/**/*.js',
      'scripts/bench.mjs',
      'scripts/check-stories.mjs',
      'test/e2e/**/*.mjs',
      'test/infra/**/*.mjs',
      'scripts/test-browsers.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
);
