import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from './input.js';
import { toolProblem, type ToolProblem } from './problems.js';
import { text, type MessageKey } from './i18n.js';

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
      const code = start ? (start[0] === '<' ? 'not-json-xml' : 'not-json') : 'empty-file';
      return [toolProblem('error', this.file, text(code), this.position(start?.index ?? 0))];
    }
    const errors: ParseError[] = [];
    try {
      parseTree(this.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      return [toolProblem('error', this.file, text('json-too-deep'), { line: 1, column: 1 })];
    }
    if (errors.length === 0) {
      // JSON.parse refused something jsonc-parser let through.
      return [toolProblem('error', this.file, text('json-invalid', { error: String(error) }), { line: 1, column: 1 })];
    }
    return errors
      .slice(0, 50)
      .map((parseError) =>
        toolProblem('error', this.file, syntaxMessage(parseError, this.text), this.position(parseError.offset)),
      );
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

const SYNTAX_MESSAGES: Record<string, MessageKey> = {
  InvalidSymbol: 'json-invalid-symbol',
  InvalidNumberFormat: 'json-invalid-number',
  PropertyNameExpected: 'json-name-expected',
  ValueExpected: 'json-value-expected',
  ColonExpected: 'json-colon-expected',
  CommaExpected: 'json-comma-expected',
  CloseBraceExpected: 'json-close-brace-expected',
  CloseBracketExpected: 'json-close-bracket-expected',
  EndOfFileExpected: 'json-end-expected',
  InvalidCommentToken: 'json-comment',
  UnexpectedEndOfComment: 'json-comment-not-closed',
  UnexpectedEndOfString: 'json-string-not-closed',
  UnexpectedEndOfNumber: 'json-number-ends',
  InvalidUnicode: 'json-bad-unicode',
  InvalidEscapeCharacter: 'json-bad-escape',
  InvalidCharacter: 'json-control-character',
};

function syntaxMessage(error: ParseError, source: string) {
  const code = printParseErrorCode(error.error);
  const next = source.slice(error.offset, error.offset + 1);
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (next === '}' || next === ']'))
    return text('json-trailing-comma');
  if (code === 'PropertyNameExpected' && next === "'") return text('json-single-quotes');
  if (code === 'ValueExpected' && error.offset >= source.length) return text('json-ends-early');
  const key = SYNTAX_MESSAGES[code];
  return key ? text(key) : text('json-syntax', { error: code });
}
