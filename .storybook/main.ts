import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync } from 'node:fs';

// Storybook for the SPF wellbeing elements. Stories live in the top-level
// stories/ folder; the elements are read from their TypeScript sources
// through the `source` export condition, so no build is needed first.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [
    // Feeds the stories load by URL: hostile, very long, empty, Welsh.
    { from: '../stories/feeds', to: '/feeds' },
    // The default feed's demo audio resolves against its module; in the
    // static build that module is a chunk in assets/.
    { from: '../packages/default-feed/src/media', to: '/assets/media' },
    // The built embed page, for the embed-code builder's live preview (after `npm run build`).
    ...(existsSync('packages/widgets/dist/embed.html') ? [{ from: '../packages/widgets/dist', to: '/embed' }] : []),
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [defaultFeedBase()],
      resolve: {
        // `@spf-wellbeing/*` resolve to src/*.ts first.
        conditions: ['source', 'module', 'browser', 'development|production'],
      },
    });
  },
};

/**
 * Vite rewrites `new URL('./', import.meta.url)` in the default feed into a
 * data: URL of the module itself, so the demo audio's relative URLs would
 * not resolve. Mark it for Vite to leave alone: the folder of the module is
 * what is meant (assets/ in the static build, where staticDirs puts media/).
 */
function defaultFeedBase() {
  return {
    name: 'spf-default-feed-base',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!id.replace(/\\/g, '/').endsWith('/packages/default-feed/src/index.ts')) return undefined;
      return code.replace(
        /new URL\(\s*'\.\/'\s*,\s*import\.meta\.url\s*\)/,
        "new URL(/* @vite-ignore */ './', import.meta.url)",
      );
    },
  };
}

export default config;
