/**
 * The transcript panel's body (search box, count, cue list with matches
 * marked) and the loading of transcript and chapter files. The player loads
 * this module, with the parsers, only when a listener opens a transcript or
 * an episode has a chapters file, so the player's first load stays small.
 * It imports nothing at run time that the player also uses (the player passes
 * in Lit's tags and its clock), so bundlers keep it a file of its own.
 *
 * The cue list is built as plain DOM (text nodes only) after each render, in
 * chunks of a task each, not as a Lit template: a 3-hour transcript has about
 * 4,000 cues, and the player renders on every time update, so the list must
 * cost nothing to render again and little to build on a slow phone.
 */
import type { html as Html, nothing as Nothing } from 'lit';
import type { Episode } from '@spf-wellbeing/feed';
import type { LocalizeController } from '@spf-wellbeing/core';
import type { StringKey } from './strings.js';
import type { clock as Clock } from './time.js';
import { parseJsonChapters, readTranscript, type Cue, type FileChapter } from './transcript.js';

/** The parts of the player this module uses (its private state, by name). */
export interface TranscriptHost {
  readonly l10n: LocalizeController<StringKey>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
  current?: Episode;
  time: number;
  query: string;
  fileChapters?: FileChapter[];
  searchTimer?: ReturnType<typeof setTimeout>;
  announce(text: string): void;
}

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

/** Reads the episode's chapters file into `fileChapters`. Without chapters the list is not shown. */
export async function loadChapters(host: TranscriptHost, episode: Episode): Promise<void> {
  try {
    const chapters = parseJsonChapters(JSON.parse((await fetchText(episode.chaptersFile!.url)).body));
    if (episode === host.current) host.fileChapters = chapters;
  } catch {
    // No chapters: the list is not shown.
  }
}

/** What the player passes in: Lit's tags and its clock. */
export interface ViewTools {
  html: typeof Html;
  nothing: typeof Nothing;
  clock: typeof Clock;
  /** Moves playback to a cue. */
  seek(to: number): void;
}

/** The cues a search matches, as indexes, remembered for the last search of each transcript. */
interface Search {
  query: string;
  shown: number[];
}
const haystacks = new WeakMap<Cue[], string[]>();
const searches = new WeakMap<Cue[], Search>();

