/**
 * The transcript panel's body (search box, count, cue list with matches
 * marked) and the loading of transcript and chapter files. The player loads
 * this module, with the parsers, only when a listener opens a transcript or
 * an episode has a chapters file, so the player's first load stays small.
 * Its state and requests are the TranscriptController's (transcript-controller.ts).
 *
 * The cue list is built as plain DOM (text nodes only) after each render, in
 * chunks of a task each, not as a Lit template: a 3-hour transcript has about
 * 4,000 cues, and the player renders on every time update, so the list must
 * cost nothing to render again and little to build on a slow phone. Its
 * styles live here too, added to the player when the panel first renders.
 */
import { css, html, nothing, type ReactiveElement } from 'lit';
import type { Episode } from '@spf-wellbeing/feed';
import { LocalizeController } from '@spf-wellbeing/core';
import { adoptLateStyles } from '@spf-wellbeing/core/internal';
import { transcriptStrings, type TranscriptStringKey } from './transcript-strings.js';
import { parseJsonChapters, readTranscript, type Cue, type FileChapter } from './transcript.js';
import type { TranscriptController } from './transcript-controller.js';

async function fetchText(url: string): Promise<{ body: string; type: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { body: await response.text(), type: response.headers.get('content-type') ?? '' };
}

/** The cues of an episode's transcript file; throws when it cannot be loaded, [] when it has none. */
export async function loadCues(file: NonNullable<Episode['transcript']>): Promise<Cue[]> {
  const { body, type } = await fetchText(file.url);
  return readTranscript(body, file.type || type);
}

/** The chapters of an episode's chapters file; [] when it cannot be read (the list is not shown). */
export async function loadChapters(url: string): Promise<FileChapter[]> {
  try {
    return parseJsonChapters(JSON.parse((await fetchText(url)).body));
  } catch {
    return []; // No chapters: the list is not shown.
  }
}

/**
 * The list's styles: block layout (cheaper than a grid for 4,000 cues), each
 * group of lines laid out and painted only near the view, the matches marked.
 * Later in the cascade than the player's own styles, so `.cues` overrides `.list`.
 */
