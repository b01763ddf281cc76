import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { SpfWidget, formStyles, lazyModule } from '@spf-wellbeing/core';
import { adoptLateStyles, focusLater } from '@spf-wellbeing/core/internal';
import type { Diagnostic, Feed, LeftOut, LocalText } from '@spf-wellbeing/feed';
import { strings, type StringKey } from './strings.js';
import { diagnosticStyles, skeletonStyles } from './spf-diagnostic-card.styles.js';
import { scoreDiagnostic, usableScale, type Answers, type Scores } from './score.js';
import { diagnosticJson, type AssessmentFile, type ImportRefusal, type ImportResult } from './files/assessment.js';
import { AssessmentStore, type AnswersChange, type Assessment } from './assessment-store.js';
import type { ResultsL10n } from './results/results.js';
import { SpfDiagnosticChangeEvent, SpfDiagnosticCompleteEvent } from './events.js';

type View = 'overview' | 'section' | 'results';
type Confirm = { kind: 'restart'; returnTo: string } | { kind: 'import'; file: AssessmentFile; returnTo: string };
type ImportTarget = 'continue' | 'compare';

interface Resolved {
  diagnostic?: Diagnostic;
  /** Why nothing can be shown. */
  error?: { key: StringKey; id?: string };
  levelsLeftOut: number;
  statementsLeftOut: number;
}

const REFUSALS: Record<ImportRefusal, StringKey> = {
  'too-big': 'refusedTooBig',
  'not-json': 'refusedNotJson',
  'not-ours': 'refusedNotOurs',
  'newer-version': 'refusedNewer',
  'other-diagnostic': 'refusedOther',
};

/** The files area's code: CSV, reading files, downloads. It loads when the files area first shows. */
const files = lazyModule(() => import('./files/files.js'));

/** A section's code: its statements and answers. It loads when someone first opens a section, or is about to. */
const section = lazyModule(() => import('./section/section.js'));

/** The results view's code. It loads when someone first opens the results. */
const results = lazyModule(() => import('./results/results.js'));

/**
 * @summary An organisation's self-assessment against the NHS Health and
 * Wellbeing Framework: answer statements section by section, see scores, a
 * chart and where to start, download the answers and compare with an earlier
 * assessment.
 *
 * Answers are saved in the browser's localStorage on every change, under
 * `spf-diagnostic:v1:<storage-key or diagnostic id>`. Nothing is sent anywhere.
 *
 * @fires spf-diagnostic-change - Someone answered, cleared or loaded answers, or started again. `detail: {diagnostic, answers, scores}`: `answers` maps statement ids to scale values; `scores` has `sections` (`{id, answered, total, mean, percent, level}`), `overall`, `unanswered` and `complete`.
 * @fires spf-diagnostic-complete - Every statement has just become answered. Fires once for each completion. `detail` as for `spf-diagnostic-change`.
 * @fires spf-feed-load - The feed loaded. `detail: {url, feed, problems}`.
 * @fires spf-feed-error - The feed failed to load. `detail: {url, message, kind, problems}`.
 *
 * @slot - Your fallback content: shown when the feed cannot be loaded or has no usable self-assessment.
 *
 * @csspart base - The whole card.
 * @csspart status - The live region for messages such as "We loaded 20 answers".
 * @csspart overview - The overview: summary, progress and the list of sections.
 * @csspart section - One section's statements, with their radio groups.
 * @csspart confirm - The step that asks "Start again?" or "Replace your answers?".
 * @csspart results - The results: overall score, chart, table, highlights and where to start.
 * @csspart chart - The SVG bar chart.
 * @csspart scores-table - The table of scores that gives the chart's figures.
 * @csspart compare - The table of changes since an earlier assessment.
 * @csspart export - Downloads and file loading.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The feed error message.
 *
 * @cssprop [--spf-diagnostic-bar-color=var(--spf-color-brand)] - Fill of the chart's bars.
 * @cssprop [--spf-diagnostic-track-color=var(--spf-color-surface)] - Fill of the track behind each bar.
 * @cssprop [--spf-diagnostic-card-loading-block-size=70rem] - Space kept while the feed loads (64rem from 40em wide).
 */
