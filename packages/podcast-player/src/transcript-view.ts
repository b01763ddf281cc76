/**
 * The transcript panel's body (search box, count, cue list with matches
 * marked) and the loading of transcript and chapter files. The player loads
 * this module, with the parsers, only when a listener opens a transcript or
 * an episode has a chapters file, so the player's first load stays small.
 * Its state and requests are the TranscriptController's (transcript-controller.ts).
 */
import { html, nothing } from 'lit';
import type { Episode } from '@spf-wellbeing/feed';
import { parseJsonChapters, parseTranscript, type Cue, type FileChapter } from './transcript.js';
import type { TranscriptController } from './transcript-controller.js';

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

/** The chapters of an episode's chapters file; [] when it cannot be read (the list is not shown). */
export async function loadChapters(url: string): Promise<FileChapter[]> {
  try {
    return parseJsonChapters(JSON.parse((await fetchText(url)).body));
  } catch {
    return []; // No chapters: the list is not shown.
  }
}

/** The cues that match the search. */
export function matching(cues: readonly Cue[], search: string): readonly Cue[] {
  const query = search.trim().toLowerCase();
  return query ? cues.filter((cue) => `${cue.speaker ?? ''} ${cue.text}`.toLowerCase().includes(query)) : cues;
}

/** Text with each match of the search wrapped in `<mark>`, through text bindings only. */
function mark(query: string, text: string) {
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
export function renderCues(host: TranscriptController, cues: readonly Cue[]) {
  const query = host.state.query.trim().toLowerCase();
  const shown = matching(cues, host.state.query);
  let current: Cue | undefined;
  for (const cue of cues) if (cue.start <= host.time + 0.1) current = cue;
  const onSearch = (event: Event) => host.search((event.target as HTMLInputElement).value);
  return html`<label class="field search">
      ${host.l10n.term('searchTranscript')}
      <input type="search" .value=${host.state.query} @input=${onSearch} />
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
              @click=${() => host.playback.seek(cue.start)}
            >
              <span class="stamp">${host.stamp(cue.start)}</span>
              <span
                >${cue.speaker ? html`<span class="speaker">${mark(query, cue.speaker)}:</span> ` : nothing}${mark(query, cue.text)}</span
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
export function keepCueInView(root: ShadowRoot, query: string): void {
  const list = root.querySelector<HTMLElement>('.cues');
  const cue = list?.querySelector<HTMLElement>('[aria-current]');
  if (!list || !cue || query.trim() || list.contains(root.activeElement)) return;
  const top = cue.offsetTop;
  if (top < list.scrollTop || top + cue.offsetHeight > list.scrollTop + list.clientHeight)
    list.scrollTop = Math.max(0, top - 8);
}
