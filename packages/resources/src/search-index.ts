import { RESOURCE_TYPES, pickText, type Feed, type Resource } from '@spf-wellbeing/feed';

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
  /** Topics, organisation and type as numbers (positions in the feed's lists), so counting is quick. -1 for no organisation. */
  codes: { topics: number[]; organisation: number; type: number };
  /** Rank by title (0 first), in the reader's alphabet. Set by `rank(index, 'title')`. */
  titleRank: number;
  /** Rank by date, newest 0; resources without a date come last. Set by `rank(index, 'newest')`. */
  dateRank: number;
}

const cache = new WeakMap<Feed, Map<string, IndexedResource[]>>();

/** The ids behind the numbers in `IndexedResource.codes`. */
interface Dictionary {
  topics: string[];
  organisations: string[];
  types: string[];
}
const dictionaries = new WeakMap<readonly IndexedResource[], Dictionary>();
/** Every index, and every list filtered from one, shares its feed's dictionary. */
export function shareDictionary(from: readonly IndexedResource[], to: readonly IndexedResource[]): void {
  const dictionary = dictionaries.get(from);
  if (dictionary) dictionaries.set(to, dictionary);
}
const ranking = new WeakMap<IndexedResource[], { feed: Feed; lang: string; locale: string; done: Set<SortOrder> }>();

/**
 * Works out `titleRank` or `dateRank` for a whole index, the first time a
 * list is sorted that way: sorting 5,000 titles in the reader's alphabet is
 * slow, so it is done once, and only when asked for.
 */
export function rank(index: IndexedResource[], sort: SortOrder): void {
  const info = ranking.get(index);
  if (!info || sort === 'relevance' || info.done.has(sort)) return;
  info.done.add(sort);
  if (sort === 'title') {
    const collator = new Intl.Collator(info.locale, { sensitivity: 'base', numeric: true });
    const titles = index.map((each) => ({ each, title: pickText(each.resource.title, info.lang, info.feed.language) }));
    titles.sort((a, b) => collator.compare(a.title, b.title) || a.each.position - b.each.position);
    titles.forEach(({ each }, position) => (each.titleRank = position));
    return;
  }
  const dated = [...index].sort((a, b) => {
    const x = a.resource.published ?? '';
    const y = b.resource.published ?? '';
    if (x === y) return a.position - b.position;
    if (!x) return 1;
    if (!y) return -1;
    return x < y ? 1 : -1;
  });
  dated.forEach((each, position) => (each.dateRank = position));
}

/**
 * The search index of a feed in one language. Built once per feed and
 * language, then reused for every keystroke.
 */
