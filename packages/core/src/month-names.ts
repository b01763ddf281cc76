/**
 * Month names for the UI languages we ship, for engines whose `Intl` has no
 * date data for that language. Chromium (Chrome, Edge) ships a trimmed ICU
 * without Welsh dates: `new Intl.DateTimeFormat('cy-GB')` resolves to `en-US`
 * and prints "September 2016" on a Welsh page, though its plural rules know
 * Welsh. Found by the cross-engine tests in test/engines.test.ts.
 */
export const monthNames: Record<string, readonly string[]> = {
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

/** True when this engine's `Intl` can format dates in `locale`'s language. */
export function hasDateData(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}
