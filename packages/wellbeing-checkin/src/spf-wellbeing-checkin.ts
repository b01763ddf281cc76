import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SpfWidget, formStyles, lazyModule } from '@spf-wellbeing/core';
import { adoptLateStyles, focusLater } from '@spf-wellbeing/core/internal';
import type { Checkin, CheckinBand, CheckinOption, Feed, HelpContact, LocalText, Resource } from '@spf-wellbeing/feed';
import { strings, type StringKey } from './strings.js';
import { skeletonStyles, styles } from './spf-wellbeing-checkin.styles.js';
import { SpfCheckinEvent } from './events.js';
import type { CheckinEntry } from './history-store.js';
import type { HistoryL10n } from './history-view.js';

/** How many past check-ins the chart and its table show. */
export const CHART_SIZE = 14;

type HistoryModule = typeof import('./history-view.js');
/** The history's code: loaded only by elements with `history` on. */
const historyView = lazyModule(() => import('./history-view.js'));

/** A contact in the urgent-help panel, with its text already in the reader's language. */
interface ShownContact {
  label: string;
  detail?: string;
  url: string;
}

/**
 * @summary A private "How are you feeling today?" check-in that signposts the right support.
 *
 * The question and its options come from a check-in in the feed (the default
 * feed has one, `feeling-today`). The options are a native radio group: Tab
 * reaches the group, arrow keys move between options, Space selects. Feeds
 * should give 3 to 7 options; the element shows every valid option it gets.
 * An option's `symbol` (an emoji) is decoration, hidden from assistive
 * technology; every option has a text label.
 *
 * **How an answer is submitted.** The person chooses an option, then presses
 * the "See support" button (the GOV.UK one-question pattern). We do not act on
 * `change`, because arrow keys change the selection as they move: acting on
 * every change would jump a keyboard user away from the question before they
 * reach the option they mean. After "See support", focus moves to the band's
 * title, a heading followed by the band's message and its resources from the
 * feed (links with their organisation). A band marked `urgent` also shows an
 * urgent-help panel: the check-in's `urgentHelp` from the feed, or built-in
 * Samaritans, Shout, NHS 111 and 999 contacts. "Check in again" clears the
 * answer and returns focus to the first option.
 *
 * **Privacy.** Nothing leaves the device, and the element says so.
 * - Without `history`, nothing is stored anywhere: not localStorage, not
 *   sessionStorage, not cookies.
 * - With `history`, each check-in is kept in this browser's localStorage under
 *   `spf-checkin:v1:<check-in id>`, as a list of `{date: 'YYYY-MM-DD', option}`
 *   (the newest 100). A chart shows the last 14, with a table alternative.
 *   "Delete my check-ins" removes the key at once, with no confirmation step,
 *   and says so in a status message; focus moves to the history heading.
 * - Corrupt or foreign data under the key is ignored. If storage is full or
 *   blocked, the check-in still works and the element says it cannot save.
 * - When the feed's check-in has `freeText`, a note box is shown. What is typed
 *   stays in memory only: never stored, never in events, gone on "Check in again".
 *   Spell checking is off in the box, so no browser spell-check service sees it.
 *
 * @fires spf-checkin - An answer was submitted. Detail: `{checkin, option, band}`, ids only, no personal data.
 * @fires spf-feed-load - The feed loaded. Detail: `{url, feed, problems}`.
 * @fires spf-feed-error - The feed failed to load. Detail: `{url, message, kind, problems}`.
 *
 * @slot - Fallback content, shown only when the feed cannot be loaded.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart question - The question: a fieldset whose legend is the question heading.
 * @csspart options - The list of radio options.
 * @csspart submit-button - The "See support" button.
 * @csspart result - The band's title, message and resources, shown after an answer.
 * @csspart urgent-help - The urgent-help panel of an urgent band.
 * @csspart again-button - The "Check in again" button.
 * @csspart privacy - The statement of what is kept and where.
 * @csspart history - The saved history: chart, table and delete button (only with `history`).
 * @csspart delete-button - The "Delete my check-ins" button.
 *
 * @cssprop [--spf-color-urgent=#d5281b] - Border of the urgent-help panel.
 * @cssprop [--spf-wellbeing-checkin-loading-block-size=26rem] - Space kept while the feed loads.
 */
export class SpfWellbeingCheckin extends SpfWidget<StringKey> {
  static override styles = [...SpfWidget.styles, formStyles, styles, skeletonStyles];

