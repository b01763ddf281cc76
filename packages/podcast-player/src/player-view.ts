/**
 * The player's controls, chapters, series list, actions and transcript
 * panel, and its keyboard shortcuts: everything that shows once an episode is
 * ready, with the playback logic behind it (playback.ts). The player starts
 * loading this file when it connects, so it arrives while the feed is on its
 * way. The player's own file keeps what it needs before an episode is ready
 * and when things go wrong: the loading and error states, the download link
 * and the fallback slot, so a listener is never stranded if this file cannot
 * be fetched.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Episode } from '@spf-wellbeing/feed';
import type { StringKey } from './strings.js';
import type { ControlsStringKey } from './controls-strings.js';
import { icon } from './icons.js';
import { clock, parts } from './time.js';
import { extrasPart, PlaybackController, type PlayerL10n } from './playback.js';
import { TranscriptController, transcriptPart } from './transcript-controller.js';

export { PlaybackController, TranscriptController };
export { controlsStyles } from './controls.styles.js';
export { controlsStrings } from './controls-strings.js';

/** What the player gives its controls to render: its controllers, and the few things it renders itself. */
export interface EpisodeView {
  readonly playback: PlaybackController;
  readonly transcript: TranscriptController;
  readonly l10n: PlayerL10n;
  readonly compact: boolean;
  /** The feed's language, for text from the feed. */
  readonly language?: string;
  heading(depth: number, content: unknown): TemplateResult;
  /** The error message with Retry and the download link, which the player shows without its controls too. */
  renderError(): unknown;
  /** The download link, which the player renders itself as its error state shows it too. */
  renderDownload(): unknown;
}

/** The icons of the controls (the download icon is in icons.ts, as the error state shows it too). */
const icons = {
  play: icon(svg`<path d="M8 5v14l11-7z"/>`),
  pause: icon(svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z"/>`),
  back: icon(svg`<path d="M12 5V1L6 6l6 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z"/>`),
  forward: icon(svg`<path d="M12 5V1l6 5-6 5V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z"/>`),
  volume: icon(svg`<path d="M3 9v6h4l5 5V4L7 9zm11-1v8a4 4 0 0 0 0-8z"/>`),
  muted: icon(svg`<path d="M3 9v6h4l5 5V4L7 9z"/><path d="m15 9 6 6m0-6-6 6" stroke="currentColor"/>`),
  previous: icon(svg`<path d="M6 5h2v14H6zm3 7 10 7V5z"/>`),
  next: icon(svg`<path d="M16 5h2v14h-2zM5 5v14l10-7z"/>`),
  link: icon(
    svg`<path d="M10 14a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1m2 3a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1" fill="none" stroke="currentColor"/>`,
  ),
};

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];
/** Shortcut keys that skip, and by how many seconds. */
const SKIPS: Record<string, number> = { j: -15, l: 30, ArrowLeft: -5, ArrowRight: 5 };
/** Keys that move the seek slider, and by how many seconds. */
const SEEK_KEYS: Record<string, number> = {
  ArrowLeft: -5,
  ArrowRight: 5,
  ArrowUp: 5,
  ArrowDown: -5,
  PageUp: 30,
  PageDown: -30,
};

let volumeWorks: boolean | undefined;
/** False where the platform ignores `volume` (iOS), so no volume slider is shown. */
function canSetVolume(): boolean {
  if (volumeWorks === undefined) {
    const probe = document.createElement('audio');
    probe.volume = 0.5;
    volumeWorks = probe.volume === 0.5;
  }
  return volumeWorks;
}

/** One entry of the chapter or episode list: a full-width button, marked when current. */
const item = (current: boolean, click: () => void, content: unknown) =>
  html`<li>
    <button type="button" class="item" aria-current=${current ? 'true' : nothing} @click=${click}>${content}</button>
  </li>`;

/** "1 minute 5 seconds", for the seek slider's spoken value. */
function spoken(l10n: PlayerL10n, seconds: number): string {
  const [h, m, s] = parts(seconds);
  const words: string[] = [];
  if (h) words.push(l10n.plural('hours', h));
  if (m) words.push(l10n.plural('minutes', m));
  if (s || !words.length) words.push(l10n.plural('seconds', s));
  return words.join(' ');
}

