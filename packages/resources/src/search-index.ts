import { pickText, type Feed, type Resource } from '@spf-wellbeing/feed';

/**
 * Folds text for matching: splits accents off and drops them, lowercases,
 * and removes punctuation and symbols, so "Well-being", "wellbeing" and
 * "WELLBEING" are the same, and "Llesiant" matches "llesiant".
 * Runs of white space become one space.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search, folded. Every one must match. */
export function queryWords(query: string): string[] {
  const folded = fold(query);
  return folded ? folded.split(' ') : [];
}

/** One resource, ready to match: folded text in one language, worked out once per feed. */
export interface IndexedResource {
  resource: Resource;
  /** Position in the feed: the order when nothing else decides. */
  position: number;
  /** Folded title. */
  title: string;
  /** Folded title, summary, organisation name and topic names. */
  text: string;
  /** Rank by title (0 first), in the reader's alphabet. */
  titleRank: number;
  /** Rank by date, newest 0; resources without a date come last. */
  dateRank: number;
}

const cache = new WeakMap<Feed, Map<string, IndexedResource[]>>();

/**
 * The search index of a feed in one language. Built once per feed and
 * language, then reused for every keystroke.
 */
export function searchIndex(feed: Feed, lang: string, locale: string): IndexedResource[] {
  let byLang = cache.get(feed);
  if (!byLang) cache.set(feed, (byLang = new Map()));
  const key = `${lang}|${locale}`;
  const existing = byLang.get(key);
  if (existing) return existing;

  const pick = (text: Parameters<typeof pickText>[0]) => pickText(text, lang, feed.language);
  const organisations = new Map(feed.organisations.map((each) => [each.id, pick(each.name)]));
  const topics = new Map(feed.topics.map((each) => [each.id, pick(each.name)]));

  const index: IndexedResource[] = feed.resources.map((resource, position) => {
    const title = pick(resource.title);
    const parts = [title, pick(resource.summary), organisations.get(resource.organisation ?? '') ?? ''];
    for (const topic of resource.topics) parts.push(topics.get(topic) ?? '');
    return { resource, position, title: fold(title), text: fold(parts.join(' ')), titleRank: 0, dateRank: 0 };
  });

  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const titles = index.map((each) => ({ each, title: pick(each.resource.title) }));
  titles.sort((a, b) => collator.compare(a.title, b.title) || a.each.position - b.each.position);
  titles.forEach(({ each }, rank) => (each.titleRank = rank));

  const dated = [...index].sort((a, b) => {
    const x = a.resource.published ?? '';
    const y = b.resource.published ?? '';
    if (x === y) return a.position - b.position;
    if (!x) return 1;
    if (!y) return -1;
    return x < y ? 1 : -1;
  });
  dated.forEach((each, rank) => (each.dateRank = rank));

  byLang.set(key, index);
  return index;
}

export type SortOrder = 'relevance' | 'newest' | 'title';

export interface Selection {
  words: string[];
  topics: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

export interface SearchOutcome {
  /** Matching resources, sorted. */
  results: IndexedResource[];
  /**
   * For each filter option, how many results choosing it would give with the
   * search and the other groups' choices: options in one group combine with OR,
   * so each group's counts ignore that group's own choices.
   */
  topicCounts: Map<string, number>;
  organisationCounts: Map<string, number>;
  typeCounts: Map<string, number>;
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Finds what matches a search and filters, in one pass over the index.
 * Every search word must appear in the resource's text.
 */
export function search(index: readonly IndexedResource[], selection: Selection, sort: SortOrder): SearchOutcome {
  const { words, topics, organisations, types } = selection;
  const results: IndexedResource[] = [];
  const topicCounts = new Map<string, number>();
  const organisationCounts = new Map<string, number>();
  const typeCounts = new Map<string, number>();
  const anyTopic = topics.size === 0;
  const anyOrganisation = organisations.size === 0;
  const anyType = types.size === 0;

  outer: for (const item of index) {
    for (const word of words) if (!item.text.includes(word)) continue outer;
    const { resource } = item;
    let topicOk = anyTopic;
    if (!topicOk) for (const topic of resource.topics) if (topics.has(topic)) { topicOk = true; break; }
    const organisationOk = anyOrganisation || organisations.has(resource.organisation ?? '');
    const typeOk = anyType || types.has(resource.type);
    if (organisationOk && typeOk) for (const topic of resource.topics) bump(topicCounts, topic);
    if (topicOk && typeOk && resource.organisation) bump(organisationCounts, resource.organisation);
    if (topicOk && organisationOk) bump(typeCounts, resource.type);
    if (topicOk && organisationOk && typeOk) results.push(item);
  }

  if (sort === 'title') results.sort((a, b) => a.titleRank - b.titleRank);
  else if (sort === 'newest') results.sort((a, b) => a.dateRank - b.dateRank);
  else if (words.length) {
    const scores = new Map<IndexedResource, number>();
    for (const item of results) {
      let score = 0;
      for (const word of words) if (item.title.includes(word)) score += 2;
      if (item.title.startsWith(words[0])) score += 1;
      scores.set(item, score);
    }
    results.sort((a, b) => scores.get(b)! - scores.get(a)! || a.position - b.position);
  }
  return { results, topicCounts, organisationCounts, typeCounts };
}