  static override properties = {
    ...SpfWidget.properties,
    checkin: { reflect: true },
    history: { type: Boolean, reflect: true },
    compact: { type: Boolean, reflect: true },
    selected: { state: true },
    chosen: { state: true },
    showError: { state: true },
    entries: { state: true },
    storageFailed: { state: true },
    historyStatus: { state: true },
  };

  /** Id of the check-in to show. Default: the feed's first check-in. */
  declare checkin?: string;

  /** Opt in to keeping past answers (date and option only) in this browser's localStorage. Default false. */
  declare history: boolean;

  /** A tighter layout for sidebars: options sit side by side when there is room. Reflected. */
  declare compact: boolean;

  /** The option chosen in the radio group, not yet submitted. */
  declare protected selected?: string;
  /** The submitted option: the result is showing. */
  declare protected chosen?: string;
  declare protected showError: boolean;
  declare protected entries: CheckinEntry[];
  declare protected storageFailed: boolean;
  declare protected historyStatus: string;

  /** The private note, in memory only. Deliberately not a reactive property and never stored. */
  private note = '';
  /** The check-in whose answer and history are in memory. */
  private activeCheckin?: string;
  private historyLoadedFor?: string;
  /** Whether the history's styles have been added to the shadow root. */
  private historyStyled = false;
  /** The element's strings with the history's own, which come with its file (see `shouldUpdate`). */
  private historyL10n?: HistoryL10n;

  constructor() {
    super(strings);
    this.history = false;
    this.compact = false;
    this.showError = false;
    this.entries = [];
    this.storageFailed = false;
    this.historyStatus = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('storage', this.onStorage);
    super.disconnectedCallback();
  }

  /** Another tab saved or deleted check-ins: read them again. */
  private readonly onStorage = (event: StorageEvent): void => {
    const historyModule = historyView.module;
    if (!this.historyLoadedFor || !historyModule) return;
    if (event.key !== null && event.key !== historyModule.historyKey(this.historyLoadedFor)) return;
    this.historyLoadedFor = undefined;
    this.requestUpdate();
  };

  /**
   * The history's strings come with its file: once it is here, they join the
   * element's. Until those of the reader's language are here too, the element
   * keeps what it shows. An element without `history` never takes them.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const historyModule = historyView.module;
    if (this.history && historyModule) this.historyL10n ??= this.l10n.extend(historyModule.historyStrings);
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const checkin = this.currentCheckin();
    if (checkin?.id !== this.activeCheckin) {
      // Another check-in (or none): forget the answer in memory.
      this.activeCheckin = checkin?.id;
      this.clearAnswer();
    }
    const historyFor = this.history && checkin ? checkin.id : undefined;
    const historyModule = historyFor ? this.lazy(historyView) : undefined;
    if (historyFor && !historyModule) return;
    if (historyFor !== this.historyLoadedFor) {
      this.historyLoadedFor = historyFor;
      const read = historyFor && historyModule ? historyModule.readHistory(historyFor) : { ok: true, entries: [] };
      this.entries = read.entries;
      this.storageFailed = !read.ok;
      this.historyStatus = '';
    }
  }

  override render() {
    return html`<div part="base" class="base">${this.renderFeedState(({ feed }) => this.renderReady(feed))}</div>`;
  }

  /** The check-in named by `checkin`, or the feed's first. */
  private currentCheckin(): Checkin | undefined {
    const state = this.feedState;
    if (state.status !== 'ready') return undefined;
    const { checkins } = state.feed;
    return this.checkin ? checkins.find((each) => each.id === this.checkin) : checkins[0];
  }

  private t(text: LocalText | undefined): string {
    const state = this.feedState;
    return this.l10n.text(text, state.status === 'ready' ? state.feed.language : undefined);
  }

  private renderReady(feed: Feed): unknown {
    const checkin = this.currentCheckin();
    if (!checkin || checkin.options.length === 0) {
      return html`${this.heading(0, this.l10n.term('heading'))}
        <p class="notice">${this.l10n.term('notAvailable')}</p>`;
    }
    const option = checkin.options.find((each) => each.id === this.chosen);
    const band = option && checkin.bands.find((each) => each.id === option.band);
    return html`${option && band ? this.renderResult(feed, checkin, option, band) : this.renderQuestion(checkin)}
    ${this.renderPrivacy()}
    ${this.history && historyView.module && this.historyL10n ? this.renderHistory(historyView.module, this.historyL10n, checkin) : nothing}`;
  }

