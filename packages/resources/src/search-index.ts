/**
 * Searching the feed's resources: text folded for matching, filters counted
 * in one pass, and the orders a list can be sorted in.
 */
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
  /** Rank by title (0 first), in the reader's alphabet. Worked out the first time a search sorts by title. */
  titleRank: number;
  /** Rank by date, newest 0; resources without a date come last. Worked out the first time a search sorts by date. */
  dateRank: number;
}

export type SortOrder = 'relevance' | 'newest' | 'title';

/** What the reader chose: options in one group combine with OR, groups with AND. */
export interface SearchFilters {
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

/** What every index made from one feed in one language shares: the ids behind the codes, and the ranks. */
interface Shared {
  feed: Feed;
  lang: string;
  locale: string;
  /** Every resource of the feed, in feed order. */
  all: IndexedResource[];
  /** The ids behind the numbers in `IndexedResource.codes`. */
  topics: string[];
  organisations: string[];
  types: string[];
  /** The orders whose ranks are worked out. */
  ranked: Set<SortOrder>;
}

/** Recent searches remembered per index. */
const RECENT = 32;

/**
 * The search index of a feed in one language: build it once per feed and
 * language with `SearchIndex.build`, narrow it to what the page's fixed
 * filters allow with `narrow`, then `search` on every keystroke. Sorting and
 * counting need nothing to be called first.
 */
export class SearchIndex {
  /** The resources this index searches, in feed order. */
  readonly items: readonly IndexedResource[];
  private readonly shared: Shared;
  /** Recent searches and what they matched. */
  private readonly recent = new Map<string, IndexedResource[]>();
  private last?: { key: string; outcome: SearchOutcome };

  private constructor(shared: Shared, items: readonly IndexedResource[]) {
    this.shared = shared;
    this.items = items;
  }

  /** Folds every resource's text in `lang` (the reader's language), for matching. */
  static build(feed: Feed, lang: string, locale: string): SearchIndex {
    const pick = (text: Parameters<typeof pickText>[0]) => pickText(text, lang, feed.language);
    const organisationNames = new Map(feed.organisations.map((each) => [each.id, pick(each.name)]));
    const topicNames = new Map(feed.topics.map((each) => [each.id, pick(each.name)]));
    const topics = feed.topics.map((topic) => topic.id);
    const organisations = feed.organisations.map((organisation) => organisation.id);
    const types: string[] = [...RESOURCE_TYPES, 'other'];
    const codeOf = (list: string[]) => new Map(list.map((id, code) => [id, code]));
    const topicCodes = codeOf(topics);
    const organisationCodes = codeOf(organisations);
    const typeCodes = codeOf(types);
    const other = types.length - 1;

    const all: IndexedResource[] = feed.resources.map((resource, position) => {
      const title = pick(resource.title);
      const parts = [title, pick(resource.summary), organisationNames.get(resource.organisation ?? '') ?? ''];
      for (const topic of resource.topics) parts.push(topicNames.get(topic) ?? '');
      const codes = {
        topics: resource.topics.map((topic) => topicCodes.get(topic) ?? -1).filter((code) => code >= 0),
        organisation: organisationCodes.get(resource.organisation ?? '') ?? -1,
        type: typeCodes.get(resource.type) ?? other,
      };
      return { resource, position, title: fold(title), text: fold(parts.join(' ')), codes, titleRank: 0, dateRank: 0 };
    });
    return new SearchIndex({ feed, lang, locale, all, topics, organisations, types, ranked: new Set() }, all);
  }

  /** Whether this index was built from `feed` in `lang` and `locale`. */
  isFor(feed: Feed, lang: string, locale: string): boolean {
    const shared = this.shared;
    return shared.feed === feed && shared.lang === lang && shared.locale === locale;
  }

  /** The same index, holding only the resources `keep` accepts. It shares this one's folded text and ranks. */
  narrow(keep: (resource: Resource) => boolean): SearchIndex {
    return new SearchIndex(
      this.shared,
      this.items.filter((item) => keep(item.resource)),
    );
  }

  /**
   * Finds what matches a search and filters, in one pass, sorted. Every word
   * of the query must appear in a resource's text. Asking again for the same
   * search gives the same outcome without working it out again.
   */
  search(query: string, filters: SearchFilters, sort: SortOrder = 'relevance'): SearchOutcome {
    const words = queryWords(query);
    const key = [
      words.join(' '),
      [...filters.topics].join(','),
      [...filters.organisations].join(','),
      [...filters.types].join(','),
      sort,
    ].join('\n');
    if (this.last?.key === key) return this.last.outcome;
    this.rank(sort);
    const outcome = this.find(words, filters, sort);
    this.last = { key, outcome };
    return outcome;
  }

  private find(words: string[], filters: SearchFilters, sort: SortOrder): SearchOutcome {
    const shared = this.shared;
    const results: IndexedResource[] = [];
    const topicCounts = new Int32Array(shared.topics.length);
    const organisationCounts = new Int32Array(shared.organisations.length);
    const typeCounts = new Int32Array(shared.types.length);
    const topics = mask(filters.topics, shared.topics);
    const organisations = mask(filters.organisations, shared.organisations);
    const types = mask(filters.types, shared.types);

    for (const item of this.matching(words)) {
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
      topicCounts: countsById(topicCounts, shared.topics),
      organisationCounts: countsById(organisationCounts, shared.organisations),
      typeCounts: countsById(typeCounts, shared.types),
    };
    if (sort === 'title') results.sort((a, b) => a.titleRank - b.titleRank);
    else if (sort === 'newest') results.sort((a, b) => a.dateRank - b.dateRank);
    else if (words.length) outcome.results = byRelevance(results, words);
    return outcome;
  }

  /**
   * Works out `titleRank` or `dateRank` for the whole feed, the first time a
   * search sorts that way: sorting 5,000 titles in the reader's alphabet is
   * slow, so it is done once, and only when asked for.
   */
  private rank(sort: SortOrder): void {
    const { all, ranked, feed, lang, locale } = this.shared;
    if (sort === 'relevance' || ranked.has(sort)) return;
    ranked.add(sort);
    if (sort === 'title') {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const titles = all.map((each) => ({ each, title: pickText(each.resource.title, lang, feed.language) }));
      titles.sort((a, b) => collator.compare(a.title, b.title) || a.each.position - b.each.position);
      titles.forEach(({ each }, position) => (each.titleRank = position));
      return;
    }
    const dated = [...all].sort((a, b) => {
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
   * The resources whose text holds every word. A search seen lately (as when
   * the reader deletes a letter) is answered from memory; a search that only
   * narrows one seen lately (as when the reader types one more letter) looks
   * only at what that one matched.
   */
  private matching(words: string[]): readonly IndexedResource[] {
    if (!words.length) return this.items;
    const memory = this.recent;
    const key = words.join(' ');
    const known = memory.get(key);
    if (known) {
      memory.delete(key);
      memory.set(key, known);
      return known;
    }
    let from: readonly IndexedResource[] = this.items;
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
    const oldest = memory.keys().next();
    if (memory.size > RECENT && !oldest.done) memory.delete(oldest.value);
    return found;
  }
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
