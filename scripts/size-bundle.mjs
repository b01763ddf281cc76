// @ts-check
// A package entry bundled on its own with Lit, minified as our build does, as
// a user's bundler would: what `npm run size` measures, and what the Node
// tests hold to a budget.
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { moduleSideEffects, terserOptions } from '../rollup.config.mjs';

/**
 * The chunks of `input` bundled with its dependencies (except `external` ones).
 * @param {string} input
 * @param {(id: string) => boolean} [external]
 */
export async function bundleAsAUserWould(input, external = () => false) {
  const bundle = await rollup({
    input,
    external,
    treeshake: { moduleSideEffects },
    // As in the drop-in: the entry keeps its code even when files it loads later import from it.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      resolve({ exportConditions: ['source'], extensions: ['.ts', '.js'] }),
      typescript({
        tsconfig: './tsconfig.json',
        include: ['packages/*/src/**/*.ts'],
        exclude: ['**/*.test.ts'],
        compilerOptions: { declaration: false, sourceMap: false, types: [] },
      }),
      minifyHtmlLiterals(),
      terser(terserOptions),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.filter((chunk) => chunk.type === 'chunk');
}
