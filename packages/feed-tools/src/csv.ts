/// <reference types="node" />
/**
 * The resources sheet: `to-csv` writes one row per resource, `from-csv`
 * turns rows back into the feed's resources. Names become ids (organisations
 * and topics are found by name), and with a base feed every value an editor
 * did not change keeps its exact JSON, so a round trip loses nothing.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parseFeed, type FeedProblem } from '@spf-wellbeing/feed';
import { slugify, uniqueId } from './ids.js';
import { decodeUtf8 } from './input.js';
import type { JsonSource } from './json-source.js';
import { pathSegments } from './json-source.js';
import { fileError, toolProblem, type Severity, type ToolProblem } from './problems.js';
import { feedToolProblem, PLACEHOLDER_FEED_URL } from './validate.js';
import { feedProblemText, text as message, type Text } from './i18n.js';

type Json = Record<string, unknown>;

/** The sheet's columns, in the order `to-csv` writes them. */
export const CSV_COLUMNS = [
  'title',
  'url',
  'type',
  'organisation',
  'topics',
  'summary',
  'published',
  'episode',
  'id',
  'title_cy',
  'summary_cy',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED = ['title', 'url', 'type', 'organisation'] as const satisfies readonly CsvColumn[];
const SCHEMA_URL = 'https://unpkg.com/@spf-wellbeing/feed/schema/feed.schema.json';

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);
const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

// ---- feed → sheet ---------------------------------------------------------

/** Text fields as two cells: the main text (English, or a plain string) and the Welsh. */
function textCells(value: unknown): [string, string] {
  if (typeof value === 'string') return [value, ''];
  if (!isRecord(value)) return ['', ''];
  const cy = str(own(value, 'cy'));
  const key = mainKey(value);
  return [key ? str(value[key]) : '', cy];
}

/** The key of the main (non-Welsh) text in a map: `en`, then `en-GB` and the like, then any but `cy`. */
function mainKey(value: Json): string | undefined {
  const keys = Object.keys(value).filter((key) => key !== 'cy');
  return keys.find((key) => key.toLowerCase() === 'en') ?? keys.find((key) => /^en-/i.test(key)) ?? keys[0];
}

/** All names a thing goes by, in any language, lower case. */
function names(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim().toLowerCase()];
  if (!isRecord(value)) return [];
  return Object.values(value)
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim().toLowerCase());
}

/** Organisations or topics, found by id or by any of their names. */
class Directory {
  readonly byId = new Map<string, Json>();
  readonly byName = new Map<string, string>();
  readonly ids = new Set<string>();

  constructor(items: Json[]) {
    for (const item of items) this.add(item);
  }

  add(item: Json): void {
    const id = str(own(item, 'id'));
    if (!id) return;
    this.ids.add(id);
    if (!this.byId.has(id)) this.byId.set(id, item);
    for (const name of names(own(item, 'name'))) if (name && !this.byName.has(name)) this.byName.set(name, id);
  }

  nameOf(id: unknown): string {
    const item = typeof id === 'string' ? this.byId.get(id) : undefined;
    return item ? textCells(own(item, 'name'))[0] || str(id) : str(id);
  }

  find(name: string): string | undefined {
    const key = name.trim().toLowerCase();
    return this.byName.get(key) ?? (this.byId.has(name.trim()) ? name.trim() : undefined);
  }

  /** Adds a new item named `name`, with an id made from it, and returns the id. */
  create(name: string, fallback: string): string {
    const id = uniqueId(slugify(name, fallback), new Set(this.ids));
    this.add({ id, name });
    return id;
  }
}

const listOf = (feed: Json, key: string): Json[] => {
  const value = own(feed, key);
  return Array.isArray(value) ? value.filter(isRecord) : [];
};

/** Cells that a spreadsheet would read as a formula start with ' so Excel and Sheets show them as text. */
const FORMULA_START = /^[=+\-@\t\r]/;
const protect = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);
const unprotect = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

/** The cells `to-csv` writes for one resource. */
function rowCells(resource: Json, organisations: Directory, topics: Directory): Record<CsvColumn, string> {
  const [title, titleCy] = textCells(own(resource, 'title'));
  const [summary, summaryCy] = textCells(own(resource, 'summary'));
  const topicIds = own(resource, 'topics');
  const organisation = own(resource, 'organisation');
  return {
    title,
    url: str(own(resource, 'url')),
    type: str(own(resource, 'type')),
    organisation: organisation === undefined ? '' : organisations.nameOf(organisation),
    topics: Array.isArray(topicIds) ? topicIds.map((id) => topics.nameOf(id)).join('; ') : '',
    summary,
    published: str(own(resource, 'published')),
    episode: str(own(resource, 'episode')),
    id: str(own(resource, 'id')),
    title_cy: titleCy,
    summary_cy: summaryCy,
  };
}

