import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from './input.js';
import type { ToolProblem } from './problems.js';

/**
 * A JSON document and where each thing in it is, so a problem that
 * `parseFeed` names by path (`resources[3].url`) can point at a line and
 * column in the source.
 */
export class JsonSource {
  /** The parsed value; undefined when the text is not valid JSON. */
  readonly value: unknown;
  /** JSON syntax errors, each at its line and column. */
  readonly syntaxProblems: ToolProblem[] = [];
  private tree?: Node;
  private lines?: LineIndex;

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    try {
      this.value = JSON.parse(text);
    } catch (error) {
      this.value = undefined;
      this.syntaxProblems = this.syntaxErrors(error);
    }
  }

  get ok(): boolean {
    return this.syntaxProblems.length === 0;
  }

  /** The line and column of the item a `parseFeed` path names, or of the nearest enclosing one that exists. */
  locate(path: string): { line: number; column: number } {
    const node = this.nodeAt(path);
    if (!node) return { line: 1, column: 1 };
    // A property's value: point at its key, where an editor looks.
    const target = node.parent?.type === 'property' ? node.parent : node;
    return this.position(target.offset);
  }

  private nodeAt(path: string): Node | undefined {
    try {
      this.tree ??= parseTree(this.text, [], { disallowComments: true, allowTrailingComma: false });
    } catch {
      return undefined; // nested too deeply to walk: the problem is reported at the top of the file
    }
    let node = this.tree;
    if (!node) return undefined;
    for (const segment of pathSegments(path)) {
      const child = findNodeAtLocation(node, [segment]);
      if (!child) break;
      node = child;
    }
    return node;
  }

  private position(offset: number) {
    this.lines ??= new LineIndex(this.text);
    return this.lines.at(offset);
  }

  private syntaxErrors(error: unknown): ToolProblem[] {
    const start = /\S/.exec(this.text);
    if (!start || !'{['.includes(start[0])) {
      const message = start
        ? `This is not JSON: a feed starts with "{". Is it the right file?${start[0] === '<' ? ' (It looks like XML: for a podcast RSS, use spf-feed from-rss.)' : ''}`
        : 'The file is empty.';
      return [{ severity: 'error', file: this.file, ...this.position(start?.index ?? 0), message }];
    }
    const errors: ParseError[] = [];
    try {
      parseTree(this.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      const message = 'The JSON is nested too deeply to read (lists or objects thousands of levels deep).';
      return [{ severity: 'error', file: this.file, line: 1, column: 1, message }];
    }
    if (errors.length === 0) {
      // JSON.parse refused something jsonc-parser let through.
      return [{ severity: 'error', file: this.file, line: 1, column: 1, message: `Not valid JSON: ${String(error)}` }];
    }
    return errors.slice(0, 50).map((parseError) => ({
      severity: 'error',
      file: this.file,
      ...this.position(parseError.offset),
      message: syntaxMessage(parseError, this.text),
    }));
  }
}

/** `resources[3].title.cy` → `['resources', 3, 'title', 'cy']`. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(match[1] !== undefined ? Number(match[1]) : match[2]);
  }
  return segments;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character here.',
  InvalidNumberFormat: 'This is not a valid number.',
  PropertyNameExpected: 'Expected a field name in double quotes.',
  ValueExpected: 'Expected a value.',
  ColonExpected: 'Expected a colon (:) after the field name.',
  CommaExpected: 'Expected a comma (,) between two items.',
  CloseBraceExpected: 'Expected } to close this object.',
  CloseBracketExpected: 'Expected ] to close this list.',
  EndOfFileExpected: 'Unexpected text after the end of the JSON.',
  InvalidCommentToken: 'JSON cannot hold comments.',
  UnexpectedEndOfComment: 'A comment is not closed (and JSON cannot hold comments).',
  UnexpectedEndOfString: 'This text is not closed with a double quote (").',
  UnexpectedEndOfNumber: 'This number ends too soon.',
  InvalidUnicode: 'Invalid \\u escape: it needs 4 hexadecimal digits.',
  InvalidEscapeCharacter: 'Invalid escape: use \\" for a quote, \\\\ for a backslash, \\n for a new line.',
  InvalidCharacter: 'Text cannot hold a line break or tab: write \\n or \\t.',
};

function syntaxMessage(error: ParseError, text: string): string {
  const code = printParseErrorCode(error.error);
  const next = text.slice(error.offset, error.offset + 1);
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (next === '}' || next === ']'))
    return 'A comma (,) after the last item is not allowed in JSON: remove it.';
  if (code === 'PropertyNameExpected' && next === "'") return 'Field names need double quotes ("), not single.';
  if (code === 'ValueExpected' && error.offset >= text.length) return 'The file ends too soon: something is missing.';
  return SYNTAX_MESSAGES[code] ?? `JSON syntax error (${code}).`;
}