  // ---- the question ---------------------------------------------------------

  private renderQuestion(checkin: Checkin): TemplateResult {
    const intro = this.t(checkin.intro);
    const describedBy = [intro ? 'intro' : '', this.showError ? 'choose-error' : ''].filter(Boolean).join(' ');
    return html`<form class="form" novalidate @submit=${this.onSubmit}>
      <fieldset
        part="question"
        class=${this.showError ? 'question has-error' : 'question'}
        aria-describedby=${describedBy || nothing}
      >
        <legend>${this.heading(0, this.t(checkin.question), { className: 'question-heading' })}</legend>
        ${intro ? html`<p class="hint" id="intro">${intro}</p>` : nothing}
        ${
          this.showError
            ? html`<p class="error-message" id="choose-error">
                <span class="visually-hidden">${this.l10n.term('errorPrefix')}</span> ${this.l10n.term('chooseError')}
              </p>`
            : nothing
        }
        <div part="options" class="options">
          ${checkin.options.map(
            (option, index) =>
              html`<div class="option">
                <input
                  type="radio"
                  id="option-${index}"
                  name="feeling"
                  .value=${option.id}
                  .checked=${this.selected === option.id}
                  @change=${() => {
                    this.selected = option.id;
                  }}
                />
                <label for="option-${index}">
                  ${option.symbol ? html`<span class="symbol" aria-hidden="true">${option.symbol}</span>` : nothing}
                  <span class="label">${this.t(option.label)}</span>
                </label>
              </div>`,
          )}
        </div>
      </fieldset>
      ${checkin.freeText ? this.renderFreeText(checkin.freeText) : nothing}
      <button type="submit" part="submit-button">${this.l10n.term('submit')}</button>
    </form>`;
  }

  private renderFreeText(freeText: NonNullable<Checkin['freeText']>): TemplateResult {
    const hint = this.t(freeText.hint);
    return html`<div class="free-text">
      <label for="note" class="free-text-label">${this.t(freeText.label)}</label>
      <p class="hint" id="note-hint">${hint ? html`${hint} ` : nothing}${this.l10n.term('freeTextHint')}</p>
      <textarea
        id="note"
        rows="3"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="note-hint"
        .value=${this.note}
        @input=${(event: Event) => {
          this.note = (event.target as HTMLTextAreaElement).value;
        }}
      ></textarea>
    </div>`;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const checkin = this.currentCheckin();
    if (!checkin) return;
    const checked = this.renderRoot.querySelector<HTMLInputElement>('input[name="feeling"]:checked');
    const option = checkin.options.find((each) => each.id === (this.selected ?? checked?.value));
    if (!option || !checkin.bands.some((band) => band.id === option.band)) {
      this.showError = true;
      return focusLater(this, 'input[name="feeling"]');
    }
    this.showError = false;
    this.chosen = option.id;
    this.historyStatus = '';
    if (this.history) await this.save(checkin.id, option.id);
    this.dispatchEvent(new SpfCheckinEvent({ checkin: checkin.id, option: option.id, band: option.band }));
    return focusLater(this, '#result-heading');
  }

  private async save(checkinId: string, optionId: string): Promise<void> {
    const entries = (await this.whenLoaded(historyView))?.saveAnswer(checkinId, optionId, this.entries);
    if (entries) this.entries = entries;
    this.storageFailed = !entries;
  }

  // ---- the result -----------------------------------------------------------

  private renderResult(feed: Feed, checkin: Checkin, option: CheckinOption, band: CheckinBand): TemplateResult {
    const resources = this.resolveResources(feed, band.resources);
    return html`<div part="result" class="result">
      ${this.heading(0, this.t(checkin.question), { className: 'question-heading' })}
      <p class="answer">${this.l10n.term('yourAnswer', { answer: this.t(option.label) })}</p>
      <div class=${band.urgent ? 'band urgent-band' : 'band'}>
        ${this.heading(1, this.t(band.title), { id: 'result-heading', focusable: true, className: 'result-heading' })}
        <p class="message">${this.t(band.message)}</p>
      </div>
      ${band.urgent ? this.renderUrgentHelp(checkin) : nothing}
      ${
        resources.length
          ? html`<div class="resources">
              ${this.heading(2, this.l10n.term('supportHeading'))}
              <ul class="links">
                ${resources.map((resource) => this.renderResource(feed, resource))}
              </ul>
            </div>`
          : nothing
      }
      <button type="button" class="secondary" part="again-button" @click=${this.checkInAgain}>
        ${this.l10n.term('checkInAgain')}
      </button>
    </div>`;
  }

