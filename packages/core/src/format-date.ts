import { intl } from './internal/intl.js';

/**
 * Month names for the UI languages we ship, for engines whose `Intl` has no
 * date data for that language. Chromium (Chrome, Edge) ships a trimmed ICU
 * without Welsh dates: `new Intl.DateTimeFormat('cy-GB')` resolves to `en-US`
 * and prints "September 2016" on a Welsh page, though its plural rules know
 * Welsh. Found by the cross-engine tests in test/engines.test.ts.
 */
const monthNames: Record<string, readonly string[]> = {
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

/** True when this engine's `Intl` can format dates in `locale`'s language. */
function hasDateData(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/**
 * A feed date (`2016-09`, `2018-08-06`) as "September 2016" or "6 August 2018"
 * in the element's language. A function of its own rather than a method of
 * `LocalizeController`, so elements that show no dates (the player) leave it
 * out of their bundle.
 */
export function formatDate(
  l10n: { readonly uiLang: string; readonly locale: string; number(value: number): string },
  iso: string,
): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const months = monthNames[l10n.uiLang];
  if (months && month && month <= 12 && !hasDateData(l10n.locale)) {
    // This engine has no date data for the language (Chromium and Welsh):
    // write the date the way CLDR does, "6 Awst 2018" or "Medi 2016".
    return `${day ? `${l10n.number(day)} ` : ''}${months[month - 1]} ${year}`;
  }
  const date = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return intl(Intl.DateTimeFormat, l10n.locale, options).format(date);
}
