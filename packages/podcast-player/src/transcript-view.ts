/**
 * The transcript panel's body (search box, count, cue list with matches
 * marked) and the loading of transcript and chapter files. The player loads
 * this module, with the parsers, only when a listener opens a transcript or
 * an episode has a chapters file, so the player's first load stays small.
 * It imports nothing at run time that the player also uses (the player passes
 * in Lit's tags and its clock), so bundlers keep it a file of its own.
 */
import type { html as Html, nothing as Nothing } from 'lit';
import type { Episode } from '@spf-wellbeing/feed';
import type { LocalizeController } from '@spf-wellbeing/core';
import type { StringKey } from './strings.js';
import type { clock as Clock } from './time.js';
import { parseJsonChapters, parseTranscript, type Cue, type FileChapter } from './transcript.js';

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
  return parseTranscript(body, file.type || type);
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

function matching(host: TranscriptHost, cues: Cue[]): Cue[] {
  const query = host.query.trim().toLowerCase();
  return query ? cues.filter((cue) => `${cue.speaker ?? ''} ${cue.text}`.toLowerCase().includes(query)) : cues;
}

/** What the player passes in: Lit's tags and its clock. */
export interface ViewTools {
  html: typeof Html;
  nothing: typeof Nothing;
  clock: typeof Clock;
  /** Moves playback to a cue. */
  seek(to: number): void;
}

/** Text with each match of the search wrapped in `<mark>`, through text bindings only. */
function mark({ html }: ViewTools, query: string, text: string) {
  if (!query) return text;
  const out: unknown[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(query); at >= 0; at = lower.indexOf(query, at + query.length)) {
    out.push(text.slice(from, at), html`<mark>${text.slice(at, at + query.length)}</mark>`);
    from = at + query.length;
  }
  out.push(text.slice(from));
  return out;
}

/** The search box, the number of matches while searching, and the cues, the current one marked. */
export function renderCues(host: TranscriptHost, cues: Cue[], tools: ViewTools) {
  const { html, nothing, clock } = tools;
  const query = host.query.trim().toLowerCase();
  const shown = matching(host, cues);
  let current: Cue | undefined;
  for (const cue of cues) if (cue.start <= host.time + 0.1) current = cue;
  const onSearch = (event: Event) => {
    host.query = (event.target as HTMLInputElement).value;
    clearTimeout(host.searchTimer);
    host.searchTimer = setTimeout(() => {
      if (host.query.trim()) host.announce(host.l10n.plural('results', matching(host, cues).length));
    }, 400);
  };
  return html`<label class="field search">
      ${host.l10n.term('searchTranscript')}
      <input type="search" .value=${host.query} @input=${onSearch} />
    </label>
    ${query ? html`<p class="count">${host.l10n.plural('results', shown.length)}</p>` : nothing}
    <ol class="list cues">
      ${shown.map(
        (cue) =>
          html`<li>
            <button
              type="button"
              class="item cue"
              aria-current=${cue === current ? 'true' : nothing}
              @click=${() => tools.seek(cue.start)}
            >
              <span class="stamp">${clock(cue.start)}</span>
              <span
                >${cue.speaker ? html`<span class="speaker">${mark(tools, query, cue.speaker)}:</span> ` : nothing}${mark(tools, query, cue.text)}</span
              >
            </button>
          </li>`,
      )}
    </ol>`;
}

/**
 * Keeps the current cue in view inside the transcript list, without moving
 * the page or the listener's focus, and never while they search or browse it.
 */
export function keepCueInView(host: TranscriptHost): void {
  const list = host.renderRoot.querySelector<HTMLElement>('.cues');
  const cue = list?.querySelector<HTMLElement>('[aria-current]');
  if (!list || !cue || host.query.trim() || list.contains(host.shadowRoot?.activeElement ?? null)) return;
  const top = cue.offsetTop;
  if (top < list.scrollTop || top + cue.offsetHeight > list.scrollTop + list.clientHeight)
    list.scrollTop = Math.max(0, top - 8);
}