  /**
   * The band's resources, in order, looked up by id. The feed parser already
   * drops ids that do not exist and reports them in the feed's problems; an id
   * that still fails here is skipped, never fatal.
   */
  private resolveResources(feed: Feed, ids: readonly string[]): Resource[] {
    const byId = new Map(feed.resources.map((resource) => [resource.id, resource]));
    return [...new Set(ids)].map((id) => byId.get(id)).filter((resource) => resource !== undefined);
  }

  private renderResource(feed: Feed, resource: Resource): TemplateResult {
    const organisation = feed.organisations.find((each) => each.id === resource.organisation);
    return html`<li>
      <a href=${resource.url}>${this.t(resource.title)}</a>
      ${organisation ? html`<span class="organisation">${this.t(organisation.name)}</span>` : nothing}
    </li>`;
  }

  private renderUrgentHelp(checkin: Checkin): TemplateResult {
    const help = checkin.urgentHelp;
    const title = help ? this.t(help.title) : this.l10n.term('urgentTitle');
    const message = help ? this.t(help.message) : this.l10n.term('urgentMessage');
    const contacts: ShownContact[] = help
      ? help.contacts.map((contact: HelpContact) => ({
          label: this.t(contact.label),
          url: contact.url,
          detail: this.t(contact.detail),
        }))
      : this.builtInContacts();
    return html`<section part="urgent-help" class="urgent" aria-labelledby="urgent-heading">
      ${this.heading(2, title, { id: 'urgent-heading' })} ${message ? html`<p>${message}</p>` : nothing}
      <ul class="links contacts">
        ${contacts.map(
          (contact) =>
            html`<li>
              <a href=${contact.url}>${contact.label}</a>
              ${contact.detail ? html`<span class="detail">${contact.detail}</span>` : nothing}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** Samaritans, Shout, NHS 111 and 999: the UK-wide urgent help, in the reader's language. */
  private builtInContacts(): ShownContact[] {
    return (
      [
        ['samaritans', 'tel:116123'],
        ['shout', 'sms:85258'],
        ['nhs111', 'tel:111'],
        ['emergency', 'tel:999'],
      ] as const
    ).map(([name, url]) => ({ label: this.l10n.term(`${name}Label`), detail: this.l10n.term(`${name}Detail`), url }));
  }

  private clearAnswer(): void {
    this.selected = undefined;
    this.chosen = undefined;
    this.showError = false;
    this.note = '';
  }

  private async checkInAgain(): Promise<void> {
    this.clearAnswer();
    this.historyStatus = '';
    return focusLater(this, 'input[name="feeling"]');
  }

  // ---- privacy and history --------------------------------------------------

  private renderPrivacy(): TemplateResult {
    if (!this.history) return html`<p part="privacy" class="privacy">${this.l10n.term('privacyNotSaved')}</p>`;
    return html`<div part="privacy" class="privacy">
      <p>${this.l10n.term('privacyHistory')} ${this.l10n.term('privacyHistoryWhat')}</p>
      ${this.storageFailed ? html`<p class="notice storage-problem">${this.l10n.term('storageProblem')}</p>` : nothing}
    </div>`;
  }

  private renderHistory(module: HistoryModule, l10n: HistoryL10n, checkin: Checkin): TemplateResult {
    if (!this.historyStyled) {
      this.historyStyled = true;
      adoptLateStyles(this, module.historyStyles);
    }
    return module.renderHistory(
      {
        l10n,
        heading: (depth, content, options) => this.heading(depth, content, options),
        t: (text) => this.t(text),
        entries: this.entries,
        status: this.historyStatus,
        onDelete: () => void this.onDelete(),
      },
      checkin,
      CHART_SIZE,
    );
  }

  private async onDelete(): Promise<void> {
    const checkin = this.currentCheckin();
    const historyModule = historyView.module;
    const l10n = this.historyL10n;
    if (!checkin || !historyModule || !l10n) return;
    if (historyModule.deleteHistory(checkin.id)) {
      this.entries = [];
      this.historyStatus = l10n.term('historyDeleted');
      return focusLater(this, '#history-heading');
    } else {
      this.historyStatus = l10n.term('deleteFailed');
    }
  }
}
