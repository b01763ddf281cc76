/**
 * `Intl` formatters, made once per kind, locale and options and then reused:
 * making one is far slower than using it, and a list of a hundred items
 * formats a hundred numbers.
 */
const formatters = new Map<string, object>();

type Formatter<Options, T> = new (locale: string, options?: Options) => T;

export function intl<Options, T extends object>(kind: Formatter<Options, T>, locale: string, options?: Options): T {
  const key = `${kind.name} ${locale} ${JSON.stringify(options ?? {})}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = new kind(locale, options)));
  return formatter;
}