/**
 * The feed's resources as CSV: UTF-8 with a byte-order mark and CRLF line
 * endings, which Excel opens with Welsh letters intact.
 */
export function feedToCsv(feed: unknown): string {
  const json = isRecord(feed) ? feed : {};
  const organisations = new Directory(listOf(json, 'organisations'));
  const topics = new Directory(listOf(json, 'topics'));
  const rows = listOf(json, 'resources').map((resource) => {
    const cells = rowCells(resource, organisations, topics);
    return CSV_COLUMNS.map((column) => protect(cells[column]));
  });
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}

// ---- sheet → feed ---------------------------------------------------------

export interface CsvImport {
  /** The feed to write. */
  feed: Json;
  problems: ToolProblem[];
  /** How many resources the sheet held. */
  resources: number;
}

export interface BaseFeed {
  source: JsonSource;
  value: Json;
}

const isInfoRecord = (value: unknown): value is { record: string[]; info: { bytes: number } } =>
  isRecord(value) && Array.isArray(value.record) && isRecord(value.info) && typeof value.info.bytes === 'number';

const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Excel in a UK locale rewrites 2026-03-14 as 14/03/2026: read it back, day first. */
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

interface Row {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  /** Line in the file where the row starts. */
  line: number;
  cells: Partial<Record<CsvColumn, string>>;
}

/**
 * Reads a resources sheet into a feed. Throws a CommandError only for a file
 * it cannot read at all (not UTF-8, broken quoting, no header row); every
 * other problem is reported at its row and column.
 */
