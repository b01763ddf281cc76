import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { STUB, saveCopy } from './feed-stubs.js';

/** Args are attribute names; `lang` goes on a wrapper, as on a real page. */
export type WidgetArgs = Record<string, unknown> & {
  feed?: string;
  'feed-timeout'?: number;
  'heading-level'?: number;
  lang?: 'en' | 'cy';
};

export type Frame = 'plain' | 'narrow' | 'high-contrast';

declare module '@storybook/web-components' {
  interface Parameters {
    /** Wrapper around the element: a 320px column or the high-contrast theme. */
    frame?: Frame;
    /** Your own content inside the tag, shown before upgrade and on error. */
    fallback?: string;
  }
}

const toAttribute = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Renders `<tag>` with `args` as attributes inside a frame. Built with DOM
 * calls, not markup strings, so args are never parsed as HTML.
 */
export function renderWidget(tag: string) {
  return (args: WidgetArgs, context: StoryContext): HTMLElement => {
    const frame = document.createElement('div');
    const kind: Frame = context.parameters.frame ?? 'plain';
    frame.className = `sb-frame${kind === 'narrow' ? ' sb-narrow' : ''}${kind === 'high-contrast' ? ' sb-high-contrast' : ''}`;
    frame.lang = args.lang ?? 'en';
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(args)) {
      if (key === 'lang' || value === undefined || value === null || value === false || value === '') continue;
      if (typeof value === 'function') {
        // Event argTypes from the manifest (`onSpf-filter-change`): log them in the Actions panel.
        element.addEventListener(key.replace(/^on-?/, '').toLowerCase(), value as EventListener);
      } else if (typeof value === 'object') {
        (element as unknown as Record<string, unknown>)[key] = value;
      } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        element.setAttribute(toAttribute(key), value === true ? '' : String(value));
      }
    }
    if (context.parameters.fallback) {
      const p = document.createElement('p');
      p.textContent = context.parameters.fallback;
      element.append(p);
    }
    frame.append(element);
    return frame;
  };
}