export function searchIndex(feed: Feed, lang: string, locale: string): IndexedResource[] {
  let byLang = cache.get(feed);
  if (!byLang) cache.set(feed, (byLang = new Map<string, IndexedResource[]>()));
  const key = `${lang}|${locale}`;
  const existing = byLang.get(key);
  if (existing) return existing;

  const pick = (text: Parameters<typeof pickText>[0]) => pickText(text, lang, feed.language);
  const organisations = new Map(feed.organisations.map((each) => [each.id, pick(each.name)]));
  const topics = new Map(feed.topics.map((each) => [each.id, pick(each.name)]));

  const dictionary: Dictionary = {
    topics: feed.topics.map((topic) => topic.id),
    organisations: feed.organisations.map((organisation) => organisation.id),
    types: [...RESOURCE_TYPES, 'other'],
  };
  const codeOf = (list: string[]) => new Map(list.map((id, code) => [id, code]));
  const topicCodes = codeOf(dictionary.topics);
  const organisationCodes = codeOf(dictionary.organisations);
  const typeCodes = codeOf(dictionary.types);

  const index: IndexedResource[] = feed.resources.map((resource, position) => {
    const title = pick(resource.title);
    const parts = [title, pick(resource.summary), organisations.get(resource.organisation ?? '') ?? ''];
    for (const topic of resource.topics) parts.push(topics.get(topic) ?? '');
    const codes = {
      topics: resource.topics.map((topic) => topicCodes.get(topic) ?? -1).filter((code) => code >= 0),
      organisation: organisationCodes.get(resource.organisation ?? '') ?? -1,
      type: typeCodes.get(resource.type) ?? typeCodes.get('other')!,
    };
    return { resource, position, title: fold(title), text: fold(parts.join(' ')), codes, titleRank: 0, dateRank: 0 };
  });
  dictionaries.set(index, dictionary);

  ranking.set(index, { feed, lang, locale, done: new Set() });
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

/** One flag per code: is this option chosen? Undefined when nothing in the group is chosen. */
function mask(ids: ReadonlySet<string>, list: string[]): Uint8Array | undefined {
  if (!ids.size) return undefined;
  const flags = new Uint8Array(list.length);
  list.forEach((id, code) => ids.has(id) && (flags[code] = 1));
  return flags;
}

function countsById(counts: Int32Array, list: string[]): Map<string, number> {
  const byId = new Map<string, number>();
  counts.forEach((count, code) => count && byId.set(list[code], count));
  return byId;
}

/**
 * Finds what matches a search and filters, in one pass over the index.
 * Every search word must appear in the resource's text.
 */
export function search(index: readonly IndexedResource[], selection: Selection, sort: SortOrder): SearchOutcome {
  const { words } = selection;
  const dictionary = dictionaries.get(index) ?? { topics: [], organisations: [], types: [] };
  const results: IndexedResource[] = [];
  const topicCounts = new Int32Array(dictionary.topics.length);
  const organisationCounts = new Int32Array(dictionary.organisations.length);
  const typeCounts = new Int32Array(dictionary.types.length);
  const topics = mask(selection.topics, dictionary.topics);
  const organisations = mask(selection.organisations, dictionary.organisations);
  const types = mask(selection.types, dictionary.types);

  for (const item of matching(index, words)) {
    const { codes } = item;
    let topicOk = !topics;
    if (topics)
      for (const code of codes.topics)
        if (topics[code]) {
          topicOk = true;
          break;
        }
    const organisationOk = !organisations || (codes.organisation >= 0 && organisations[codes.organisation] === 1);
    const typeOk = !types || types[codes.type] === 1;
    if (organisationOk && typeOk) for (const code of codes.topics) topicCounts[code]++;
    if (topicOk && typeOk && codes.organisation >= 0) organisationCounts[codes.organisation]++;
    if (topicOk && organisationOk) typeCounts[codes.type]++;
    if (topicOk && organisationOk && typeOk) results.push(item);
  }

  const outcome = {
    results,
    topicCounts: countsById(topicCounts, dictionary.topics),
    organisationCounts: countsById(organisationCounts, dictionary.organisations),
    typeCounts: countsById(typeCounts, dictionary.types),
  };
  if (sort === 'title') results.sort((a, b) => a.titleRank - b.titleRank);
  else if (sort === 'newest') results.sort((a, b) => a.dateRank - b.dateRank);
  else if (words.length) outcome.results = byRelevance(results, words);
  return outcome;
}

/**
 * Best matches first: two points for each word in the title, one more when
 * the title starts with the first word; feed order among equals. Scores are
 * small whole numbers, so a bucket per score sorts in one pass.
 */
function byRelevance(results: IndexedResource[], words: string[]): IndexedResource[] {
  const buckets: IndexedResource[][] = [];
  for (const item of results) {
    let score = 0;
    for (const word of words) if (item.title.includes(word)) score += 2;
    if (item.title.startsWith(words[0])) score += 1;
    (buckets[score] ??= []).push(item);
  }
  const sorted: IndexedResource[] = [];
  for (let score = buckets.length - 1; score >= 0; score--)
    if (buckets[score]) for (const item of buckets[score]) sorted.push(item);
  return sorted;
}

/** Recent searches and what they matched, per list of resources. */
const recent = new WeakMap<readonly IndexedResource[], Map<string, IndexedResource[]>>();
const RECENT = 32;

/**
 * The resources whose text holds every word. A search seen lately (as when
 * the reader deletes a letter) is answered from memory; a search that only
 * narrows one seen lately (as when the reader types one more letter) looks
 * only at what that one matched.
 */
function matching(index: readonly IndexedResource[], words: string[]): readonly IndexedResource[] {
  if (!words.length) return index;
  let memory = recent.get(index);
  if (!memory) recent.set(index, (memory = new Map<string, IndexedResource[]>()));
  const key = words.join(' ');
  const known = memory.get(key);
  if (known) {
    memory.delete(key);
    memory.set(key, known);
    return known;
  }
  let from: readonly IndexedResource[] = index;
  for (const [earlier, matched] of memory) {
    const narrows = earlier.split(' ').every((old) => words.some((word) => word.includes(old)));
    if (narrows && matched.length < from.length) from = matched;
  }
  const found: IndexedResource[] = [];
  outer: for (const item of from) {
    for (const word of words) if (!item.text.includes(word)) continue outer;
    found.push(item);
  }
  memory.set(key, found);
  if (memory.size > RECENT) memory.delete(memory.keys().next().value!);
  return found;
}
