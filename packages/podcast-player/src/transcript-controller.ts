/**
 * `TranscriptController`: the transcript panel's state and the loading of an
 * episode's transcript and chapters files. It follows the episode that
 * playback has loaded: a new episode starts with the panel's loading state,
 * its chapters file (if it has one and no chapters in the feed) and, when the
 * panel is open, its transcript. The panel (transcript-view.ts, with the
 * parsers) loads on first use; the player's controls render from `state` and
 * call the methods.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { lazyModule } from '@spf-wellbeing/core';
import type { Episode } from '@spf-wellbeing/feed';
import type { Cue, FileChapter } from './transcript.js';
import type { PlaybackController, PlayerL10n } from './playback.js';
import { clock } from './time.js';

export interface TranscriptState {
  /** The transcript file: not asked for yet, on its way, failed, or read (with no cues, when none could be read). */
  readonly status: 'idle' | 'loading' | 'error' | 'ready';
  /** The transcript's cues, once ready. */
  readonly cues: readonly Cue[];
  /** The panel is open. */
  readonly open: boolean;
  /** What the listener searches for in the transcript. */
  readonly query: string;
  /** Chapters from the episode's chapters file, once read. */
  readonly chapters?: readonly FileChapter[];
}

/** The transcript panel's body and the transcript and chapter file loaders, on first use. */
export const transcriptPart = lazyModule(() => import('./transcript-view.js'));

const IDLE = { status: 'idle', cues: [], query: '' } as const;

export class TranscriptController implements ReactiveController {
  private current: TranscriptState = { ...IDLE, open: false };
  /** The episode the state is about. */
  private episode?: Episode;
  /** The pending announcement of the number of matches. */
  private searchTimer?: ReturnType<typeof setTimeout>;

  constructor(
    /** The player, whose shadow root the panel's lazy styles join. */
    readonly host: ReactiveElement,
    /** The playback whose episode the transcript follows, and which a cue moves. */
    readonly playback: PlaybackController,
    readonly l10n: PlayerL10n,
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
  }

  get state(): TranscriptState {
    return this.current;
  }

  private set(change: Partial<TranscriptState>): void {
    this.current = { ...this.current, ...change };
    this.host.requestUpdate();
  }

  /** Before each render: a new episode starts afresh. */
  hostUpdate(): void {
    const episode = this.playback.state.episode;
    if (episode === this.episode) return;
    this.episode = episode;
    this.set({ ...IDLE, chapters: undefined });
    const file = episode?.chaptersFile;
    if (episode && file && !episode.chapters.length) {
      // Without the file (offline), no chapters are listed.
      void transcriptPart
        .load()
        .then((module) => module?.loadChapters(file.url))
        .then((chapters) => chapters && episode === this.episode && this.set({ chapters }))
        .catch(() => undefined);
    }
    if (this.current.open) void this.fetch();
  }

  /** After each render: keeps the current cue in view. */
  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (root) transcriptPart.module?.keepCueInView(root, this.current.query);
  }

  /** The panel opened or closed: the transcript loads the first time it opens. */
  toggle(open: boolean): void {
    if (open === this.current.open) return;
    this.set({ open });
    if (open && this.current.status === 'idle') void this.fetch();
  }

  /**
   * Loads the episode's transcript (again, after an error: Retry). A web page
   * (`text/html`) is never fetched: the player offers it as a link.
   */
  async fetch(): Promise<void> {
    const episode = this.episode;
    const file = episode?.transcript;
    if (!file || /html/i.test(file.type)) return;
    this.set({ status: 'loading' });
    let next: Partial<TranscriptState> = { status: 'error' };
    try {
      const cues = await (await transcriptPart.load())?.loadCues(file);
      // A file with no cues is 'ready' too: the panel says so and links to it.
      if (cues) next = { status: 'ready', cues };
    } catch {
      // Shown as a message with Retry.
    }
    if (episode === this.episode) this.set(next);
  }

  /** The listener typed in the search box: shows the matches, and says how many after a pause. */
  search(query: string): void {
    this.set({ query });
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      const { query, cues } = this.current;
      const module = transcriptPart.module;
      if (query.trim() && module) this.announce(this.l10n.plural('results', module.matching(cues, query).length));
    }, 400);
  }

  /**
   * A cue's time as the panel shows it ("1:05"). Through here, and not an
   * import of time.ts, the panel's file imports nothing but the entry file.
   */
  stamp(seconds: number): string {
    return clock(seconds);
  }

  /** Where playback is, for the current cue. */
  get time(): number {
    return this.playback.state.time;
  }
}