export class SpfDiagnosticCard extends SpfWidget<StringKey> {
  static override styles = [...SpfWidget.styles, formStyles, diagnosticStyles, skeletonStyles];

  static override properties = {
    ...SpfWidget.properties,
    diagnostic: { reflect: true },
    storageKey: { attribute: 'storage-key', reflect: true },
    view: { state: true },
    sectionIndex: { state: true },
    confirm: { state: true },
    earlier: { state: true },
    status: { state: true },
    importError: { state: true },
    chartCharacters: { state: true },
  };

  /** The id of the diagnostic to show. Default: the feed's first. */
  declare diagnostic?: string;

  /** Keeps separate assessments apart, such as one per team. Default: the diagnostic's id. */
  declare storageKey?: string;

  /** Which view shows: the overview, one section, or the results. @internal */
  declare protected view: View;
  /** The section open, or last open. @internal */
  declare protected sectionIndex: number;
  /** The "Start again?" or "Replace your answers?" step, when it shows. @internal */
  declare protected confirm?: Confirm;
  /** An earlier assessment the results compare with. @internal */
  declare protected earlier?: AssessmentFile;
  /** The message in the status region, such as "We loaded 20 answers". @internal */
  declare protected status: string;
  /** Why the last chosen file was refused, and which field chose it. @internal */
  declare protected importError?: { target: ImportTarget; key: StringKey };
  /** How many characters fit on one line of a chart label. @internal */
  declare protected chartCharacters: number;

  /** The answers: saved in this browser, and followed across tabs. */
  private readonly store: Assessment = new AssessmentStore(this);
  /** The feed's diagnostic for this update, or why there is none: worked out before each render. */
  private resolved?: Resolved;
  private current?: Diagnostic;
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;
  /** The card's strings with the results view's own, which come with its file (see `shouldUpdate`). */
  private resultsL10n?: ResultsL10n;

  constructor() {
    super(strings);
    this.view = 'overview';
    this.sectionIndex = 0;
    this.status = '';
    this.chartCharacters = 30;
  }

  /** The current answers, by statement id. */
  get value(): Answers {
    return { ...this.store.answers };
  }

  /** Scores for the current answers, or undefined until the diagnostic is ready. */
  get scores(): Scores | undefined {
    return this.current ? scoreDiagnostic(this.current, this.store.answers) : undefined;
  }

  /** The results' strings come with their file: until those of the reader's language are here, the card keeps what it shows. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (results.module) this.resultsL10n ??= this.l10n.extend(results.module.resultsStrings);
    return super.shouldUpdate(changed);
  }

  /** Finds the diagnostic to show, and opens its saved answers when it or the storage key changes. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedState;
    this.resolved = state.status === 'ready' ? this.resolve(state.feed, state.leftOut) : undefined;
    const diagnostic = this.resolved?.diagnostic;
    if (diagnostic) this.sync(diagnostic);
    this.current = diagnostic;
  }

  override render() {
    const state = this.feedState;
    const diagnostic = this.current;
    const title =
      diagnostic && state.status === 'ready' ? this.text(diagnostic.title, state.feed) : this.l10n.term('heading');
    return html`<section class="card" part="base" aria-labelledby="title">
      ${this.heading(0, title, { id: 'title', focusable: true })}
      ${this.renderFeedState(({ feed }) => (this.resolved ? this.renderReady(feed, this.resolved) : nothing))}
    </section>`;
  }

  // ---- the diagnostic and its answers ------------------------------------

  private text(value: LocalText | undefined, feed: Feed): string {
    return this.l10n.text(value, feed.language);
  }

  private resolve(feed: Feed, leftOut: LeftOut): Resolved {
    const result: Resolved = { levelsLeftOut: 0, statementsLeftOut: 0 };
    const wanted = this.diagnostic?.trim();
    if (feed.diagnostics.length === 0) {
      result.error = { key: 'noDiagnostics' };
      return result;
    }
    const index = wanted ? feed.diagnostics.findIndex((each) => each.id === wanted) : 0;
    if (index < 0) {
      result.error = { key: 'unknownDiagnostic', id: wanted };
      return result;
    }
    const diagnostic = feed.diagnostics[index];
    const parts = leftOut.inDiagnostics.get(diagnostic.id);
    result.levelsLeftOut = parts?.levels ?? 0;
    result.statementsLeftOut = parts?.statements ?? 0;
    if (!usableScale(diagnostic.scale)) result.error = { key: 'noScale' };
    else if (diagnostic.sections.length === 0) result.error = { key: 'noSections' };
    else result.diagnostic = diagnostic;
    return result;
  }

  /** Opens the saved answers when the diagnostic or storage key changes, starting again from the overview. */
  private sync(diagnostic: Diagnostic): void {
    if (!this.store.open(this.storageKey?.trim() || diagnostic.id, diagnostic)) return;
    this.view = 'overview';
    this.sectionIndex = 0;
    this.confirm = undefined;
    this.earlier = undefined;
    this.status = '';
    this.importError = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver ??= new ResizeObserver(([entry]) => this.onResize(entry.contentRect.width));
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
  }