/** Everything below the episode's title and summary, for the current episode. */
export function renderEpisode(view: EpisodeView, episode: Episode, list: Episode[]) {
  const { error } = view.playback.state;
  return html`${error ? view.renderError() : renderControls(view)} ${renderChapters(view, episode)}
  ${list.length > 1 ? renderSeries(view, list) : nothing} ${error ? nothing : renderActions(view)}
  ${renderTranscript(view, episode)}`;
}

function renderControls({ playback, l10n, compact }: EpisodeView) {
  const { time, resumeAt, playing, rate, muted, volume } = playback.state;
  const total = playback.total;
  const valueText = l10n.term('positionOf', {
    position: spoken(l10n, time),
    total: total ? spoken(l10n, total) : l10n.term('unknownLength'),
  });
  // Compact players keep the buttons' and the volume's names for assistive tech only.
  const label = (key: StringKey | ControlsStringKey) =>
    html`<span class=${compact ? 'visually-hidden' : 'label'}>${l10n.term(key)}</span>`;
  return html`${
      resumeAt
        ? html`<p>
            <button type="button" class="secondary" part="resume" @click=${() => playback.resume()}>
              ${l10n.term('resume', { time: clock(resumeAt) })}
            </button>
          </p>`
        : nothing
    }
    <div class="controls" part="controls">
      <button type="button" class="play" part="play-button" @click=${() => playback.toggle()}>
        ${playing ? icons.pause : icons.play}${label(playing ? 'pause' : 'play')}
      </button>
      <button type="button" class="back" @click=${() => playback.skip(-15)}>${icons.back}${label('back')}</button>
      <button type="button" class="forward" @click=${() => playback.skip(30)}>
        ${icons.forward}${label('forward')}
      </button>
      <p class="time" part="time">
        <span>${clock(time)}</span> / <span>${total ? clock(total) : l10n.term('unknownLength')}</span>
      </p>
      <label class="seek">
        <span class="visually-hidden">${l10n.term('position')}</span>
        <input
          type="range"
          part="seek"
          max=${Math.ceil(total ?? 0)}
          .value=${String(Math.floor(time))}
          aria-valuetext=${valueText}
          @input=${(event: Event) => playback.seek(Number((event.target as HTMLInputElement).value))}
        />
      </label>
      <label class="field">
        ${l10n.term('speed')}
        <select
          class="speed"
          @change=${(event: Event) => playback.setRate(Number((event.target as HTMLSelectElement).value))}
        >
          ${RATES.map((each) => html`<option value=${each} ?selected=${each === rate}>${l10n.number(each)}×</option>`)}
        </select>
      </label>
      <button type="button" class="mute" aria-pressed=${muted ? 'true' : 'false'} @click=${() => playback.toggleMute()}>
        ${muted ? icons.muted : icons.volume}${label('mute')}
      </button>
      ${
        canSetVolume()
          ? html`<label class="field volume">
              ${label('volume')}
              <input
                type="range"
                min="0"
                max="100"
                step="5"
                .value=${String(Math.round(volume * 100))}
                aria-valuetext="${l10n.number(volume * 100, 0)}%"
                @input=${(event: Event) => playback.setVolume(Number((event.target as HTMLInputElement).value) / 100)}
              />
            </label>`
          : nothing
      }
    </div>`;
}

function renderChapters(view: EpisodeView, episode: Episode) {
  const { playback, l10n } = view;
  const chapters = episode.chapters.length
    ? episode.chapters.map((chapter) => ({ start: chapter.start, title: l10n.text(chapter.title, view.language) }))
    : (view.transcript.state.chapters ?? []);
  if (!chapters.length) return nothing;
  let current = -1;
  chapters.forEach((chapter, index) => {
    if (chapter.start <= playback.state.time + 0.25) current = index;
  });
  return html`<div class="chapters">
    ${view.heading(1, l10n.term('chapters'))}
    <ol class="list" part="chapters">
      ${chapters.map((chapter, index) =>
        item(
          index === current,
          () => playback.seek(chapter.start),
          html`<span class="stamp">${clock(chapter.start)}</span> <span>${chapter.title}</span>`,
        ),
      )}
    </ol>
  </div>`;
}

