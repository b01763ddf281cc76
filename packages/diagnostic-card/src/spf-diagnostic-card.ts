import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { SpfWidget, formStyles, lazyModule } from '@spf-wellbeing/core';
import { adoptLateStyles, focusLater } from '@spf-wellbeing/core/internal';
import type { Diagnostic, Feed, LeftOut, LocalText } from '@spf-wellbeing/feed';
import { strings, type StringKey } from './strings.js';
import { diagnosticStyles, skeletonStyles } from './spf-diagnostic-card.styles.js';
import { scoreDiagnostic, usableScale, type Answers, type Scores } from './score.js';
import type { AssessmentFile, ImportRefusal } from './files/assessment.js';
import type { FilesL10n } from './files/files.js';
import { AssessmentStore, type AnswersChange, type Assessment } from './assessment-store.js';
import type { ResultsL10n } from './results/results.js';
import type { SectionL10n } from './section/section.js';
import { SpfDiagnosticChangeEvent, SpfDiagnosticCompleteEvent } from './events.js';

type View = 'overview' | 'section' | 'results';
/** The step that asks before answers are deleted or replaced; its strings come with the files area's code. */
type Confirm = ({ kind: 'restart' } | { kind: 'import'; file: AssessmentFile }) & { returnTo: string; l10n: FilesL10n };
type ImportTarget = 'continue' | 'compare';
/** What needs the files area's code: a chosen file, a download, or Start again. */
type FileAction = ImportTarget | 'download' | 'restart';

interface Resolved {
  diagnostic?: Diagnostic;
  /** Why nothing can be shown. */
  error?: { key: StringKey; id?: string };
  levelsLeftOut: number;
  statementsLeftOut: number;
}

/**
 * The files area's code and strings (CSV, reading files, downloads), with the step that asks before answers
 * are replaced or deleted. It loads when the overview, with its files area, first shows.
 */
const files = lazyModule(() => import('./files/files.js'));
type FilesModule = NonNullable<typeof files.module>;

