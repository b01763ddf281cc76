/**
 * Month names in the UI languages we ship. Dates are written from them, not
 * with `Intl.DateTimeFormat`: a page's first `Intl` formatter costs a phone
 * tens of milliseconds, and Chromium (Chrome, Edge) ships a trimmed ICU
 * without Welsh dates (`new Intl.DateTimeFormat('cy-GB')` resolves to `en-US`
 * and prints "September 2016" on a Welsh page; found by test/engines.test.ts).
 */
const monthNames: Record<string, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  cy: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
};

/**
 * A feed date (`2016-09`, `2018-08-06`) as "September 2016" or "6 August 2018"
 * in the element's language, as CLDR writes it for `en-GB` and `cy-GB` ("Medi
 * 2016", "6 Awst 2018"). A function of its own rather than a method of
 * `LocalizeController`, so elements that show no dates (the player) leave it
 * out of their bundle.
 */
export function formatDate(l10n: { readonly uiLang: string; number(value: number): string }, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const months = monthNames[l10n.uiLang] ?? monthNames.en;
  const name = month && months[month - 1];
  if (!name) return `${year}`;
  return `${day ? `${l10n.number(day)} ` : ''}${name} ${year}`;
}