function renderSeries(view: EpisodeView, list: Episode[]) {
  const { playback, l10n } = view;
  const { episode: current, playing } = playback.state;
  const previous = playback.neighbour(-1);
  const next = playback.neighbour(1);
  return html`<div class="series">
    <div class="row">
      ${
        previous
          ? html`<button type="button" class="previous" @click=${() => playback.goTo(previous, playing)}>
              ${icons.previous}${l10n.term('previous')}
            </button>`
          : nothing
      }
      ${next ? html`<button type="button" class="next" @click=${() => playback.goTo(next, playing)}>${l10n.term('next')}${icons.next}</button>` : nothing}
    </div>
    ${view.heading(1, l10n.term('episodes'))}
    <ol class="list" part="episode-list">
      ${list.map((episode) => item(episode === current, () => episode !== current && playback.goTo(episode, playing), playback.titleOf(episode)))}
    </ol>
  </div>`;
}

function renderActions({ playback, l10n, renderDownload }: EpisodeView) {
  const { copied, copyFallback } = playback.state;
  return html`<div class="row actions">
      ${renderDownload()}
      <button type="button" class="copy" @click=${() => playback.copyLink()}>
        ${icons.link}${l10n.term('copyLink')}
      </button>
      ${copied ? html`<span aria-hidden="true">${l10n.term('linkCopied')}</span>` : nothing}
    </div>
    ${copyFallback ? extrasPart.module?.renderLink(l10n, copyFallback) : nothing}`;
}

function renderTranscript({ transcript, l10n }: EpisodeView, episode: Episode) {
  const file = episode.transcript;
  if (!file) return html`<p class="no-transcript">${l10n.term('noTranscript')}</p>`;
  // A transcript that is a web page (as many podcast RSS feeds give) is a link, never fetched or parsed.
  // Its URL passed safeUrl when the feed was read (parseFeed).
  if (/html/i.test(file.type))
    return html`<p class="transcript-page">
      <a href=${file.url}>${l10n.term('transcriptPage')}</a>
    </p>`;
  const { status, cues, open } = transcript.state;
  const module = transcriptPart.module;
  let body: unknown;
  // 'ready' comes only after the transcript view has loaded.
  if (status === 'ready' && module) body = module.renderCues(transcript, cues);
  else if (status === 'error') {
    body = html`<p>${l10n.term('transcriptError')}</p>
      <button type="button" class="secondary" @click=${() => transcript.fetch()}>${l10n.term('retry')}</button>`;
  } else body = html`<p role="status">${l10n.term('transcriptLoading')}</p>`;
  return html`<details
    part="transcript"
    class="transcript"
    ?open=${open}
    @toggle=${(event: Event) => transcript.toggle((event.target as HTMLDetailsElement).open)}
  >
    <summary>${l10n.term('transcript')}</summary>
    ${body}
  </details>`;
}

/**
 * The player's keyboard shortcuts, while focus is inside it: Space or K,
 * J and L, the arrows, M; and on the seek slider, the arrows, Page Up and
 * Page Down, Home and End. They send the same requests as the controls.
 */
export function onKeydown(playback: PlaybackController, event: KeyboardEvent): void {
  const { error } = playback.state;
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || error) return;
  const target = event.composedPath()[0] as Element;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (target?.matches?.('[part="seek"]')) {
    const to = key === 'Home' ? 0 : key === 'End' ? playback.total : undefined;
    if (key in SEEK_KEYS) playback.skip(SEEK_KEYS[key]);
    else if (to === undefined) return;
    else playback.seek(to);
  } else {
    if (target?.closest?.('input, select, textarea, [contenteditable]')) return;
    if (key === 'k' || (key === ' ' && !target?.closest?.('button, a, summary'))) playback.toggle();
    else if (key in SKIPS) playback.skip(SKIPS[key]);
    else if (key === 'm') playback.toggleMute();
    else return;
  }
  event.preventDefault();
}