/** The meta every widget's stories share: controls and Autodocs from custom-elements.json. */
export function widgetMeta(tag: string, description: string): Meta<WidgetArgs> {
  return {
    tags: ['autodocs'],
    render: renderWidget(tag),
    args: { lang: 'en', 'heading-level': 2 },
    argTypes: {
      lang: {
        control: 'inline-radio',
        options: ['en', 'cy'],
        description: 'The page language (set on a wrapper, as on a real page).',
      },
      feed: { control: 'text' },
      'feed-timeout': { control: 'number' },
      'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    },
    // Autodocs shows the element's own JSDoc description from custom-elements.json;
    // `description` is the one-line summary for the sidebar's docs page subtitle.
    parameters: { docs: { subtitle: description } },
  };
}

type Story = StoryObj<WidgetArgs>;

/** The states every widget has, in the order the docs page shows them. */
export const sharedStories = {
  /** The embedded default feed: no `feed` attribute. */
  defaultFeed: {
    play: async ({ canvasElement }) => expectView(canvasElement, 'ready'),
  } satisfies Story,

  /** Waiting for a feed that never answers: the loading placeholder. */
  loading: {
    args: { feed: STUB.never, 'feed-timeout': 3_600_000 },
    play: async ({ canvasElement }) => expectView(canvasElement, 'loading'),
  } satisfies Story,

  /** The server answers 500: a message, a Retry button, and the page's own fallback content. */
  error: {
    args: { feed: STUB.serverError },
    parameters: { fallback: 'Your own fallback content shows here when the feed cannot be loaded.' },
    play: async ({ canvasElement }) => expectView(canvasElement, 'error'),
  } satisfies Story,

  /** No answer within `feed-timeout` (here 1 ms). */
  timeout: {
    args: { feed: STUB.never, 'feed-timeout': 1 },
    play: async ({ canvasElement }) => expectView(canvasElement, 'error'),
  } satisfies Story,

  /** The file is not JSON (an HTML error page, say). */
  notJson: {
    args: { feed: STUB.notJson },
    play: async ({ canvasElement }) => expectView(canvasElement, 'error'),
  } satisfies Story,

  /** The network is down, but a copy saved 90 minutes ago is shown with a notice. */
  savedCopy: {
    args: { feed: STUB.offline },
    loaders: [
      async () => {
        const response = await fetch('feeds/default.json');
        saveCopy(STUB.offline, await response.json(), 90);
        return {};
      },
    ],
    play: async ({ canvasElement }) => expectView(canvasElement, 'stale'),
  } satisfies Story,

  /** A valid feed with nothing in it. */
  empty: {
    args: { feed: 'feeds/empty.json' },
    play: async ({ canvasElement }) => expectView(canvasElement, 'ready'),
  } satisfies Story,

  /** Long titles, long summaries and very long words: nothing overflows. */
  longText: {
    args: { feed: 'feeds/long-text.json' },
    play: async ({ canvasElement }) => expectView(canvasElement, 'ready'),
  } satisfies Story,

  /** Markup, script, bidi overrides and script links in the feed: shown as text or left out. */
  hostileText: {
    args: { feed: 'feeds/hostile.json' },
    play: async ({ canvasElement }) => {
      await expectView(canvasElement, 'ready');
      assertNothingRan();
    },
  } satisfies Story,

  /** The page is in Welsh: interface and feed text follow `lang="cy"`. */
  welsh: {
    args: { lang: 'cy' },
    play: async ({ canvasElement }) => expectView(canvasElement, 'ready'),
  } satisfies Story,

  /** In a 320px column and the "Small mobile" viewport (WCAG reflow): no sideways scrolling. check-stories opens it in a 320px window. */
  narrow: {
    parameters: { frame: 'narrow', layout: 'fullscreen' },
    globals: { viewport: { value: 'mobile1', isRotated: false } },
    play: async ({ canvasElement }) => expectView(canvasElement, 'ready'),
  } satisfies Story,

  /** A high-contrast theme made with `--spf-*` tokens alone (see stories/support/stories.css). */
  highContrast: {
    parameters: { frame: 'high-contrast', backgrounds: { disable: true } },
    play: async ({ canvasElement }) => expectView(canvasElement, 'ready'),
  } satisfies Story,
};

/** Waits until `el` and everything in its shadow root has rendered. */
export async function settled(el: Element | null | undefined): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await (el as unknown as { updateComplete?: Promise<unknown> })?.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Finds the first `selector` inside `tag`'s shadow root within the story. */
export function inside<T extends Element = HTMLElement>(canvas: HTMLElement, tag: string, selector: string): T | null {
  return canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/**
 * Chooses one radio button in every radio group inside `tag`'s shadow root:
 * the option at `pick` (a number, or 'last'). Real clicks, so the element's
 * own change handlers run.
 */
export async function answerEveryGroup(canvas: HTMLElement, tag: string, pick: number | 'last' = 0): Promise<void> {
  const el = canvas.querySelector(tag);
  await waitForReady(el);
  const radios = [...(el?.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
  const groups = new Map<string, HTMLInputElement[]>();
  for (const radio of radios) groups.set(radio.name, [...(groups.get(radio.name) ?? []), radio]);
  for (const group of groups.values()) {
    const radio = pick === 'last' ? group[group.length - 1] : group[Math.min(pick, group.length - 1)];
    radio.click();
    await settled(el);
  }
}

/** Waits until the element has left its loading state (at most 5 seconds). */
export async function waitForReady(el: Element | null | undefined): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await settled(el);
    if (!el?.shadowRoot?.querySelector('[part~="skeleton"]')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Throws when hostile feed text ran as script (the hostile feeds set `window.__pwned`). */
export function assertNothingRan(): void {
  if ((window as { __pwned?: unknown }).__pwned !== undefined) throw new Error('Feed text ran as script.');
}

export type FeedView = 'loading' | 'error' | 'stale' | 'ready';

const VIEW_OF: Record<FeedView, (root: ShadowRoot) => boolean> = {
  loading: (root) => Boolean(root.querySelector('[part~="skeleton"]')),
  // The shared feed error is the only place with a Retry button part.
  error: (root) => Boolean(root.querySelector('[part~="retry-button"]')),
  stale: (root) => Boolean(root.querySelector('[part~="stale-notice"]')),
  ready: (root) => !root.querySelector('[part~="skeleton"]') && !root.querySelector('[part~="retry-button"]'),
};

/**
 * Waits (up to 5 seconds) until the story's element shows `view`, and throws
 * if it never does, so a story that stops showing its state fails the story
 * check instead of passing quietly.
 */
export async function expectView(canvas: HTMLElement, view: FeedView): Promise<void> {
  const el = canvas.querySelector<HTMLElement>('[class^="sb-frame"] > *');
  for (let i = 0; i < 50; i++) {
    await settled(el);
    if (el?.shadowRoot && VIEW_OF[view](el.shadowRoot)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`<${el?.localName ?? 'element'}> did not show its ${view} state.`);
}
