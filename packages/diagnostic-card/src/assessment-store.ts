/**
 * The one owner of a self-assessment's answers: it reads them from this
 * browser's localStorage, saves every change, and follows other tabs that
 * change the same assessment (`storage` events). The element asks it to
 * change answers and renders what it holds; nothing else touches storage.
 *
 * Saved under `spf-diagnostic:v1:<storage-key or diagnostic id>` as an
 * assessment file (see files/assessment.ts) with the answers that do not fit
 * the feed's diagnostic kept beside them as `setAside`, so a feed that drops
 * a statement and brings it back loses nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic } from '@spf-wellbeing/feed';
import { matchAnswers, scoreDiagnostic, type Answers, type Scores } from './score.js';
import { assessmentFile, readAssessment } from './files/assessment.js';

/** The localStorage key prefix. The version changes if the stored shape ever does. */
export const STORAGE_PREFIX = 'spf-diagnostic:v1:';

/** What a change to the answers did. */
export interface AnswersChange {
  scores: Scores;
  /** Every statement has just become answered. */
  completed: boolean;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** What the element sees of the store: what it holds, read only, and the requests that change it. */
export interface Assessment {
  /** The answers, by statement id. */
  readonly answers: Readonly<Answers>;
  /** Saved answers that do not fit the diagnostic, kept aside. */
  readonly setAside: Readonly<Record<string, unknown>>;
  /** False when storage is blocked or full: answers live only until the page closes. */
  readonly storageOk: boolean;
  /** True when what was saved could not be read (corrupt or foreign data). */
  readonly storageUnreadable: boolean;
  open(storageKey: string, diagnostic: Diagnostic): boolean;
  answer(statementId: string, value: number | undefined): AnswersChange | undefined;
  replace(answers: Record<string, unknown>): AnswersChange | undefined;
  clear(): AnswersChange | undefined;
}

/** Give the element the store as an `Assessment`, so only the store writes what it holds. */
export class AssessmentStore implements ReactiveController, Assessment {
  answers: Answers = {};
  setAside: Record<string, unknown> = {};
  storageOk = true;
  storageUnreadable = false;
  private readonly host: ReactiveControllerHost;
  private wasComplete = false;
  private key?: string;
  private diagnostic?: Diagnostic;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /**
   * Opens the assessment saved under `storageKey` for `diagnostic`. Returns
   * true when that is a different assessment from the one open before. The
   * same one with a new copy of the diagnostic (the feed changed) keeps its
   * answers, matched again.
   */
  open(storageKey: string, diagnostic: Diagnostic): boolean {
    const key = `${STORAGE_PREFIX}${storageKey}`;
    if (key === this.key) {
      if (diagnostic !== this.diagnostic) {
        this.diagnostic = diagnostic;
        this.match(diagnostic, { ...this.setAside, ...this.answers });
      }
      return false;
    }
    this.key = key;
    this.diagnostic = diagnostic;
    this.read(key, diagnostic);
    return true;
  }

  /** Sets one statement's answer, or clears it with `undefined`, and saves. */
  answer(statementId: string, value: number | undefined): AnswersChange | undefined {
    const answers = { ...this.answers };
    if (value === undefined) delete answers[statementId];
    else answers[statementId] = value;
    return this.commit(answers);
  }

  /** Takes answers from a file, setting aside those that do not fit, and saves. */
  replace(answers: Record<string, unknown>): AnswersChange | undefined {
    const diagnostic = this.diagnostic;
    if (!diagnostic) return undefined;
    this.match(diagnostic, answers);
    return this.commit(this.answers);
  }

  /** Forgets every answer, those set aside too, and removes what was saved. */
  clear(): AnswersChange | undefined {
    this.setAside = {};
    this.storageUnreadable = false;
    return this.commit({});
  }

  private commit(answers: Answers): AnswersChange | undefined {
    this.answers = answers;
    const diagnostic = this.diagnostic;
    if (!diagnostic) return undefined;
    this.save();
    const scores = scoreDiagnostic(diagnostic, answers);
    const completed = scores.complete && !this.wasComplete;
    this.wasComplete = scores.complete;
    this.host.requestUpdate();
    return { scores, completed };
  }

  /** Reads the answers saved under `key`, setting aside those that do not fit `diagnostic`. */
  private read(key: string, diagnostic: Diagnostic): void {
    this.storageUnreadable = false;
    let saved: unknown = {};
    try {
      const store = storage();
      if (!store) throw new Error('No storage');
      const raw = store.getItem(key);
      this.storageOk = true;
      if (raw !== null) {
        const parsed = JSON.parse(raw) as unknown;
        const read = readAssessment(parsed);
        if (read.ok) {
          const extra = (parsed as { setAside?: unknown }).setAside;
          saved = { ...(typeof extra === 'object' && extra ? extra : {}), ...read.file.answers };
        } else this.storageUnreadable = true;
      }
    } catch (error) {
      if (error instanceof SyntaxError) this.storageUnreadable = true;
      else this.storageOk = false;
    }
    this.match(diagnostic, saved as Record<string, unknown>);
    this.wasComplete = scoreDiagnostic(diagnostic, this.answers).complete;
  }

  private save(): void {
    const { diagnostic, key } = this;
    if (!diagnostic || !key) return;
    try {
      const store = storage();
      if (!store) throw new Error('No storage');
      if (Object.keys(this.answers).length === 0 && Object.keys(this.setAside).length === 0) store.removeItem(key);
      else
        store.setItem(key, JSON.stringify({ ...assessmentFile(diagnostic.id, this.answers), setAside: this.setAside }));
      this.storageOk = true;
    } catch {
      this.storageOk = false;
    }
  }

  private match(diagnostic: Diagnostic, answers: Record<string, unknown>): void {
    const matched = matchAnswers(diagnostic, answers);
    this.answers = matched.answers;
    this.setAside = matched.setAside;
  }

  /** Another tab changed the same assessment: follow it. */
  private readonly onStorage = (event: StorageEvent): void => {
    const { diagnostic, key } = this;
    if (!diagnostic || !key || (event.key !== key && event.key !== null)) return;
    this.read(key, diagnostic);
    this.host.requestUpdate();
  };
}
