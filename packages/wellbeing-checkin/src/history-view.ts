/**
 * The opt-in history: its storage, chart, table and strings. The element
 * loads this module only when `history` is on, so a check-in without history
 * never downloads it. It imports nothing at run time that the element also uses
 * (the element passes in Lit's tags), so it stays a file of its own.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, type CoreStringKey, type LocalizeController } from '@spf-wellbeing/core';
import type { Checkin, LocalText } from '@spf-wellbeing/feed';
import type { StringKey } from './strings.js';
import type { HistoryStringKey } from './history-strings.js';
import { MAX_ENTRIES, localDate, readHistory, writeHistory, type CheckinEntry } from './history-store.js';

export { deleteHistory, historyKey, readHistory } from './history-store.js';
export { historyStrings } from './history-strings.js';

/** The element's strings, with the history's own (they come with this file). */
export type HistoryL10n = LocalizeController<StringKey | HistoryStringKey | CoreStringKey>;

/** The history's styles, on top of the element's (adopted when this file loads). */
export const historyStyles = css`
  .history {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .history > * {
    margin: 0;
  }
  .chart {
    display: flex;
    gap: 8px;
    width: 100%;
    max-width: 26em;
  }
  .chart-axis {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    font-size: 0.85em;
    color: var(--_text-secondary);
    max-width: 40%;
  }
  .chart-svg {
    flex: 1;
    min-width: 0;
    width: 100%;
    height: auto;
  }
  .chart-svg .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart-svg .line {
    fill: none;
    stroke: var(--_brand);
    stroke-width: 2;
  }
  .chart-svg .dot {
    fill: var(--_brand);
  }
  summary {
    display: list-item;
    min-height: 44px;
    padding: 10px 0;
    color: var(--_brand);
    text-decoration: underline;
    cursor: pointer;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 32em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 4px;
  }
  th,
  td {
    text-align: start;
    padding: 4px 8px 4px 0;
    border-bottom: 1px solid var(--_border);
  }
  .status:empty {
    display: block;
    height: 0;
  }
`;

/** What the history needs from the element. */
export interface HistoryHost {
  l10n: HistoryL10n;
  heading(depth: number, content: unknown, options?: { id?: string; focusable?: boolean }): TemplateResult;
  t(text: LocalText | undefined): string;
  entries: CheckinEntry[];
  status: string;
  onDelete(): void;
}

/**
 * Adds today's answer to the saved history. Reads it again first, so a second
 * element's or another tab's answers are not overwritten. Returns the new
 * entries, or undefined when storage refused.
 */
export function saveAnswer(checkinId: string, optionId: string, fallback: CheckinEntry[]): CheckinEntry[] | undefined {
  const current = readHistory(checkinId);
  const entries = [...(current.ok ? current.entries : fallback), { date: localDate(), option: optionId }].slice(
    -MAX_ENTRIES,
  );
  return writeHistory(checkinId, entries) ? entries : undefined;
}

export function renderHistory(host: HistoryHost, checkin: Checkin, size: number): TemplateResult {
  const { l10n, t } = host;
  const known = new Map(checkin.options.map((option) => [option.id, option]));
  // Answers whose option has left the check-in are kept in storage but not shown.
  const shown = host.entries.filter((entry) => known.has(entry.option)).slice(-size);

  /**
   * A dot chart: one column per check-in, oldest on the left; one row per
   * option, in the feed's order (the first option at the top). Decoration
   * aside, it names itself with role="img" and the table repeats it in text.
   */
  const chart = () => {
    const rows = checkin.options.map((option) => option.id);
    const width = 24 + 16 * (size - 1);
    const height = 24 + 20 * Math.max(rows.length - 1, 1);
    const points = shown.map((entry, index) => [12 + index * 16, 12 + rows.indexOf(entry.option) * 20] as const);
    const label = l10n.plural('historyChartLabel', shown.length, {
      from: formatDate(l10n, shown[0].date),
      to: formatDate(l10n, shown[shown.length - 1].date),
    });
    return html`<div class="chart">
      <div class="chart-axis" aria-hidden="true">
        <span>${t(checkin.options[0].label)}</span>
        <span>${t(checkin.options[rows.length - 1].label)}</span>
      </div>
      <svg class="chart-svg" viewBox="0 0 ${width} ${height}" role="img" aria-label=${label} focusable="false">
        ${rows.map((_, index) => svg`<line class="grid" x1="0" x2=${width} y1=${12 + index * 20} y2=${12 + index * 20}></line>`)}
        ${points.length > 1 ? svg`<polyline class="line" points=${points.map(([x, y]) => `${x},${y}`).join(' ')}></polyline>` : nothing}
        ${points.map(([x, y]) => svg`<circle class="dot" cx=${x} cy=${y} r="5"></circle>`)}
      </svg>
    </div>`;
  };

  return html`<section part="history" class="history" aria-labelledby="history-heading">
    ${host.heading(1, l10n.term('historyHeading'), { id: 'history-heading', focusable: true })}
    ${
      shown.length === 0
        ? html`<p class="history-empty">${l10n.term('historyEmpty')}</p>`
        : html`${chart()}
            <details class="history-table">
              <summary>${l10n.term('historyShowTable')}</summary>
              <table>
                <caption>
                  ${l10n.plural('historyTableCaption', shown.length)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${l10n.term('historyDate')}</th>
                    <th scope="col">${l10n.term('historyAnswer')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map(
                    (entry) =>
                      html`<tr>
                        <td>${formatDate(l10n, entry.date)}</td>
                        <td>${t(known.get(entry.option)!.label)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </details>`
    }
    ${
      host.entries.length > 0
        ? html`<button type="button" class="secondary delete" part="delete-button" @click=${() => host.onDelete()}>
            ${l10n.term('deleteHistory')}
          </button>`
        : nothing
    }
    <p class="status" role="status">${host.status}</p>
  </section>`;
}