function matching(cues: Cue[], query: string): number[] {
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
function currentIndex(cues: Cue[], time: number): number {
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

/** What the last render showed, for filling the list after it (`keepCueInView`). */
const views = new WeakMap<TranscriptHost, { cues: Cue[]; tools: ViewTools }>();

/**
 * The search box, the number of matches while searching, and the list, which
 * `keepCueInView` fills after the render. A file with no cues the player can
 * read says so, and links to the file itself.
 */
export function renderCues(host: TranscriptHost, cues: Cue[], tools: ViewTools) {
  const { html, nothing } = tools;
  const { l10n } = host;
  if (!cues.length) {
    // Its URL passed safeUrl when the feed was read (parseFeed). Importing
    // safeUrl here would split it into a file of its own, one more request.
    const url = host.current?.transcript?.url;
    return html`<p class="no-cues">${l10n.term('transcriptNoCues')}</p>
      ${url ? html`<p><a class="file" href=${url}>${l10n.term('transcriptFile')}</a></p>` : nothing}`;
  }
  views.set(host, { cues, tools });
  const query = host.query.trim().toLowerCase();
  const found = query ? matching(cues, query).length : 0;
  const onSearch = (event: Event) => {
    host.query = (event.target as HTMLInputElement).value;
    clearTimeout(host.searchTimer);
    host.searchTimer = setTimeout(() => {
      const query = host.query.trim().toLowerCase();
      if (query) host.announce(l10n.plural('results', matching(cues, query).length));
    }, 400);
  };
  const onClick = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('button.cue');
    const cue = button && cues[Number(button.dataset.index)];
    if (cue) tools.seek(cue.start);
  };
  return html`<label class="field search">
      ${l10n.term('searchTranscript')}
      <input type="search" .value=${host.query} @input=${onSearch} />
    </label>
    ${query ? html`<p class="count">${l10n.plural('results', found)}</p>` : nothing}
    <div class="list cues" role="list" ?hidden=${!!query} @click=${onClick}></div>
    ${query ? html`<div class="list cues found" role="list" @click=${onClick}></div>` : nothing}
    ${found > MAX_FOUND ? html`<p class="more">${l10n.term('moreResults', { count: MAX_FOUND })}</p>` : nothing}`;
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
function item(cue: Cue, index: number, query: string, clock: typeof Clock): HTMLElement {
  const li = document.createElement('div');
  li.setAttribute('role', 'listitem');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'item cue';
  button.dataset.index = String(index);
  const stamp = document.createElement('span');
  stamp.className = 'stamp';
  stamp.textContent = clock(cue.start);
  const words = document.createElement('span');
  if (cue.speaker) {
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.append(...marked(cue.speaker, query), ':');
    words.append(speaker, ' ');
  }
  words.append(...marked(cue.text, query));
  button.append(stamp, ' ', words);
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
  cues: Cue[];
  query: string;
  shown: number[];
  built: number;
  buttons: Map<number, HTMLElement>;
  current: number;
  timer?: ReturnType<typeof setTimeout>;
}
const lists = new WeakMap<HTMLElement, Filled>();

/** Adds the next groups of cues to the list, and schedules the ones after them in a task of their own. */
function fill(list: HTMLElement, state: Filled, clock: typeof Clock): void {
  if (!list.isConnected || lists.get(list) !== state) return;
  const chunk = document.createDocumentFragment();
  const started = performance.now();
  do {
    const group = document.createElement('div');
    group.className = 'group';
    for (const stop = Math.min(state.shown.length, state.built + GROUP); state.built < stop; state.built++) {
      const index = state.shown[state.built];
      const line = item(state.cues[index], index, state.query, clock);
      const button = line.firstElementChild as HTMLElement;
      state.buttons.set(index, button);
      if (index === state.current) button.setAttribute('aria-current', 'true');
      group.append(line);
    }
    chunk.append(group);
  } while (state.built < state.shown.length && performance.now() - started < SLICE);
  list.append(chunk);
  if (state.built < state.shown.length) state.timer = setTimeout(() => fill(list, state, clock), 0);
}

/**
 * After each render: fills the list for the transcript and search shown (the
 * first chunk at once, the rest in later tasks), marks the current cue, and
 * keeps it in view inside the list, without moving the page or the listener's
 * focus, and never while they search or browse it.
 */
export function keepCueInView(host: TranscriptHost): void {
  const view = views.get(host);
  if (!view) return;
  const query = host.query.trim().toLowerCase();
  const current = currentIndex(view.cues, host.time);
  let all: Filled | undefined;
  let built = false;
  for (const list of host.renderRoot.querySelectorAll<HTMLElement>('.cues')) {
    const search = list.classList.contains('found') ? query : '';
    let state = lists.get(list);
    if (state?.cues !== view.cues || state.query !== search) {
      if (state) clearTimeout(state.timer);
      const shown = matching(view.cues, search);
      state = {
        cues: view.cues,
        query: search,
        shown: search ? shown.slice(0, MAX_FOUND) : shown,
        built: 0,
        buttons: new Map(),
        current,
      };
      lists.set(list, state);
      list.replaceChildren();
      fill(list, state, view.tools.clock);
      built = true;
    } else if (state.current !== current) {
      state.buttons.get(state.current)?.removeAttribute('aria-current');
      state.buttons.get(current)?.setAttribute('aria-current', 'true');
      state.current = current;
    }
    if (!search) all = state;
  }
  // A list just built is scrolled in the next frame, when the browser lays it out anyway.
  if (built) {
    requestAnimationFrame(() => keepCueInView(host));
    return;
  }
  const list = host.renderRoot.querySelector<HTMLElement>('.cues:not(.found)');
  const cue = all?.buttons.get(current);
  if (!list || !cue?.isConnected || query || list.contains(host.shadowRoot?.activeElement ?? null)) return;
  const top = cue.offsetTop;
  if (top < list.scrollTop || top + cue.offsetHeight > list.scrollTop + list.clientHeight)
    list.scrollTop = Math.max(0, top - 8);
}
