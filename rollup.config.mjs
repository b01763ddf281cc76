// Two kinds of output:
// 1. The drop-in bundle, packages/widgets/dist/spf-widgets.js: one ES module
//    with Lit and the default feed inside, for a plain <script type="module">.
// 2. Each package's dist/, for npm users with their own bundler: dependencies
//    stay as imports, so Lit is shared.
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const PACKAGES = ['feed', 'core', 'default-feed', 'resources', 'podcast-player', 'wellbeing-checkin', 'diagnostic-card', 'widgets'];

const typescriptFor = (dir) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: [`packages/${dir}/src/**/*.ts`],
    exclude: ['**/*.test.ts'],
    compilerOptions: { declaration: false, sourceMap: false, types: [] },
  });

const resolveSource = () => resolve({ exportConditions: ['source'], extensions: ['.ts', '.js'] });

const minify = () => terser({ ecma: 2021, module: true, format: { comments: false } });

/** Source entries of a package: index, and define files where the package has them. */
function entries(dir) {
  const pkg = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  const input = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'object' && value.source) {
      input[key === '.' ? 'index' : key.replace(/^\.\//, '')] = `packages/${dir}/${value.source.replace(/^\.\//, '')}`;
    }
  }
  return input;
}

const dropIn = {
  input: 'packages/widgets/src/spf-widgets.ts',
  output: { file: 'packages/widgets/dist/spf-widgets.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  plugins: [resolveSource(), typescriptFor('*'), minify()],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

const packageBuilds = PACKAGES.map((dir) => ({
  input: entries(dir),
  output: { dir: `packages/${dir}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: `packages/${dir}/src`, sourcemap: true },
  external: (id) => /^(lit|@lit\/|@spf-wellbeing\/|tslib)/.test(id),
  plugins: [typescriptFor(dir)],
}));

export default [dropIn, ...packageBuilds];
