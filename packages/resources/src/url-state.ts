/** What `sync-url` keeps in the address bar. */
export interface UrlState {
  query: string;
  topics: string[];
  organisations: string[];
  types: string[];
  page: number;
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((each) => each.trim())
    .filter(Boolean);

/** Parameter names for a prefix: `spf-q`, `spf-topic`, `spf-organisation`, `spf-type`, `spf-page`. */
export function paramNames(prefix: string) {
  return {
    query: `${prefix}-q`,
    topics: `${prefix}-topic`,
    organisations: `${prefix}-organisation`,
    types: `${prefix}-type`,
    page: `${prefix}-page`,
  } as const;
}

/** Reads the state from a query string. Missing parameters give an empty search, no filters and page 1. */
export function readUrlState(search: string, prefix: string): UrlState {
  const params = new URLSearchParams(search);
  const names = paramNames(prefix);
  const page = Number.parseInt(params.get(names.page) ?? '', 10);
  return {
    query: params.get(names.query) ?? '',
    topics: list(params.get(names.topics)),
    organisations: list(params.get(names.organisations)),
    types: list(params.get(names.types)),
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** True when the query string holds any of this prefix's parameters. */
export function hasUrlState(search: string, prefix: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(paramNames(prefix)).some((name) => params.has(name));
}

/**
 * The page's URL with this state written in, keeping every other parameter
 * and the hash. Empty values are left out, so an unfiltered view has a clean URL.
 */
export function writeUrlState(href: string, prefix: string, state: UrlState): string {
  const url = new URL(href);
  const names = paramNames(prefix);
  for (const name of Object.values(names)) url.searchParams.delete(name);
  if (state.query.trim()) url.searchParams.set(names.query, state.query);
  if (state.topics.length) url.searchParams.set(names.topics, state.topics.join(','));
  if (state.organisations.length) url.searchParams.set(names.organisations, state.organisations.join(','));
  if (state.types.length) url.searchParams.set(names.types, state.types.join(','));
  if (state.page > 1) url.searchParams.set(names.page, String(state.page));
  return url.href;
}