export function csvToFeed(bytes: Uint8Array, file: string, base?: BaseFeed): CsvImport {
  const problems: ToolProblem[] = [];
  const decoded = decodeUtf8(bytes);
  if ('failure' in decoded) {
    const { line, column, utf16 } = decoded.failure;
    throw fileError(file, message(utf16 ? 'csv-utf16' : 'csv-not-utf8'), { line, column });
  }
  const text = decoded.text;
  if (/^\s*[{[]/.test(text)) {
    throw fileError(file, message('csv-is-json'), { line: 1, column: 1 });
  }
  const utf8 = Buffer.from(text, 'utf8');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    // With `info`, each record comes as { record, info }; the types do not say so.
    const raw: unknown[] = parse(utf8, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      info: true,
      skip_empty_lines: false,
    });
    records = raw.filter(isInfoRecord);
  } catch (error) {
    const line = Number((error as { lines?: number }).lines) || 1;
    throw fileError(file, message('csv-unreadable', { error: (error as Error).message }), { line });
  }
  // Line numbers from the byte offsets csv-parse reports at the end of each record.
  const newlines: number[] = [];
  for (let index = utf8.indexOf(10); index !== -1; index = utf8.indexOf(10, index + 1)) newlines.push(index);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newlines[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };

  const headerIndex = records.findIndex(({ record }) => record.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) {
    throw fileError(file, message('csv-empty'), { row: 1, line: 1 });
  }
  const headerCells = records[headerIndex].record;
  const headerRow = headerIndex + 1;
  const headerLine = lineAt(headerIndex === 0 ? 0 : records[headerIndex - 1].info.bytes);
  const columnIndex = new Map<CsvColumn, number>();
  headerCells.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    const column = (CSV_COLUMNS as readonly string[]).includes(name) ? (name as CsvColumn) : undefined;
    if (column && !columnIndex.has(column)) columnIndex.set(column, index);
    else if (name) {
      problems.push(
        toolProblem('note', file, message(column ? 'csv-column-twice' : 'csv-column-unknown'), {
          row: headerRow,
          line: headerLine,
          columnName: cell.trim(),
          columnLetter: columnLetter(index),
        }),
      );
    }
  });
  const missing = REQUIRED.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) {
    const columns = message('csv-missing-columns', {
      row: headerRow,
      missing: missing.join(', '),
      columns: CSV_COLUMNS.join(', '),
    });
    throw fileError(file, columns, { row: headerRow, line: headerLine });
  }
  const at = (row: Row, column: CsvColumn, message: Text, severity: Severity = 'error'): ToolProblem => {
    const index = columnIndex.get(column);
    return toolProblem(severity, file, message, {
      row: row.row,
      line: row.line,
      columnName: column,
      ...(index === undefined ? {} : { columnLetter: columnLetter(index) }),
    });
  };

  const rows: Row[] = [];
  for (let index = headerIndex + 1; index < records.length; index++) {
    const { record } = records[index];
    if (record.every((cell) => cell.trim() === '')) continue; // a blank row, often at the end
    const cells: Partial<Record<CsvColumn, string>> = {};
    for (const [column, position] of columnIndex)
      cells[column] = unprotect((record[position] ?? '').replace(/\r\n?/g, '\n').trim());
    rows.push({ row: index + 1, line: lineAt(records[index - 1].info.bytes), cells });
  }

  // ---- build the feed ----
  const baseValue = base?.value;
  const feed: Json = baseValue ? { ...baseValue } : { $schema: SCHEMA_URL, version: 1 };
  const baseOrganisations = baseValue ? listOf(baseValue, 'organisations') : [];
  const baseTopics = baseValue ? listOf(baseValue, 'topics') : [];
  const organisations = new Directory(baseOrganisations);
  const topics = new Directory(baseTopics);
  const newOrganisations: { item: Json; row: Row }[] = [];
  const newTopics: { item: Json; row: Row }[] = [];
  const baseResources = new Map<string, Json>();
  for (const resource of baseValue ? listOf(baseValue, 'resources') : []) {
    const id = str(own(resource, 'id'));
    if (id && !baseResources.has(id)) baseResources.set(id, resource);
  }
  const takenIds = new Set(rows.map((row) => row.cells.id ?? '').filter(Boolean));
  const resources: Json[] = [];
  const resourceRows: Row[] = [];

  for (const row of rows) {
    const { cells } = row;
    for (const column of REQUIRED) if (!cells[column]) problems.push(at(row, column, message(`csv-no-${column}`)));
    if (!cells.title && !cells.title_cy) continue;

    let id = cells.id ?? '';
    if (!id) {
      id = uniqueId(slugify(cells.title || cells.title_cy || '', 'resource'), takenIds);
      problems.push(at(row, 'id', message('csv-id-made', { id }), 'note'));
    }
    const previous = baseResources.get(id);
    const before = previous ? rowCells(previous, organisations, topics) : undefined;
    /** True when these cells are what `to-csv` wrote for the base resource: its JSON is kept exactly. */
    const same = (...columns: CsvColumn[]) =>
      before !== undefined && columns.every((column) => before[column].trim() === (cells[column] ?? ''));
    const has = (column: CsvColumn) => columnIndex.has(column);
    const resource: Json = previous ? { ...previous } : {};
    const set = (key: string, value: unknown) => {
      if (value === undefined || value === '') delete resource[key];
      else resource[key] = value;
    };

    set('id', id);
    if (!same('title', 'title_cy'))
      set('title', textValue(cells.title ?? '', has('title_cy') ? (cells.title_cy ?? '') : undefined, previous?.title));
    if (!same('url')) set('url', cells.url);
    if (!same('type')) set('type', cells.type ? cells.type.toLowerCase().replace(/\s+/g, '-') : undefined);
    if ((has('summary') || has('summary_cy')) && !same('summary', 'summary_cy'))
      set(
        'summary',
        textValue(
          has('summary') ? (cells.summary ?? '') : undefined,
          has('summary_cy') ? (cells.summary_cy ?? '') : undefined,
          previous?.summary,
        ),
      );
    if (!same('organisation')) {
      const name = cells.organisation ?? '';
      let organisation = name ? organisations.find(name) : undefined;
      if (name && !organisation) {
        organisation = organisations.create(name, 'organisation');
        newOrganisations.push({ item: { id: organisation, name }, row });
        problems.push(at(row, 'organisation', message('csv-new-organisation', { name, id: organisation }), 'note'));
      }
      set('organisation', organisation);
    }
    if (has('topics') && !same('topics')) {
      const ids: string[] = [];
      for (const name of (cells.topics ?? '')
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)) {
        let topic = topics.find(name);
        if (!topic) {
          topic = topics.create(name, 'topic');
          newTopics.push({ item: { id: topic, name }, row });
          problems.push(at(row, 'topics', message('csv-new-topic', { name, id: topic }), 'note'));
        }
        if (!ids.includes(topic)) ids.push(topic);
      }
      set('topics', ids.length ? ids : undefined);
    }
    if (has('published') && !same('published')) {
      let published = cells.published ?? '';
      const uk = UK_DATE.exec(published);
      if (uk) {
        published = `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}`;
        problems.push(
          at(row, 'published', message('csv-uk-date', { text: cells.published ?? '', date: published }), 'note'),
        );
      }
      set('published', published);
    }
    if (has('episode') && !same('episode')) set('episode', cells.episode);
    resources.push(previous ? resource : ordered(resource));
    resourceRows.push(row);
  }

  const organisationList = [...baseOrganisations, ...newOrganisations.map(({ item }) => item)];
  const topicList = [...baseTopics, ...newTopics.map(({ item }) => item)];
  if (organisationList.length > 0 || own(feed, 'organisations') !== undefined) feed.organisations = organisationList;
  if (topicList.length > 0 || own(feed, 'topics') !== undefined) feed.topics = topicList;
  feed.resources = resources;

  // ---- one validator: parseFeed, its problems mapped back to rows and columns ----
  const context: MapContext = {
    file,
    base,
    at,
    resourceRows,
    created: {
      organisations: { offset: baseOrganisations.length, rows: newOrganisations.map(({ row }) => row) },
      topics: { offset: baseTopics.length, rows: newTopics.map(({ row }) => row) },
    },
  };
  for (const problem of parseFeed(feed, PLACEHOLDER_FEED_URL).problems) problems.push(mapProblem(problem, context));
  return { feed, problems, resources: resources.length };
}

