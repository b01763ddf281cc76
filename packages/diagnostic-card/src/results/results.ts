/**
 * The results view: its heading, overall score, chart, table, highlights,
 * where to start, the comparison with an earlier assessment, and the buttons
 * under them. The element loads this module when someone first opens the
 * results; it takes Lit from the element's own file.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, type CoreStringKey, type LocalizeController } from '@spf-wellbeing/core';
import type { Diagnostic, DiagnosticSection, Feed, LocalText } from '@spf-wellbeing/feed';
import type { StringKey } from '../strings.js';
import type { ResultsStringKey } from './results-strings.js';
import type { Answers, Scores } from '../score.js';
import type { AssessmentFile } from '../files/assessment.js';
import {
  compareScore,
  compareScores,
  highlights,
  lowestStatements,
  type LowStatement,
  type SectionChange,
} from './insights.js';

export { resultsStyles } from './results.styles.js';
export { resultsStrings } from './results-strings.js';

/** The element's strings, with the results view's own (they come with this file). */
export type ResultsL10n = LocalizeController<StringKey | ResultsStringKey | CoreStringKey>;

/** What the results need from the element. */
export interface ResultsHost {
  l10n: ResultsL10n;
  heading(depth: number, content: unknown, options?: { id?: string; focusable?: boolean }): TemplateResult;
  text(value: LocalText | undefined): string;
  percent(value: number): string;
  /** Scores for other answers, such as an earlier assessment's. */
  score(answers: Answers): Scores;
  stopComparing(): void;
  /** How many characters fit on one line of a chart label. */
  chartCharacters: number;
  /** The "Back to overview" button, which the card also shows while this file loads. */
  back(): TemplateResult;
  /** The files area (downloads and loading files), as under the overview. */
  exportArea(): TemplateResult;
}