const transcriptStyles = css`
  .cues {
    position: relative;
    max-height: 20rem;
    overflow-y: auto;
    display: block;
  }
  /* The whole transcript, while a search shows its matches in a list of its own. */
  .cues[hidden] {
    display: none;
  }
  .cues > .group {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 50rem;
  }
  .cues [role='listitem'] + [role='listitem'],
  .cues > .group + .group {
    margin-top: 4px;
  }
  .speaker {
    font-weight: 700;
  }
  mark {
    background: var(--_focus);
    color: var(--_focus-text);
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
/** Each player's strings of the panel; the first time its panel renders, the list's styles join its shadow root. */
const panels = new WeakMap<ReactiveElement, LocalizeController<TranscriptStringKey>>();

function panelStrings(host: ReactiveElement): LocalizeController<TranscriptStringKey> {
  let strings = panels.get(host);
  if (!strings) {
    panels.set(host, (strings = new LocalizeController(host, transcriptStrings)));
    adoptLateStyles(host, transcriptStyles);
  }
  return strings;
}

/** The cues a search matches, as indexes, remembered for the last search of each transcript. */
interface Search {
  query: string;
  shown: number[];
}
const haystacks = new WeakMap<readonly Cue[], string[]>();
const searches = new WeakMap<readonly Cue[], Search>();

/** The indexes of the cues that match the search (speaker or words, any case). */
export function matching(cues: readonly Cue[], search: string): readonly number[] {
  const query = search.trim().toLowerCase();
  const last = searches.get(cues);
  if (last?.query === query) return last.shown;
  let lower = haystacks.get(cues);
  if (!lower) haystacks.set(cues, (lower = cues.map((cue) => `${cue.speaker ?? ''} ${cue.text}`.toLowerCase())));
  const shown: number[] = [];
  for (let i = 0; i < cues.length; i++) if (!query || lower[i].includes(query)) shown.push(i);
  searches.set(cues, { query, shown });
  return shown;
}

/** The index of the cue at `time`: the last one starting by then (cues are sorted by start), or -1. */
function currentIndex(cues: readonly Cue[], time: number): number {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cues[middle].start <= time + 0.1) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Matches listed while searching; the count says how many there are in all.
 * The whole transcript stays built in a list of its own, hidden while a search
 * shows, so clearing the search costs nothing and typing rebuilds little.
 */
const MAX_FOUND = 100;

/** What the last render of each player's panel showed, for filling the list after it (`keepCueInView`). */
const views = new WeakMap<Node, { cues: readonly Cue[]; controller: TranscriptController }>();

/**
 * The search box, the number of matches while searching, and the lists, which
 * `keepCueInView` fills after the render. A file with no cues the player can
 * read says so, and links to the file itself (trying again cannot help).
 */
export function renderCues(controller: TranscriptController, cues: readonly Cue[]) {
  const { l10n, host } = controller;
  const strings = panelStrings(host);
  if (!cues.length) {
    // Its URL passed safeUrl when the feed was read (parseFeed). Importing
    // safeUrl here would split it into a file of its own, one more request.
    const url = controller.playback.state.episode?.transcript?.url;
    return html`<p class="no-cues">${strings.term('transcriptNoCues')}</p>
      ${url ? html`<p><a class="file" href=${url}>${strings.term('transcriptFile')}</a></p>` : nothing}`;
  }
  views.set(host.renderRoot, { cues, controller });
  const { query } = controller.state;
  const searching = !!query.trim();
  const found = searching ? matching(cues, query).length : 0;
  const onSearch = (event: Event) => controller.search((event.target as HTMLInputElement).value);
  return html`<label class="field search">
      ${strings.term('searchTranscript')}
      <input type="search" .value=${query} @input=${onSearch} />
    </label>
    ${searching ? html`<p class="count">${l10n.plural('results', found)}</p>` : nothing}
    <div class="list cues" role="list" ?hidden=${searching}></div>
    ${searching ? html`<div class="list cues found" role="list"></div>` : nothing}
    ${found > MAX_FOUND ? html`<p class="more">${strings.term('moreResults', { count: MAX_FOUND })}</p>` : nothing}`;
}

/** Text with each match of the search wrapped in `<mark>`, as text nodes only. */
function marked(text: string, query: string): (string | Node)[] {
  if (!query) return [text];
  const out: (string | Node)[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(query); at >= 0; at = lower.indexOf(query, at + query.length)) {
    const mark = document.createElement('mark');
    mark.textContent = text.slice(at, at + query.length);
    out.push(text.slice(from, at), mark);
    from = at + query.length;
  }
  out.push(text.slice(from));
  return out;
}

/** One cue's list item: its time, speaker and text, all as text nodes. */
function item(cue: Cue, index: number, query: string, stamp: (seconds: number) => string): HTMLElement {
  const li = document.createElement('div');
  li.setAttribute('role', 'listitem');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'item cue';
  button.dataset.index = String(index);
  const time = document.createElement('span');
  time.className = 'stamp';
  time.textContent = stamp(cue.start);
  const words = document.createElement('span');
  if (cue.speaker) {
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.append(...marked(cue.speaker, query), ':');
    words.append(speaker, ' ');
  }
  words.append(...marked(cue.text, query));
  button.append(time, ' ', words);
  li.append(button);
  return li;
}

/**
 * How the list fills: in groups of GROUP cues, at least one group at once,
 * then more until SLICE ms have gone, and the rest in later tasks of the same
 * length, so a 3-hour file of 4,000 cues fills in steps short enough for a
 * slow phone. Each group is laid out and painted only near the view
 * (`content-visibility: auto`), so a long list costs little once built. The
 * list is `role="list"` with `role="listitem"` lines, as groups inside an
 * `<ol>` would not be valid HTML.
 */
const GROUP = 20;
const SLICE = 8;

/** What a list shows, and how far it has been filled. */
interface Filled {
  cues: readonly Cue[];
  query: string;
  shown: readonly number[];
  built: number;
  buttons: Map<number, HTMLElement>;
  current: number;
  controller: TranscriptController;
  timer?: ReturnType<typeof setTimeout>;
}
const lists = new WeakMap<HTMLElement, Filled>();

/** A cue pressed (its button, so keyboard too) moves playback to it: one listener for each list. */
function onClick(event: Event): void {
  const state = lists.get(event.currentTarget as HTMLElement);
  const button = (event.target as Element).closest<HTMLElement>('button.cue');
  const cue = button && state?.cues[Number(button.dataset.index)];
  if (state && cue) state.controller.playback.seek(cue.start);
}

/** Adds the next groups of cues to the list, and schedules the ones after them in a task of their own. */
function fill(list: HTMLElement, state: Filled): void {
  if (!list.isConnected || lists.get(list) !== state) return;
  const chunk = document.createDocumentFragment();
  const started = performance.now();
  do {
    const group = document.createElement('div');
    group.className = 'group';
    for (const stop = Math.min(state.shown.length, state.built + GROUP); state.built < stop; state.built++) {
      const index = state.shown[state.built];
      const line = item(state.cues[index], index, state.query, (seconds) => state.controller.stamp(seconds));
      const button = line.firstElementChild as HTMLElement;
      state.buttons.set(index, button);
      if (index === state.current) button.setAttribute('aria-current', 'true');
      group.append(line);
    }
    chunk.append(group);
  } while (state.built < state.shown.length && performance.now() - started < SLICE);
  list.append(chunk);
  if (state.built < state.shown.length) state.timer = setTimeout(() => fill(list, state), 0);
}

/**
 * After each render: fills the lists for the transcript and search shown (the
 * first chunk at once, the rest in later tasks), marks the current cue, and
 * keeps it in view inside the list, without moving the page or the listener's
 * focus, and never while they search or browse it.
 */
export function keepCueInView(root: ShadowRoot, search: string): void {
  const view = views.get(root);
  if (!view) return;
  const { cues, controller } = view;
  const query = search.trim().toLowerCase();
  const current = currentIndex(cues, controller.time);
  let all: Filled | undefined;
  let built = false;
  for (const list of root.querySelectorAll<HTMLElement>('.cues')) {
    const shownQuery = list.classList.contains('found') ? query : '';
    let state = lists.get(list);
    if (state?.cues !== cues || state.query !== shownQuery) {
      if (state) clearTimeout(state.timer);
      else list.addEventListener('click', onClick);
      const shown = matching(cues, shownQuery);
      state = {
        cues,
        query: shownQuery,
        shown: shownQuery ? shown.slice(0, MAX_FOUND) : shown,
        built: 0,
        buttons: new Map(),
        current,
        controller,
      };
      lists.set(list, state);
      list.replaceChildren();
      fill(list, state);
      built = true;
    } else if (state.current !== current) {
      state.buttons.get(state.current)?.removeAttribute('aria-current');
      state.buttons.get(current)?.setAttribute('aria-current', 'true');
      state.current = current;
    }
    if (!shownQuery) all = state;
  }
  // A list just built is scrolled in the next frame, when the browser lays it out anyway.
  if (built) {
    requestAnimationFrame(() => keepCueInView(root, controller.state.query));
    return;
  }
  const list = root.querySelector<HTMLElement>('.cues:not(.found)');
  const cue = all?.buttons.get(current);
  if (!list || !cue?.isConnected || query || list.contains(root.activeElement)) return;
  const top = cue.offsetTop;
  if (top < list.scrollTop || top + cue.offsetHeight > list.scrollTop + list.clientHeight)
    list.scrollTop = Math.max(0, top - 8);
}