/** A section's code and strings: its statements and answers. It loads when someone first opens a section, or is about to. */
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
    fileError: { state: true },
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
  /**
   * Which field's file was refused, and why; without a reason, the files
   * area's code could not be fetched for that action. @internal
   */
  declare protected fileError?: { target: FileAction; reason?: ImportRefusal };
  /** How many characters fit on one line of a chart label. @internal */
  declare protected chartCharacters: number;

  /** The answers: saved in this browser, and followed across tabs. */
  private readonly store: Assessment = new AssessmentStore(this);
  /** The feed's diagnostic for this update, or why there is none: worked out before each render. */
  private resolved?: Resolved;
  private current?: Diagnostic;
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;
  /** The card's strings with those of the results, a section or the files area, which come with their files (see `shouldUpdate`). */
  private resultsL10n?: ResultsL10n;
  private sectionL10n?: SectionL10n;
  private filesL10n?: FilesL10n;

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

  /**
   * The results', a section's and the files area's strings come with their
   * files: until those of the reader's language are here, the card keeps what
   * it shows.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (results.module) this.resultsL10n ??= this.l10n.extend(results.module.resultsStrings);
    if (section.module) this.sectionL10n ??= this.l10n.extend(section.module.sectionStrings);
    if (files.module) this.withFilesStrings(files.module);
    return super.shouldUpdate(changed);
  }

  private withFilesStrings(code: FilesModule): FilesL10n {
    return (this.filesL10n ??= this.l10n.extend(code.filesStrings));
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
    this.fileError = undefined;
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
    this.fileError = undefined;
    // Opening a section or the results asks again for their code if it failed to load before.
    if (view === 'section') void this.whenLoaded(section);
    if (view === 'results') void this.whenLoaded(results);
    void focusLater(
      this,
      // A view whose code could not be fetched has no heading yet: its Retry button takes focus.
      focus ?? (view === 'overview' ? '#title' : `#${view}-heading, [part="${view}"] [part="error"] button`),
    );
  }

  private async askRestart(): Promise<void> {
    this.status = '';
    this.fileError = undefined;
    const loaded = await this.filesCode('restart');
    if (!loaded) return;
    this.confirm = { kind: 'restart', returnTo: '#start-again', l10n: loaded[1] };
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
      this.status = confirm.l10n.term('cleared');
      this.view = 'overview';
      this.sectionIndex = 0;
      this.changed(this.store.clear());
      void focusLater(this, '#title');
    } else {
      this.continueFrom(confirm.file, confirm.l10n);
    }
  }

  // ---- files -------------------------------------------------------------

  /** The files area's code and strings in the reader's language, or undefined (and a message at `target`) if they cannot be fetched. */
  private async filesCode(target: FileAction): Promise<[FilesModule, FilesL10n] | undefined> {
    const code = await this.whenLoaded(files);
    if (!code) {
      this.fileError = { target };
      return undefined;
    }
    const l10n = this.withFilesStrings(code);
    await l10n.whenReady();
    return [code, l10n];
  }

  private async download(kind: 'csv' | 'json', feed: Feed): Promise<void> {
    this.fileError = undefined;
    const loaded = await this.filesCode('download');
    const diagnostic = this.current;
    if (!loaded || !diagnostic) return;
    const [code, l10n] = loaded;
    const parent = this.renderRoot.querySelector('[part="export"]') ?? this.renderRoot;
    code.downloadAnswers(kind, diagnostic, this.store.answers, l10n, (value) => this.text(value, feed), parent);
  }

  private async onFile(event: Event, target: ImportTarget): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const diagnostic = this.current;
    if (!file || !diagnostic) return;
    const loaded = await this.filesCode(target);
    const result = await loaded?.[0].readImportFile(file, diagnostic.id);
    input.value = '';
    this.status = '';
    if (!loaded || !result) return;
    if (!result.ok) {
      this.fileError = { target, reason: result.reason };
      return;
    }
    this.fileError = undefined;
    if (target === 'compare') {
      this.earlier = result.file;
      this.show('results', this.sectionIndex, '#compare-heading');
      return;
    }
    if (Object.keys(this.store.answers).length > 0) {
      this.confirm = { kind: 'import', file: result.file, returnTo: '#continue-file-button', l10n: loaded[1] };
      void focusLater(this, '#confirm-heading');
      return;
    }
    this.continueFrom(result.file, loaded[1]);
  }

  private continueFrom(file: AssessmentFile, l10n: FilesL10n): void {
    if (!this.current) return;
    const change = this.store.replace(file.answers);
    this.status = l10n.plural('imported', Object.keys(this.store.answers).length);
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

  private renderConfirm(confirm: Confirm): unknown {
    const count = Object.keys(confirm.kind === 'restart' ? this.store.answers : confirm.file.answers).length;
    // The step comes only after the files area's code has loaded.
    const code = files.module;
    if (!code) return nothing;
    adoptLateStyles(this, code.confirmStyles);
    return code.renderConfirm(
      {
        l10n: confirm.l10n,
        heading: (depth, content, options) => this.heading(depth, content, options),
        accept: () => this.acceptConfirm(),
        cancel: () => this.cancelConfirm(),
      },
      confirm.kind === 'restart',
      count,
    );
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
      ${this.fileError?.target === 'restart' ? this.renderFileError('start-again-error') : nothing}
      ${this.renderExport(feed, 1)}
    </div>`;
  }

  private renderSection(feed: Feed, diagnostic: Diagnostic, index: number): TemplateResult {
    const body = this.lazy(section);
    const l10n = this.sectionL10n;
    if (!body || !l10n) return this.renderPending('section', () => this.show('section', index), index);
    adoptLateStyles(this, body.sectionStyles);
    return body.renderSection(
      {
        l10n,
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

  /**
   * A view whose file is on its way (a status line), or could not be fetched
   * (the message, with Retry, which asks again); Back to the overview works in
   * both.
   */
  private renderPending(part: 'section' | 'results', retry: () => void, sectionIndex?: number): TemplateResult {
    const failed = (part === 'section' ? section : results).failed;
    return html`<div part=${part}>
      ${
        failed
          ? html`<div class="error-summary" part="error" role="alert">
              <p>${this.l10n.term('partUnavailable')}</p>
              <button type="button" class="secondary" @click=${retry}>${this.l10n.term('retry')}</button>
            </div>`
          : html`<p role="status">${this.l10n.term('loading')}</p>`
      }
      <div class="actions">${this.renderBack(sectionIndex)}</div>
    </div>`;
  }

  /** Starts loading a section's code when a pointer or focus comes to the sections, so Open rarely waits for it. */
  private readonly prefetchSection = (): void => void this.lazy(section);

  /** Back to the overview: from a section, to its Open button. */
  private renderBack(sectionIndex?: number): TemplateResult {
    return html`<button
      type="button"
      class="secondary"
      id="back"
      @click=${() =>
        this.show('overview', sectionIndex, sectionIndex === undefined ? undefined : `#open-${sectionIndex}`)}
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
    if (!body || !l10n) return this.renderPending('results', () => this.show('results'));
    // Added once (adoptLateStyles ignores styles it has added), as the section's are.
    adoptLateStyles(this, body.resultsStyles);
    return body.renderResults(
      {
        l10n,
        heading: (depth, content, options) => this.heading(depth, content, options),
        text: (value) => this.text(value, feed),
        percent: (value) => this.percent(value),
        score: (answers) => scoreDiagnostic(diagnostic, answers),
        stopComparing: () => this.stopComparing(),
        chartCharacters: this.chartCharacters,
        back: () => this.renderBack(),
        exportArea: () => this.renderExport(feed, 2),
      },
      feed,
      diagnostic,
      scoreDiagnostic(diagnostic, this.store.answers),
      this.store.answers,
      this.earlier,
    );
  }

  private stopComparing(): void {
    this.earlier = undefined;
    void focusLater(this, '#results-heading');
  }

  private renderExport(feed: Feed, depth: number): TemplateResult {
    // Starts loading the files area's code, so a download or a chosen file rarely waits for it.
    this.lazy(files);
    const error = this.fileError;
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
        ${failed ? this.renderFileError(`${id}-error`) : nothing}
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
      ${error?.target === 'download' ? this.renderFileError('download-error') : nothing}
      ${field('continue', 'continueLabel', 'continueHint')} ${field('compare', 'compareLabel', 'compareHint')}
    </div>`;
  }

  /** Why the chosen file was refused, or that the files area's code could not be fetched. */
  private renderFileError(id: string): TemplateResult {
    const reason = this.fileError?.reason;
    const l10n = this.filesL10n;
    return html`<p class="error-message" id=${id} role="alert">
      ${reason && l10n && files.module ? files.module.refusalMessage(l10n, reason) : this.l10n.term('partUnavailable')}
    </p>`;
  }
}