/** Splits text into lines of at most `width` characters, at spaces where it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The results view, from its heading to the files area. */
export function renderResults(
  h: ResultsHost,
  feed: Feed,
  diagnostic: Diagnostic,
  scores: Scores,
  answers: Answers,
  earlier?: AssessmentFile,
): TemplateResult {
  const { l10n, text, percent } = h;
  const overall = scores.overall;

  const list = (items: string[]): string => {
    try {
      return new Intl.ListFormat(l10n.locale, { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  };

  const chart = () => {
    const lineHeight = 20;
    const barHeight = 22;
    const gap = 14;
    const scale = 0.8; // bars use 80% of the width, leaving room for the figure after them
    let y = 0;
    const rows = diagnostic.sections.map((section, index) => {
      const lines = wrap(text(section.title), h.chartCharacters);
      const percent = scores.sections[index].percent;
      const top = y;
      const barY = top + lines.length * lineHeight + 6;
      y = barY + barHeight + gap;
      const rounded = percent === undefined ? undefined : Math.round(percent);
      return svg`<g>
        ${lines.map((line, n) => svg`<text class="chart-label" x="0" y=${top + 16 + n * lineHeight}>${line}</text>`)}
        <rect class="chart-track" x="0" y=${barY} width="${100 * scale}%" height=${barHeight}></rect>
        ${
          rounded === undefined
            ? svg`<text class="chart-value" x="8" y=${barY + 16}>${l10n.term('notAnswered')}</text>`
            : svg`<rect class="chart-bar" x="0" y=${barY} width="${rounded * scale}%" height=${barHeight}></rect>
              <text class="chart-value" x="${rounded * scale + 2}%" y=${barY + 16}>${h.percent(rounded)}</text>`
        }
      </g>`;
    });
    return html`<svg
      class="chart"
      part="chart"
      role="img"
      aria-label=${l10n.term('chartLabel')}
      width="100%"
      height=${Math.max(y - gap, 1)}
      focusable="false"
    >
      ${rows}
    </svg>`;
  };

  const table = () => {
    const cells = (score: Scores['overall']) =>
      html`<td class="number">${score.percent === undefined ? '–' : percent(score.percent)}</td>
        <td>${score.level ? text(score.level.label) : l10n.term('notAnswered')}</td>
        <td>
          ${l10n.term('answeredCell', { answered: l10n.number(score.answered), total: l10n.number(score.total) })}
        </td>`;
    return html`<table part="scores-table">
      <caption>
        ${l10n.term('tableCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="col-section">${l10n.term('columnSection')}</th>
          <th scope="col" class="number col-number">${l10n.term('columnScore')}</th>
          <th scope="col" class="col-level">${l10n.term('columnLevel')}</th>
          <th scope="col" class="col-answered">${l10n.term('columnAnswered')}</th>
        </tr>
      </thead>
      <tbody>
        ${diagnostic.sections.map(
          (section, index) =>
            html`<tr>
              <th scope="row">${text(section.title)}</th>
              ${cells(scores.sections[index])}
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${l10n.term('overallRow')}</th>
          ${cells(scores.overall)}
        </tr>
      </tfoot>
    </table>`;
  };

  const highlighted = () => {
    const found = highlights(scores);
    if (!found) return nothing;
    const names = (items: { id: string; percent?: number }[]) =>
      list(
        items.map(
          (each) => `${text(diagnostic.sections.find((s) => s.id === each.id)?.title)} (${percent(each.percent!)})`,
        ),
      );
    return html`${h.heading(2, l10n.term('highlightsHeading'))}
      <ul class="highlights">
        <li>${l10n.term('strongest', { sections: names(found.strongest) })}</li>
        <li>${l10n.term('weakest', { sections: names(found.weakest) })}</li>
      </ul>`;
  };

  const whereToStart = () => {
    const lowest = lowestStatements(diagnostic, answers, 5);
    if (lowest.length === 0) return nothing;
    const groups = new Map<DiagnosticSection, LowStatement[]>();
    for (const item of lowest) groups.set(item.section, [...(groups.get(item.section) ?? []), item]);
    return html`${h.heading(2, l10n.term('whereToStart'), { id: 'where-to-start' })}
      <p>${l10n.term('whereToStartIntro')}</p>
      <ol class="start-list">
        ${[...groups].map(([section, items]) => {
          const title = text(section.title);
          const resources = section.resources
            .map((id) => feed.resources.find((r) => r.id === id))
            .filter((r) => r !== undefined);
          return html`<li>
            ${h.heading(3, title)}
            <ul>
              ${items.map(
                (item) =>
                  html`<li>
                    ${text(item.statement.text)}
                    <span class="hint"
                      >${l10n.term('statementLevel', { level: text(diagnostic.scale.find((level) => level.value === item.value)?.label) })}</span
                    >
                  </li>`,
              )}
            </ul>
            ${
              resources.length
                ? html`<p>${l10n.term('resourcesFor', { section: title })}</p>
                    <ul class="resources">
                      ${resources.map((resource) => {
                        const organisation = feed.organisations.find((o) => o.id === resource.organisation);
                        return html`<li>
                          <a href=${resource.url}>${text(resource.title)}</a>
                          ${
                            organisation
                              ? html`<span class="organisation"
                                  >${l10n.term('byOrganisation', { organisation: text(organisation.name) })}</span
                                >`
                              : nothing
                          }
                        </li>`;
                      })}
                    </ul>`
                : nothing
            }
          </li>`;
        })}
      </ol>`;
  };

  const compare = (earlier: AssessmentFile) => {
    const before = h.score(earlier.answers);
    const date = earlier.savedAt ? formatDate(l10n, earlier.savedAt.slice(0, 10)) : '';
    const change = (value?: number) => {
      if (value === undefined) return l10n.term('cannotCompare');
      if (value === 0) return l10n.term('noChange');
      return value > 0 ? l10n.plural('changeUp', value) : l10n.plural('changeDown', -value);
    };
    const row = (title: string, row: SectionChange) =>
      html`<tr>
        <th scope="row">${title}</th>
        <td class="number">${row.before === undefined ? '–' : percent(row.before)}</td>
        <td class="number">${row.after === undefined ? '–' : percent(row.after)}</td>
        <td>${change(row.change)}</td>
      </tr>`;
    return html`<div part="compare" class="compare">
      ${h.heading(2, l10n.term('compareHeading'), { id: 'compare-heading', focusable: true })}
      <table>
        <caption>
          ${date ? l10n.term('compareCaption', { date }) : l10n.term('compareCaptionUndated')}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="col-section">${l10n.term('columnSection')}</th>
            <th scope="col" class="number col-number">${l10n.term('columnEarlier')}</th>
            <th scope="col" class="number col-number">${l10n.term('columnNow')}</th>
            <th scope="col" class="col-change">${l10n.term('columnChange')}</th>
          </tr>
        </thead>
        <tbody>
          ${compareScores(before, scores).map((each, index) => row(text(diagnostic.sections[index].title), each))}
        </tbody>
        <tfoot>
          ${row(l10n.term('overallRow'), compareScore('overall', before.overall.percent, scores.overall.percent))}
        </tfoot>
      </table>
      <button type="button" class="secondary" @click=${() => h.stopComparing()}>${l10n.term('removeCompare')}</button>
    </div>`;
  };

  return html`<div part="results">
    ${h.heading(1, l10n.term('resultsHeading'), { id: 'results-heading', focusable: true })}
    ${
      overall.answered === 0
        ? html`<p>${l10n.term('noAnswers')}</p>`
        : html`<p class="overall">
              ${l10n.term('overallScore', { percent: percent(overall.percent!), level: text(overall.level?.label) })}
            </p>
            <p>${scores.unanswered ? l10n.plural('unanswered', scores.unanswered) : l10n.term('allAnswered')}</p>
            ${chart()} ${table()} ${highlighted()} ${whereToStart()}`
    }
    ${earlier ? compare(earlier) : nothing}
    <div class="actions">
      ${h.back()}
      ${
        overall.answered
          ? html`<button type="button" class="secondary" @click=${() => window.print()}>
              ${l10n.term('printSummary')}
            </button>`
          : nothing
      }
    </div>
    ${h.exportArea()}
  </div>`;
}
