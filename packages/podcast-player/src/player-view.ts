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
import { icon } from './icons.js';
import { clock, parts } from './time.js';
import type { TranscriptHost } from './transcript-view.js';
import type { ExtrasHost } from './extras.js';
import * as playback from './playback.js';
import type { PlaybackHost } from './playback.js';

export { playback };

/** The parts of the player this module uses (its private state, by name): what playback uses, and a few more. */
export interface PlayerViewHost extends PlaybackHost {
  readonly compact: boolean;
  heading(depth: number, content: unknown): TemplateResult;
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
function spoken(host: PlayerViewHost, seconds: number): string {
  const [h, m, s] = parts(seconds);
  const words: string[] = [];
  if (h) words.push(host.l10n.plural('hours', h));
  if (m) words.push(host.l10n.plural('minutes', m));
  if (s || !words.length) words.push(host.l10n.plural('seconds', s));
  return words.join(' ');
}

/** Everything below the episode's title and summary. */
export function renderEpisode(host: PlayerViewHost, list: Episode[], renderError: () => unknown) {
  return html`${host.error ? renderError() : renderControls(host)} ${renderChapters(host)}
  ${list.length > 1 ? renderSeries(host, list) : nothing} ${host.error ? nothing : renderActions(host)}
  ${renderTranscript(host)}`;
}

function renderControls(host: PlayerViewHost) {
  const { l10n, total, time } = host;
  const valueText = l10n.term('positionOf', {
    position: spoken(host, time),
    total: total ? spoken(host, total) : l10n.term('unknownLength'),
  });
  // Compact players keep the buttons' and the volume's names for assistive tech only.
  const label = (key: StringKey) =>
    html`<span class=${host.compact ? 'visually-hidden' : 'label'}>${l10n.term(key)}</span>`;
  return html`${
      host.resumeAt
        ? html`<p>
            <button type="button" class="secondary" part="resume" @click=${() => playback.resume(host)}>
              ${l10n.term('resume', { time: clock(host.resumeAt) })}
            </button>
          </p>`
        : nothing
    }
    <div class="controls" part="controls">
      <button type="button" class="play" part="play-button" @click=${() => playback.toggle(host)}>
        ${host.playing ? icons.pause : icons.play}${label(host.playing ? 'pause' : 'play')}
      </button>
      <button type="button" class="back" @click=${() => playback.skip(host, -15)}>${icons.back}${label('back')}</button>
      <button type="button" class="forward" @click=${() => playback.skip(host, 30)}>
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
          @input=${(event: Event) => playback.seek(host, Number((event.target as HTMLInputElement).value))}
        />
      </label>
      <label class="field">
        ${l10n.term('speed')}
        <select
          class="speed"
          @change=${(event: Event) => playback.setRate(host, Number((event.target as HTMLSelectElement).value))}
        >
          ${RATES.map((rate) => html`<option value=${rate} ?selected=${rate === host.rate}>${l10n.number(rate)}×</option>`)}
        </select>
      </label>
      <button
        type="button"
        class="mute"
        aria-pressed=${host.muted ? 'true' : 'false'}
        @click=${() => (host.audio.muted = !host.audio.muted)}
      >
        ${host.muted ? icons.muted : icons.volume}${label('mute')}
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
                .value=${String(Math.round(host.volume * 100))}
                aria-valuetext=${l10n.number(host.volume, { style: 'percent' })}
                @input=${(event: Event) => {
                  host.audio.volume = Number((event.target as HTMLInputElement).value) / 100;
                  host.audio.muted = false;
                }}
              />
            </label>`
          : nothing
      }
    </div>`;
}

function renderChapters(host: PlayerViewHost) {
  const episode = host.current!;
  const lang = host.feedData?.language;
  const chapters = episode.chapters.length
    ? episode.chapters.map((chapter) => ({ start: chapter.start, title: host.l10n.text(chapter.title, lang) }))
    : (host.fileChapters ?? []);
  if (!chapters.length) return nothing;
  let current = -1;
  chapters.forEach((chapter, index) => {
    if (chapter.start <= host.time + 0.25) current = index;
  });
  return html`<div class="chapters">
    ${host.heading(1, host.l10n.term('chapters'))}
    <ol class="list" part="chapters">
      ${chapters.map((chapter, index) =>
        item(
          index === current,
          () => playback.seek(host, chapter.start),
          html`<span class="stamp">${clock(chapter.start)}</span> <span>${chapter.title}</span>`,
        ),
      )}
    </ol>
  </div>`;
}

function renderSeries(host: PlayerViewHost, list: Episode[]) {
  const previous = host.neighbour(-1);
  const next = host.neighbour(1);
  return html`<div class="series">
    <div class="row">
      ${
        previous
          ? html`<button type="button" class="previous" @click=${() => playback.goTo(host, previous, host.playing)}>
              ${icons.previous}${host.l10n.term('previous')}
            </button>`
          : nothing
      }
      ${next ? html`<button type="button" class="next" @click=${() => playback.goTo(host, next, host.playing)}>${host.l10n.term('next')}${icons.next}</button>` : nothing}
    </div>
    ${host.heading(1, host.l10n.term('episodes'))}
    <ol class="list" part="episode-list">
      ${list.map((episode) => item(episode === host.current, () => episode !== host.current && playback.goTo(host, episode, host.playing), host.titleOf(episode)))}
    </ol>
  </div>`;
}

function renderActions(host: PlayerViewHost) {
  return html`<div class="row actions">
      ${host.renderDownload()}
      <button type="button" class="copy" @click=${() => playback.copyLink(host)}>
        ${icons.link}${host.l10n.term('copyLink')}
      </button>
      ${host.copied ? html`<span aria-hidden="true">${host.l10n.term('linkCopied')}</span>` : nothing}
    </div>
    ${host.copyFallback ? playback.extras()?.renderLink(host as unknown as ExtrasHost, html) : nothing}`;
}

function renderTranscript(host: PlayerViewHost) {
  const { l10n, transcript: state } = host;
  const file = host.current!.transcript;
  if (!file) return html`<p class="no-transcript">${l10n.term('noTranscript')}</p>`;
  // A transcript that is a web page (as many podcast RSS feeds give) is a link, never fetched or parsed.
  // Its URL passed safeUrl when the feed was read (parseFeed).
  if (/html/i.test(file.type))
    return html`<p class="transcript-page">
      <a href=${file.url}>${l10n.term('transcriptPage')}</a>
    </p>`;
  let body: unknown;
  // 'ready' comes only after the transcript view has loaded.
  if (state.status === 'ready') {
    body = playback.transcriptPart.module!.renderCues(host as unknown as TranscriptHost, state.cues, {
      html,
      nothing,
      clock,
      seek: (to) => playback.seek(host, to),
    });
  } else if (state.status === 'error') {
    body = html`<p>${l10n.term('transcriptError')}</p>
      <button type="button" class="secondary" @click=${() => playback.fetchTranscript(host)}>
        ${l10n.term('retry')}
      </button>`;
  } else body = html`<p role="status">${l10n.term('transcriptLoading')}</p>`;
  return html`<details
    part="transcript"
    class="transcript"
    ?open=${host.transcriptOpen}
    @toggle=${(event: Event) => playback.onToggle(host, event)}
  >
    <summary>${l10n.term('transcript')}</summary>
    ${body}
  </details>`;
}

/**
 * The player's keyboard shortcuts, while focus is inside it: Space or K,
 * J and L, the arrows, M; and on the seek slider, the arrows, Page Up and
 * Page Down, Home and End.
 */
export function onKeydown(host: PlayerViewHost, event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || host.error) return;
  const target = event.composedPath()[0] as Element;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (target?.matches?.('[part="seek"]')) {
    const to =
      key in SEEK_KEYS ? host.time + SEEK_KEYS[key] : key === 'Home' ? 0 : key === 'End' ? host.total : undefined;
    if (to === undefined) return;
    playback.seek(host, to);
  } else {
    if (target?.closest?.('input, select, textarea, [contenteditable]')) return;
    if (key === 'k' || (key === ' ' && !target?.closest?.('button, a, summary'))) playback.toggle(host);
    else if (key in SKIPS) playback.skip(host, SKIPS[key]);
    else if (key === 'm') host.audio.muted = !host.audio.muted;
    else return;
  }
  event.preventDefault();
}
