/**
 * A section of the self-assessment: its statements, their answer levels, and
 * the buttons to the next and previous sections. The card loads this module
 * when someone first opens a section, or points at or tabs to a section's
 * Open button; it takes Lit from the card's own file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CoreStringKey, LocalizeController } from '@spf-wellbeing/core';
import type { Diagnostic, LocalText } from '@spf-wellbeing/feed';
import type { StringKey } from '../strings.js';
import type { Answers } from '../score.js';
import type { SectionStringKey } from './section-strings.js';

export { sectionStyles } from './section.styles.js';
export { sectionStrings } from './section-strings.js';

/** The element's strings, with a section's own (they come with this file). */
export type SectionL10n = LocalizeController<StringKey | SectionStringKey | CoreStringKey>;

/** What a section needs from the card. */
export interface SectionHost {
  l10n: SectionL10n;
  heading(depth: number, content: unknown, options?: { id?: string; focusable?: boolean }): TemplateResult;
  text(value: LocalText | undefined): string;
  /** The answers so far, by statement id. */
  answers: Readonly<Answers>;
  answer(statementId: string, value: number): void;
  /** Clears an answer, then moves focus to `focusSelector`. */
  clearAnswer(statementId: string, focusSelector: string): void;
  show(view: 'section' | 'results', sectionIndex?: number): void;
  /** The "Back to overview" button, which the card also shows while this file loads. */
  back(): TemplateResult;
}

/** Section `index` of `diagnostic`: each statement a group of radio buttons, one per answer level. */
export function renderSection(host: SectionHost, diagnostic: Diagnostic, index: number): TemplateResult {
  const section = diagnostic.sections[index];
  const last = diagnostic.sections.length - 1;
  return html`<div part="section">
    ${host.heading(
      1,
      html`<span class="caption"
          >${host.l10n.term('sectionOf', { number: host.l10n.number(index + 1), total: host.l10n.number(last + 1) })}</span
        >
        ${host.text(section.title)}`,
      { id: 'section-heading', focusable: true },
    )}
    ${section.summary ? html`<p>${host.text(section.summary)}</p>` : nothing}
    <p class="hint">${host.l10n.term('sectionHint')}</p>
    ${section.statements.map((statement, s) => {
      const chosen = host.answers[statement.id];
      const id = `st-${index}-${s}`;
      return html`<fieldset class="statement">
        <legend>${host.text(statement.text)}</legend>
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
                  @change=${() => host.answer(statement.id, level.value)}
                />
                <label for=${`${id}-${l}`}>${host.text(level.label)}</label>
                ${level.description ? html`<span class="level-hint" id=${`${id}-${l}-hint`}>${host.text(level.description)}</span>` : nothing}
              </div>`,
          )}
        </div>
        ${
          chosen !== undefined
            ? html`<button type="button" class="link" @click=${() => host.clearAnswer(statement.id, `#${id}-0`)}>
                ${host.l10n.term('clearAnswer')}<span class="visually-hidden">
                  ${host.l10n.term('clearAnswerFor', { number: host.l10n.number(s + 1) })}</span
                >
              </button>`
            : nothing
        }
      </fieldset>`;
    })}
    <div class="actions nav">
      ${
        index > 0
          ? html`<button type="button" class="secondary" id="previous" @click=${() => host.show('section', index - 1)}>
              ${host.l10n.term('previousSection')}
            </button>`
          : nothing
      }
      ${
        index < last
          ? html`<button type="button" id="next" @click=${() => host.show('section', index + 1)}>
              ${host.l10n.term('nextSection')}
            </button>`
          : html`<button type="button" id="next" @click=${() => host.show('results')}>
              ${host.l10n.term('seeResults')}
            </button>`
      }
      ${host.back()}
    </div>
  </div>`;
}