  /** Chart labels are SVG text, which does not wrap: we wrap them to the width we have. */
  private onResize(width: number): void {
    // About 9px for each character of 16px text, with room to spare.
    const characters = Math.max(20, Math.min(80, Math.floor(width / 9)));
    // In the next frame: changing the layout inside a ResizeObserver callback
    // makes browsers report a "ResizeObserver loop" error to the page.
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => (this.chartCharacters = characters));
  }

  /** After a change to the answers (already saved by the store): tell the page. */
  private changed(change: AnswersChange | undefined): void {
    const diagnostic = this.current;
    if (!diagnostic || !change) return;
    const detail = { diagnostic: diagnostic.id, answers: { ...this.store.answers }, scores: change.scores };
    // Events are made first, then dispatched: the manifest analyzer reads the
    // names from the @fires tags above, not from these calls.
    const changeEvent = new SpfDiagnosticChangeEvent(detail);
    this.dispatchEvent(changeEvent);
    if (change.completed) {
      const complete = new SpfDiagnosticCompleteEvent(detail);
      this.dispatchEvent(complete);
    }
  }

  private answer(statementId: string, value: number): void {
    this.status = '';
    this.changed(this.store.answer(statementId, value));
  }

  private clearAnswer(statementId: string, focusSelector: string): void {
    this.changed(this.store.answer(statementId, undefined));
    void focusLater(this, focusSelector);
  }

  // ---- navigation --------------------------------------------------------

  private show(view: View, sectionIndex = this.sectionIndex, focus?: string): void {
    this.view = view;
    this.sectionIndex = sectionIndex;
    this.confirm = undefined;
    this.importError = undefined;
    // Opening a section or the results asks again for their code if it failed to load before.
    if (view === 'section') void this.whenLoaded(section);
    if (view === 'results') void this.whenLoaded(results);
    void focusLater(
      this,
      // A section whose code could not be fetched has no heading yet: its Retry button takes focus.
      focus ??
        (view === 'section'
          ? '#section-heading, [part="section"] [part="error"] button'
          : view === 'results'
            ? '#results-heading'
            : '#title'),
    );
  }

  private askRestart(): void {
    this.confirm = { kind: 'restart', returnTo: '#start-again' };
    this.status = '';
    void focusLater(this, '#confirm-heading');
  }

  private cancelConfirm(): void {
    const returnTo = this.confirm?.returnTo ?? '#title';
    this.confirm = undefined;
    void focusLater(this, returnTo);
  }

  private acceptConfirm(): void {
    const confirm = this.confirm;
    if (!confirm) return;
    this.confirm = undefined;
    if (confirm.kind === 'restart') {
      this.earlier = undefined;
      this.status = this.l10n.term('cleared');
      this.view = 'overview';
      this.sectionIndex = 0;
      this.changed(this.store.clear());
      void focusLater(this, '#title');
    } else {
      this.continueFrom(confirm.file);
    }
  }

  // ---- files -------------------------------------------------------------

  private async download(kind: 'csv' | 'json', feed: Feed): Promise<void> {
    const { diagnosticCsv, downloadFile, fileName } = (await this.whenLoaded(files)) ?? {};
    const diagnostic = this.current;
    if (!diagnostic || !downloadFile || !fileName || !diagnosticCsv) return;
    const now = new Date();
    const parent = this.renderRoot.querySelector('[part="export"]') ?? this.renderRoot;
    if (kind === 'json') {
      downloadFile(
        fileName(diagnostic.id, now, 'json'),
        'application/json',
        diagnosticJson(diagnostic.id, this.store.answers, now),
        parent,
      );
      return;
    }
    const csv = diagnosticCsv(diagnostic, this.store.answers, (value) => this.text(value, feed), {
      section: this.l10n.term('csvSection'),
      statement: this.l10n.term('csvStatement'),
      value: this.l10n.term('csvValue'),
      label: this.l10n.term('csvLabel'),
    });
    // The byte order mark tells spreadsheet programs the file is UTF-8, so Welsh letters such as ŵ show.
    downloadFile(fileName(diagnostic.id, now, 'csv'), 'text/csv;charset=utf-8', `\ufeff${csv}`, parent);
  }

  private async onFile(event: Event, target: ImportTarget): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const diagnostic = this.current;
    if (!file || !diagnostic) return;
    const result: ImportResult = (await (await this.whenLoaded(files))?.readImportFile(file, diagnostic.id)) ?? {
      ok: false,
      reason: 'not-json',
    };
    input.value = '';
    this.status = '';
    if (!result.ok) {
      this.importError = { target, key: REFUSALS[result.reason] };
      return;
    }
    this.importError = undefined;
    if (target === 'compare') {
      this.earlier = result.file;
      this.show('results', this.sectionIndex, '#compare-heading');
      return;
    }
    if (Object.keys(this.store.answers).length > 0) {
      this.confirm = { kind: 'import', file: result.file, returnTo: '#continue-file-button' };
      void focusLater(this, '#confirm-heading');
      return;
    }
    this.continueFrom(result.file);
  }

  private continueFrom(file: AssessmentFile): void {
    if (!this.current) return;
    const change = this.store.replace(file.answers);
    this.status = this.l10n.plural('imported', Object.keys(this.store.answers).length);
    this.view = 'overview';
    this.changed(change);
    void focusLater(this, '#title');
  }

  // ---- rendering ---------------------------------------------------------

  private renderReady(feed: Feed, resolved: Resolved): TemplateResult {
    const { diagnostic, error } = resolved;
    const problems = html`${
      resolved.levelsLeftOut
        ? html`<p class="notice" part="problems">${this.l10n.plural('levelsLeftOut', resolved.levelsLeftOut)}</p>`
        : nothing
    }
    ${
      resolved.statementsLeftOut
        ? html`<p class="notice" part="problems">
            ${this.l10n.plural('statementsLeftOut', resolved.statementsLeftOut)}
          </p>`
        : nothing
    }`;
    if (!diagnostic || error) {
      return html`${problems}
        <div class="error-summary" part="diagnostic-error">
          <p>${this.l10n.term(error?.key ?? 'noDiagnostics', { id: error?.id ?? '' })}</p>
        </div>
        <slot></slot>`;
    }
    const { storageOk, storageUnreadable } = this.store;
    const setAside = Object.keys(this.store.setAside).length;
    return html`${problems}
      ${storageOk ? nothing : html`<p class="notice" part="storage-notice">${this.l10n.term('storageOff')}</p>`}
      ${storageUnreadable ? html`<p class="notice">${this.l10n.term('storageRead')}</p>` : nothing}
      ${setAside ? html`<p class="notice" part="set-aside-notice">${this.l10n.plural('setAside', setAside)}</p>` : nothing}
      <div part="status" role="status">${this.status ? html`<p class="notice">${this.status}</p>` : nothing}</div>
      ${this.confirm ? this.renderConfirm(this.confirm) : this.renderView(feed, diagnostic)}`;
  }

  private renderView(feed: Feed, diagnostic: Diagnostic): unknown {
    if (this.view === 'section') {
      const index = Math.min(this.sectionIndex, diagnostic.sections.length - 1);
      // A new section is new radio groups: nothing of the last one's state carries over.
      return keyed(`${diagnostic.id}:${index}`, this.renderSection(feed, diagnostic, index));
    }
    if (this.view === 'results') return this.renderResults(feed, diagnostic);
    return this.renderOverview(feed, diagnostic);
  }

  private renderConfirm(confirm: Confirm): TemplateResult {
    const restart = confirm.kind === 'restart';
    const count = restart ? Object.keys(this.store.answers).length : Object.keys(confirm.file.answers).length;
    return html`<div class="panel confirm" part="confirm" role="group" aria-labelledby="confirm-heading">
      ${this.heading(1, this.l10n.term(restart ? 'confirmHeading' : 'confirmImportHeading'), { id: 'confirm-heading', focusable: true })}
      <p>${this.l10n.plural(restart ? 'confirmText' : 'confirmImportText', count)}</p>
      <div class="actions">
        <button type="button" class=${restart ? 'warning' : ''} id="confirm-yes" @click=${() => this.acceptConfirm()}>
          ${this.l10n.term(restart ? 'confirmStart' : 'confirm')}
        </button>
        <button type="button" class="secondary" id="confirm-cancel" @click=${() => this.cancelConfirm()}>
          ${this.l10n.term('cancel')}
        </button>
      </div>
    </div>`;
  }

  private renderOverview(feed: Feed, diagnostic: Diagnostic): TemplateResult {
    const scores = scoreDiagnostic(diagnostic, this.store.answers);
    return html`<div part="overview">
      ${diagnostic.summary ? html`<p>${this.text(diagnostic.summary, feed)}</p>` : nothing}
      <p class="privacy hint">${this.l10n.term('privacy')}</p>
      <p>
        ${this.l10n.term('overallProgress', { answered: this.l10n.number(scores.overall.answered), total: this.l10n.number(scores.overall.total) })}
      </p>
      ${this.heading(1, this.l10n.term('overviewHeading'))}
      <ol class="sections" @pointerover=${this.prefetchSection} @focusin=${this.prefetchSection}>
        ${diagnostic.sections.map((section, index) => {
          const score = scores.sections[index];
          const title = this.text(section.title, feed);
          return html`<li>
            <div class="section-text">
              ${this.heading(2, title)}
              <p class=${score.answered === score.total ? 'done' : ''}>
                ${this.l10n.term('answeredOf', { answered: this.l10n.number(score.answered), total: this.l10n.number(score.total) })}
              </p>
            </div>
            <button type="button" class="secondary" id=${`open-${index}`} @click=${() => this.show('section', index)}>
              ${this.l10n.term('openSection')}<span class="visually-hidden">: ${title}</span>
            </button>
          </li>`;
        })}
      </ol>
      <div class="actions">
        <button type="button" id="see-results" @click=${() => this.show('results')}>
          ${this.l10n.term('seeResults')}
        </button>
        ${
          scores.overall.answered > 0
            ? html`<button type="button" class="secondary" id="start-again" @click=${() => this.askRestart()}>
                ${this.l10n.term('startAgain')}
              </button>`
            : nothing
        }
      </div>
      ${this.renderExport(feed, 1)}
    </div>`;
  }

  private renderSection(feed: Feed, diagnostic: Diagnostic, index: number): TemplateResult {
    const body = this.lazy(section);
    if (!body) {
      // The section's code is on its way, or could not be fetched (Retry asks again; Back still works).
      return html`<div part="section">
        ${
          section.failed
            ? html`<div class="error-summary" part="error" role="alert">
                <p>${this.l10n.term('sectionUnavailable')}</p>
                <button type="button" class="secondary" @click=${() => this.show('section', index)}>
                  ${this.l10n.term('retry')}
                </button>
              </div>`
            : html`<p role="status">${this.l10n.term('loading')}</p>`
        }
        <div class="actions">${this.renderBack(index)}</div>
      </div>`;
    }
    adoptLateStyles(this, body.sectionStyles);
    return body.renderSection(
      {
        l10n: this.l10n,
        heading: (depth, content, options) => this.heading(depth, content, options),
        text: (value) => this.text(value, feed),
        answers: this.store.answers,
        answer: (statementId, value) => this.answer(statementId, value),
        clearAnswer: (statementId, focus) => this.clearAnswer(statementId, focus),
        show: (view, sectionIndex) => this.show(view, sectionIndex),
        back: () => this.renderBack(index),
      },
      diagnostic,
      index,
    );
  }

  /** Starts loading a section's code when a pointer or focus comes to the sections, so Open rarely waits for it. */
  private readonly prefetchSection = (): void => void this.lazy(section);

  private renderBack(index: number): TemplateResult {
    return html`<button
      type="button"
      class="secondary"
      id="back"
      @click=${() => this.show('overview', index, `#open-${index}`)}
    >
      ${this.l10n.term('backToOverview')}
    </button>`;
  }

  private percent(value: number): string {
    return `${this.l10n.number(value, 0)}%`;
  }

  private renderResults(feed: Feed, diagnostic: Diagnostic): TemplateResult {
    const body = this.lazy(results);
    const l10n = this.resultsL10n;
    // Added once (adoptLateStyles ignores styles it has added), as the section's are.
    if (body) adoptLateStyles(this, body.resultsStyles);
    const scores = scoreDiagnostic(diagnostic, this.store.answers);
    return html`<div part="results">
      ${this.heading(1, this.l10n.term('resultsHeading'), { id: 'results-heading', focusable: true })}
      ${
        l10n &&
        body?.renderResults(
          {
            l10n,
            heading: (depth, content, options) => this.heading(depth, content, options),
            text: (value) => this.text(value, feed),
            percent: (value) => this.percent(value),
            score: (answers) => scoreDiagnostic(diagnostic, answers),
            stopComparing: () => this.stopComparing(),
            chartCharacters: this.chartCharacters,
          },
          feed,
          diagnostic,
          scores,
          this.store.answers,
          this.earlier,
        )
      }
      <div class="actions">
        <button type="button" class="secondary" id="back" @click=${() => this.show('overview')}>
          ${this.l10n.term('backToOverview')}
        </button>
        ${
          scores.overall.answered
            ? html`<button type="button" class="secondary" @click=${() => window.print()}>
                ${this.l10n.term('printSummary')}
              </button>`
            : nothing
        }
      </div>
      ${this.renderExport(feed, 2)}
    </div>`;
  }

  private stopComparing(): void {
    this.earlier = undefined;
    void focusLater(this, '#results-heading');
  }

  private renderExport(feed: Feed, depth: number): TemplateResult {
    // Starts loading the files area's code, so a download or a chosen file rarely waits for it.
    this.lazy(files);
    const error = this.importError;
    const field = (target: ImportTarget, label: StringKey, hint: StringKey) => {
      const id = `${target}-file`;
      const failed = error?.target === target;
      const described = failed ? `${id}-hint ${id}-error` : `${id}-hint`;
      // The browser's own file control speaks the browser's language ("Choose
      // File", "No file chosen"), not the page's: a button in the page's
      // language opens the hidden input instead. Its name is the field's label
      // and its own text, so what a speech user says matches what they see.
      return html`<div class="file-field">
        <label for=${id} id=${`${id}-label`}>${this.l10n.term(label)}</label>
        <p class="hint" id=${`${id}-hint`}>${this.l10n.term(hint)}</p>
        ${
          failed
            ? html`<p class="error-message" id=${`${id}-error`} role="alert">
                ${this.l10n.term(error.key)} ${this.l10n.term('answersUnchanged')}
              </p>`
            : nothing
        }
        <input
          type="file"
          id=${id}
          class="visually-hidden"
          tabindex="-1"
          aria-hidden="true"
          accept=".json,application/json"
          @change=${(event: Event) => void this.onFile(event, target)}
        />
        <button
          type="button"
          class="secondary choose-file"
          id=${`${id}-button`}
          aria-labelledby=${`${id}-label ${id}-button`}
          aria-describedby=${described}
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.click()}
        >
          ${this.l10n.term('chooseFile')}
        </button>
      </div>`;
    };
    return html`<div part="export" class="export">
      ${this.heading(depth, this.l10n.term('exportHeading'))}
      <p>${this.l10n.term('exportIntro')}</p>
      <div class="actions">
        <button type="button" class="secondary" id="download-csv" @click=${() => this.download('csv', feed)}>
          ${this.l10n.term('downloadCsv')}
        </button>
        <button type="button" class="secondary" id="download-json" @click=${() => this.download('json', feed)}>
          ${this.l10n.term('downloadJson')}
        </button>
      </div>
      ${field('continue', 'continueLabel', 'continueHint')} ${field('compare', 'compareLabel', 'compareHint')}
    </div>`;
  }
}