const FIELD_COLUMN: Readonly<Record<string, CsvColumn>> = {
  id: 'id',
  title: 'title',
  url: 'url',
  type: 'type',
  summary: 'summary',
  organisation: 'organisation',
  topics: 'topics',
  published: 'published',
  episode: 'episode',
};

interface MapContext {
  file: string;
  base?: BaseFeed;
  at: (row: Row, column: CsvColumn, message: Text) => ToolProblem;
  resourceRows: Row[];
  /** Organisations and topics the sheet added: where they start in the feed's list, and the row that named each. */
  created: Record<'organisations' | 'topics', { offset: number; rows: Row[] }>;
}

/** A parseFeed problem at the row and column it came from, or at its place in the base feed. */
function mapProblem(problem: FeedProblem, context: MapContext): ToolProblem {
  const [collection, index, field, language] = pathSegments(problem.path);
  if (collection === 'resources' && typeof index === 'number' && context.resourceRows[index]) {
    const row = context.resourceRows[index];
    let column = typeof field === 'string' ? FIELD_COLUMN[field] : undefined;
    if (field === 'title' && language === 'cy') column = 'title_cy';
    if (field === 'summary' && language === 'cy') column = 'summary_cy';
    if (column) return withFeedMessage(context.at(row, column, feedProblemText(problem)), problem);
    if (field === undefined && problem.leftOut)
      return toolProblem('error', context.file, message('csv-row-left-out'), { row: row.row, line: row.line });
    return feedToolProblem(problem, context.file, { row: row.row, line: row.line });
  }
  if ((collection === 'organisations' || collection === 'topics') && typeof index === 'number') {
    const { offset, rows } = context.created[collection];
    const row = rows[index - offset];
    if (index >= offset && row)
      return withFeedMessage(
        context.at(row, collection === 'organisations' ? 'organisation' : 'topics', feedProblemText(problem)),
        problem,
      );
  }
  if (context.base) {
    const { source } = context.base;
    return feedToolProblem(problem, source.file, source.locate(problem.path));
  }
  return feedToolProblem(problem, context.file);
}

/** The English `parseFeed` gave, word for word. */
const withFeedMessage = (toolProblem: ToolProblem, problem: FeedProblem): ToolProblem => ({
  ...toolProblem,
  message: problem.message,
});

/**
 * Text from a main cell and a Welsh cell (undefined when the sheet has no
 * such column: that language is kept as it was), in the shape of the value
 * it replaces, so other languages survive.
 */
function textValue(main: string | undefined, cy: string | undefined, previous: unknown): unknown {
  if (isRecord(previous)) {
    const next: Json = { ...previous };
    const key = mainKey(previous) ?? 'en';
    if (main !== undefined) {
      if (main) next[key] = main;
      else delete next[key];
    }
    if (cy !== undefined) {
      if (cy) next.cy = cy;
      else delete next.cy;
    }
    return Object.keys(next).length ? next : undefined;
  }
  const mainText = main ?? (typeof previous === 'string' ? previous : '');
  if (!cy) return mainText || undefined;
  return mainText ? { en: mainText, cy } : { cy };
}

const RESOURCE_KEYS = ['id', 'title', 'url', 'type', 'summary', 'organisation', 'topics', 'published', 'episode'];
const ordered = (resource: Json): Json => {
  const out: Json = {};
  for (const key of RESOURCE_KEYS) if (resource[key] !== undefined) out[key] = resource[key];
  return out;
};

/** Comma, unless the header row is plainly split by semicolons (Excel in some locales) or tabs. */
function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const first = text.slice(0, end === -1 ? undefined : end);
  const count = (character: string) => first.split(character).length - 1;
  const commas = count(',');
  if (count('\t') > commas && count('\t') >= count(';')) return '\t';
  if (count(';') > commas) return ';';
  return ',';
}
