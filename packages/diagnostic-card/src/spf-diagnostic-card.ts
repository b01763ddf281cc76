import { adoptStyles, css, html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { SpfWidget, lazyModule } from '@spf-wellbeing/core';
import type { Diagnostic, Feed, FeedProblem, LocalText } from '@spf-wellbeing/feed';
import { strings, type StringKey } from './strings.js';
import { diagnosticStyles, skeletonStyles } from './spf-diagnostic-card.styles.js';
import { matchAnswers, scoreDiagnostic, usableScale, type Answers, type Scores } from './score.js';
import {
  assessmentFile,
  diagnosticJson,
  readAssessment,
  type AssessmentFile,
  type ImportRefusal,
  type ImportResult,
} from './assessment.js';
import { SpfDiagnosticChangeEvent, SpfDiagnosticCompleteEvent } from './events.js';

/** The localStorage key prefix. The version changes if the stored shape ever does. */
export const STORAGE_PREFIX = 'spf-diagnostic:v1:';

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
const files = lazyModule(() => import('./files.js'));

/** The results view's code. It loads when someone first opens the results. */
const results = lazyModule(() => import('./results.js'));

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which raw `diagnostics[n]` index of the feed document a parsed diagnostic
 * came from: diagnostics left out whole shift the parsed list.
 */
function rawIndex(problems: readonly FeedProblem[], parsedIndex: number): number {
  const leftOut = new Set(problems.filter((p) => p.leftOut && /^diagnostics\[\d+\]$/.test(p.path)).map((p) => p.path));
  let raw = -1;
  for (let seen = -1; seen < parsedIndex;) {
    raw++;
    if (!leftOut.has(`diagnostics[${raw}]`)) seen++;
  }
  return raw;
}

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
  static override styles = [...SpfWidget.styles, diagnosticStyles, skeletonStyles];

  static override properties = {
    ...SpfWidget.properties,
    diagnostic: { reflect: true },
    storageKey: { attribute: 'storage-key', reflect: true },
  };

  /** The id of the diagnostic to show. Default: the feed's first. */
  declare diagnostic?: string;

  /** Keeps separate assessments apart, such as one per team. Default: the diagnostic's id. */
  declare storageKey?: string;

  // Plain fields, not reactive properties: each change calls requestUpdate.
  private view: View = 'overview';
  private sectionIndex = 0;
  private answers: Answers = {};
  private setAside: Record<string, unknown> = {};
  private storageOk = true;
  private storageUnreadable = false;
  private confirm?: Confirm;
  private earlier?: AssessmentFile;
  private status = '';
  private importError?: { target: ImportTarget; key: StringKey };
  private wasComplete = false;
  private loadedKey?: string;
  private loadedDiagnostic?: Diagnostic;
  private current?: Diagnostic;
  private resizeObserver?: ResizeObserver;
  /** How many characters fit on one line of a chart label. */
  private chartCharacters = 30;
  /** Whether the results' styles have been added to the shadow root. */
  private resultsStyled = false;

  constructor() {
    super(strings);
  }

  /** The current answers, by statement id. */
  get value(): Answers {
    return { ...this.answers };
  }

  /** Scores for the current answers, or undefined until the diagnostic is ready. */
  get scores(): Scores | undefined {
    return this.current ? scoreDiagnostic(this.current, this.answers) : undefined;
  }

  override render() {
    const state = this.feedState;
    const resolved = state.status === 'ready' ? this.resolve(state.feed, state.problems) : undefined;
    const diagnostic = resolved?.diagnostic;
    if (diagnostic) this.sync(diagnostic);
    this.current = diagnostic;
    const title =
      diagnostic && state.status === 'ready' ? this.text(diagnostic.title, state.feed) : this.l10n.term('heading');
    return html`<section class="card" part="base" aria-labelledby="title">
      ${this.heading(0, title, { id: 'title', focusable: true })}
      ${this.renderFeedState(({ feed }) => this.renderReady(feed, resolved!))}
    </section>`;
  }

  // ---- the diagnostic and its answers ------------------------------------

  private text(value: LocalText | undefined, feed: Feed): string {
    return this.l10n.text(value, feed.language);
  }

  private resolve(feed: Feed, problems: readonly FeedProblem[]): Resolved {
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
    const prefix = `diagnostics[${rawIndex(problems, index)}].`;
    for (const problem of problems) {
      if (!problem.path.startsWith(prefix)) continue;
      const rest = problem.path.slice(prefix.length);
      if (/^scale\[\d+\]/.test(rest) && problem.leftOut) result.levelsLeftOut++;
      if (/^sections\[\d+\]\.statements\[\d+\]$/.test(rest) && problem.leftOut) result.statementsLeftOut++;
    }
    if (!usableScale(diagnostic.scale)) result.error = { key: 'noScale' };
    else if (diagnostic.sections.length === 0) result.error = { key: 'noSections' };
    else result.diagnostic = diagnostic;
    return result;
  }

  /** Loads saved answers when the diagnostic or storage key changes. */
  private sync(diagnostic: Diagnostic): void {
    const key = `${STORAGE_PREFIX}${this.storageKey?.trim() || diagnostic.id}`;
    if (key === this.loadedKey) {
      if (diagnostic !== this.loadedDiagnostic) {
        // The feed changed under us: match the answers again.
        this.loadedDiagnostic = diagnostic;
        this.match(diagnostic, { ...this.setAside, ...this.answers });
      }
      return;
    }
    this.loadedKey = key;
    this.loadedDiagnostic = diagnostic;
    this.view = 'overview';
    this.sectionIndex = 0;
    this.confirm = undefined;
    this.earlier = undefined;
    this.status = '';
    this.importError = undefined;
    this.readSaved(key, diagnostic);
  }

  /** Reads the answers saved under `key`, setting aside those that do not fit `diagnostic`. */
  private readSaved(key: string, diagnostic: Diagnostic): void {
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

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver ??= new ResizeObserver(([entry]) => this.onResize(entry.contentRect.width));
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    this.resizeObserver?.disconnect();
  }

  /** Chart labels are SVG text, which does not wrap: we wrap them to the width we have. */
  private onResize(width: number): void {
    // About 9px for each character of 16px text, with room to spare.
    const characters = Math.max(20, Math.min(80, Math.floor(width / 9)));
    if (characters === this.chartCharacters) return;
    this.chartCharacters = characters;
    // In the next frame: changing the layout inside a ResizeObserver callback
    // makes browsers report a "ResizeObserver loop" error to the page.
    if (this.view === 'results') requestAnimationFrame(() => this.requestUpdate());
  }

  /** Another tab changed the same assessment: follow it, staying where we are. */
  private readonly onStorage = (event: StorageEvent): void => {
    const diagnostic = this.loadedDiagnostic;
    if (!diagnostic || (event.key !== this.loadedKey && event.key !== null)) return;
    this.readSaved(this.loadedKey!, diagnostic);
    this.requestUpdate();
  };

  private match(diagnostic: Diagnostic, answers: Record<string, unknown>): void {
    const matched = matchAnswers(diagnostic, answers);
    this.answers = matched.answers;
    this.setAside = matched.setAside;
  }

  private save(): void {
    const diagnostic = this.current;
    const key = this.loadedKey;
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

  /** Saves, tells the page, and re-renders after any change to the answers. */
  private changed(): void {
    const diagnostic = this.current;
    if (!diagnostic) return;
    this.save();
    const scores = scoreDiagnostic(diagnostic, this.answers);
    const detail = { diagnostic: diagnostic.id, answers: { ...this.answers }, scores };
    // Events are made first, then dispatched: the manifest analyzer reads the
    // names from the @fires tags above, not from these calls.
    const change = new SpfDiagnosticChangeEvent(detail);
    this.dispatchEvent(change);
    if (scores.complete && !this.wasComplete) {
      const complete = new SpfDiagnosticCompleteEvent(detail);
      this.dispatchEvent(complete);
    }
    this.wasComplete = scores.complete;
    this.requestUpdate();
  }

  private answer(statementId: string, value: number): void {
    this.answers = { ...this.answers, [statementId]: value };
    this.status = '';
    this.changed();
  }

  private clearAnswer(statementId: string, focusSelector: string): void {
    const { [statementId]: _removed, ...rest } = this.answers;
    this.answers = rest;
    this.changed();
    this.focusLater(focusSelector);
  }

  // ---- navigation --------------------------------------------------------

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private show(view: View, sectionIndex = this.sectionIndex, focus?: string): void {
    this.view = view;
    this.sectionIndex = sectionIndex;
    this.confirm = undefined;
    this.importError = undefined;
    // Opening the results asks again for their code if it failed to load before.
    if (view === 'results') void this.whenLoaded(results);
    this.requestUpdate();
    void this.focusLater(
      focus ?? (view === 'section' ? '#section-heading' : view === 'results' ? '#results-heading' : '#title'),
    );
  }

  private askRestart(): void {
    this.confirm = { kind: 'restart', returnTo: '#start-again' };
    this.status = '';
    this.requestUpdate();
    void this.focusLater('#confirm-heading');
  }

  private cancelConfirm(): void {
    const returnTo = this.confirm?.returnTo ?? '#title';
    this.confirm = undefined;
    this.requestUpdate();
    void this.focusLater(returnTo);
  }

  private acceptConfirm(): void {
    const confirm = this.confirm;
    if (!confirm) return;
    this.confirm = undefined;
    if (confirm.kind === 'restart') {
      this.answers = {};
      this.setAside = {};
      this.earlier = undefined;
      this.storageUnreadable = false;
      this.status = this.l10n.term('cleared');
      this.view = 'overview';
      this.sectionIndex = 0;
      this.changed();
      void this.focusLater('#title');
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
        diagnosticJson(diagnostic.id, this.answers, now),
        parent as ParentNode & Node,
      );
      return;
    }
    const csv = diagnosticCsv(diagnostic, this.answers, (value) => this.text(value, feed), {
      section: this.l10n.term('csvSection'),
      statement: this.l10n.term('csvStatement'),
      value: this.l10n.term('csvValue'),
      label: this.l10n.term('csvLabel'),
    });
    // The byte order mark tells spreadsheet programs the file is UTF-8, so Welsh letters such as ŵ show.
    downloadFile(
      fileName(diagnostic.id, now, 'csv'),
      'text/csv;charset=utf-8',
      `\ufeff${csv}`,
      parent as ParentNode & Node,
    );
  }

  private async onFile(event: Event, target: ImportTarget): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const diagnostic = this.current;
    if (!file || !diagnostic) return;
    const read = await (await this.whenLoaded(files))?.readJsonFile(file);
    const result: ImportResult = !read
      ? { ok: false, reason: 'not-json' }
      : read.ok
        ? readAssessment(read.value, diagnostic.id)
        : read;
    input.value = '';
    this.status = '';
    if (!result.ok) {
      this.importError = { target, key: REFUSALS[result.reason] };
      this.requestUpdate();
      return;
    }
    this.importError = undefined;
    if (target === 'compare') {
      this.earlier = result.file;
      this.show('results', this.sectionIndex, '#compare-heading');
      return;
    }
    if (Object.keys(this.answers).length > 0) {
      this.confirm = { kind: 'import', file: result.file, returnTo: '#continue-file-button' };
      this.requestUpdate();
      void this.focusLater('#confirm-heading');
      return;
    }
    this.continueFrom(result.file);
  }

  private continueFrom(file: AssessmentFile): void {
    const diagnostic = this.current;
    if (!diagnostic) return;
    this.match(diagnostic, file.answers);
    this.status = this.l10n.plural('imported', Object.keys(this.answers).length);
    this.view = 'overview';
    this.changed();
    void this.focusLater('#title');
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
    const setAside = Object.keys(this.setAside).length;
    return html`${problems}
      ${this.storageOk ? nothing : html`<p class="notice" part="storage-notice">${this.l10n.term('storageOff')}</p>`}
      ${this.storageUnreadable ? html`<p class="notice">${this.l10n.term('storageRead')}</p>` : nothing}
      ${setAside ? html`<p class="notice" part="set-aside-notice">${this.l10n.plural('setAside', setAside)}</p>` : nothing}
      <div part="status" role="status">${this.status ? html`<p class="notice">${this.status}</p>` : nothing}</div>
      ${this.confirm ? this.renderConfirm(this.confirm) : this.renderView(feed, diagnostic)}`;
  }

  private renderView(feed: Feed, diagnostic: Diagnostic): TemplateResult {
    if (this.view === 'section') {
      const index = Math.min(this.sectionIndex, diagnostic.sections.length - 1);
      return keyed(
        `${diagnostic.id}:${index}`,
        this.renderSection(feed, diagnostic, index),
      ) as unknown as TemplateResult;
    }
    if (this.view === 'results') return this.renderResults(feed, diagnostic);
    return this.renderOverview(feed, diagnostic);
  }

  private renderConfirm(confirm: Confirm): TemplateResult {
    const restart = confirm.kind === 'restart';
    const count = restart ? Object.keys(this.answers).length : Object.keys(confirm.file.answers).length;
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
    const scores = scoreDiagnostic(diagnostic, this.answers);
    return html`<div part="overview">
      ${diagnostic.summary ? html`<p>${this.text(diagnostic.summary, feed)}</p>` : nothing}
      <p class="privacy hint">${this.l10n.term('privacy')}</p>
      <p>
        ${this.l10n.term('overallProgress', { answered: this.l10n.number(scores.overall.answered), total: this.l10n.number(scores.overall.total) })}
      </p>
      ${this.heading(1, this.l10n.term('overviewHeading'))}
      <ol class="sections">
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
    const section = diagnostic.sections[index];
    const last = diagnostic.sections.length - 1;
    return html`<div part="section">
      ${this.heading(
        1,
        html`<span class="caption"
            >${this.l10n.term('sectionOf', { number: this.l10n.number(index + 1), total: this.l10n.number(last + 1) })}</span
          >
          ${this.text(section.title, feed)}`,
        { id: 'section-heading', focusable: true },
      )}
      ${section.summary ? html`<p>${this.text(section.summary, feed)}</p>` : nothing}
      <p class="hint">${this.l10n.term('sectionHint')}</p>
      ${section.statements.map((statement, s) => {
        const chosen = this.answers[statement.id];
        const id = `st-${index}-${s}`;
        return html`<fieldset class="statement">
          <legend>${this.text(statement.text, feed)}</legend>
          <div class="levels">
            ${diagnostic.scale.map(
              (level, l) =>
                html`<div class="level">
                  <input
                    type="radio"
                    id=${`${id}-${l}`}
                    name=${id}
                    .value=${String(level.value)}
                    .checked=${live(chosen === level.value)}
                    aria-describedby=${level.description ? `${id}-${l}-hint` : nothing}
                    @change=${() => this.answer(statement.id, level.value)}
                  />
                  <label for=${`${id}-${l}`}>${this.text(level.label, feed)}</label>
                  ${level.description ? html`<span class="level-hint" id=${`${id}-${l}-hint`}>${this.text(level.description, feed)}</span>` : nothing}
                </div>`,
            )}
          </div>
          ${
            chosen !== undefined
              ? html`<button type="button" class="link" @click=${() => this.clearAnswer(statement.id, `#${id}-0`)}>
                  ${this.l10n.term('clearAnswer')}<span class="visually-hidden">
                    ${this.l10n.term('clearAnswerFor', { number: this.l10n.number(s + 1) })}</span
                  >
                </button>`
              : nothing
          }
        </fieldset>`;
      })}
      <div class="actions nav">
        ${
          index > 0
            ? html`<button
                type="button"
                class="secondary"
                id="previous"
                @click=${() => this.show('section', index - 1)}
              >
                ${this.l10n.term('previousSection')}
              </button>`
            : nothing
        }
        ${
          index < last
            ? html`<button type="button" id="next" @click=${() => this.show('section', index + 1)}>
                ${this.l10n.term('nextSection')}
              </button>`
            : html`<button type="button" id="next" @click=${() => this.show('results')}>
                ${this.l10n.term('seeResults')}
              </button>`
        }
        <button
          type="button"
          class="secondary"
          id="back"
          @click=${() => this.show('overview', index, `#open-${index}`)}
        >
          ${this.l10n.term('backToOverview')}
        </button>
      </div>
    </div>`;
  }

  private percent(value: number): string {
    return this.l10n.number(Math.round(value) / 100, { style: 'percent', maximumFractionDigits: 0 });
  }

  private renderResults(feed: Feed, diagnostic: Diagnostic): TemplateResult {
    const body = this.lazy(results);
    if (body && !this.resultsStyled) {
      this.resultsStyled = true;
      adoptStyles(this.renderRoot as ShadowRoot, [
        ...(this.constructor as typeof SpfDiagnosticCard).elementStyles,
        body.resultsStyles(css),
      ]);
    }
    const scores = scoreDiagnostic(diagnostic, this.answers);
    return html`<div part="results">
      ${this.heading(1, this.l10n.term('resultsHeading'), { id: 'results-heading', focusable: true })}
      ${body?.renderResults(
        {
          lit: { html, svg, nothing },
          l10n: this.l10n,
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
        this.answers,
        this.earlier,
      )}
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
    this.requestUpdate();
    void this.focusLater('#results-heading');
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
