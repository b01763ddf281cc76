// Globals that pages set and the tooling's page.evaluate() callbacks read
// (type checking of the .mjs tooling: tsconfig.scripts.json).
interface Window {
  /** What scripts/bench/page.js records. */
  __bench: {
    firstRender?: number;
    keys: { dom: number; frame: number }[];
    status: string[];
  };
  /** Storybook's preview, read by scripts/check-stories.mjs. */
  __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } };
  /** axe-core, added to the page by scripts/check-stories.mjs. */
  axe: typeof import('axe-core');
}
