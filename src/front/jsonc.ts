/**
 * JSONC = JSON + comments + trailing commas. Parsing takes the native JSON.parse
 * fast path; comments and trailing commas are blanked out first (offsets preserved,
 * so a JSON.parse error position still points at the right line and column).
 */
import { createRequire } from 'node:module';
import type { ParseError } from 'jsonc-parser';
import { inspectDocument } from './document.js';

/** The tree parser, loaded only for a file that failed to parse (most runs never need it). */
export const treeParser = (): typeof import('jsonc-parser') => createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');

const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** Index just past the string literal that starts at `i`, or -1 when it does not close on its line. */
function stringEnd(t: string, i: number): number {
  for (let j = i + 1; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 10) return -1;
    if (c === 92) {
      if (j + 1 >= t.length || isLineEnd(t.charCodeAt(j + 1))) return -1;
      j++;
    }
  }
  return -1;
}

/** The comment that starts at `i` (a slash): its end, and whether a block comment is closed; undefined when none starts there. */
function commentAt(t: string, i: number): { end: number; closed: boolean } | undefined {
  const n = t.charCodeAt(i + 1);
  if (n === 47) {
    const e = t.indexOf('\n', i + 2);
    return { end: e === -1 ? t.length : e, closed: true };
  }
  if (n === 42) {
    const e = t.indexOf('*/', i + 2);
    return e === -1 ? { end: t.length, closed: false } : { end: e + 2, closed: true };
  }
  return undefined;
}

/** A comma is trailing when only whitespace and complete comments stand between it and a closing bracket. */
function trailingComma(t: string, i: number): boolean {
  let j = i + 1;
  for (;;) {
    while (j < t.length && isSpace(t.charCodeAt(j))) j++;
    const c = t.charCodeAt(j);
    if (c === 93 || c === 125) return true;
    if (c !== 47) return false;
    const cm = commentAt(t, j);
    if (!cm?.closed) return false;
    j = cm.end;
  }
}

/** Spaces for `s`, keeping its line breaks. */
function blank(s: string): string {
  return s.indexOf('\n') === -1 ? ' '.repeat(s.length) : s.replace(/[^\n]/g, ' ');
}

/**
 * Replaces comments and trailing commas with spaces, keeping every other byte in place.
 * One pass over the text: a string literal is skipped whole (a quote that does not
 * close on its line is an ordinary character, and JSON.parse reports it), a line
 * comment runs to the line break, a block comment to its end or the end of the file.
 */
export function stripJsonc(text: string): string {
  if (text.indexOf('/') === -1 && !/,\s*[\]}]/.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const e = stringEnd(text, i);
      if (e !== -1) i = e - 1;
    } else if (c === 47) {
      const cm = commentAt(text, i);
      if (cm) {
        out += text.slice(last, i) + blank(text.slice(i, cm.end));
        last = cm.end;
        i = cm.end - 1;
      }
    } else if (c === 44 && trailingComma(text, i)) {
      out += text.slice(last, i) + ' ';
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

export interface JsoncSyntaxError {
  message: string;
  offset: number;
  /** Set for what is valid JSON but not a valid document (document.ts); a syntax error has none. */
  code?: string;
  hint?: string;
  /** Another place the message refers to (where a duplicated key is first written). */
  first?: { offset: number; message: string };
}

/**
 * Where the body of a document starts when it opens with nothing but whitespace and
 * complete comments (the usual header of a revision file); 0 when anything else comes first.
 */
function leadingCommentsEnd(t: string): number {
  let i = 0;
  for (;;) {
    // JSON's own whitespace only: anything else before the document (U+00A0, a second BOM, ...)
    // must reach JSON.parse, which rejects it, as the exact path does.
    for (let c = t.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = t.charCodeAt(++i));
    if (t.charCodeAt(i) !== 47) return i;
    const cm = commentAt(t, i);
    if (!cm?.closed) return 0;
    i = cm.end;
  }
}

/**
 * The text from `start` with each comment replaced by a space, or by a line break when the comment
 * holds one, reading strings and comments as stripJsonc does, but visiting only the slashes (a
 * revision file has a handful) instead of every character; undefined when a slash starts no closed
 * comment (JSON.parse would reject the text anyway). Trailing commas stay: JSON.parse rejects
 * them, and the exact path then decides.
 *
 * The comment's line break must stay: a quote that does not close on its line is an ordinary
 * character, and JSON.parse rejects the line break after it, as it does in the exact path's text;
 * with a space instead, that quote could pair with one on a later line and read as a string.
 * Each slash is decided by the text from the last position known to be outside strings and
 * comments, which only moves forward, so the whole text is read once.
 */
export function dropComments(t: string, start: number): string | undefined {
  let out = '';
  let last = start;
  /** A position outside any string or comment, at or before the next slash. */
  let pos = start;
  /** The first line break at or after the current slash (-1: none left). */
  let nl = -2;
  for (let i = t.indexOf('/', pos); i !== -1; i = t.indexOf('/', pos)) {
    let inString = false;
    for (let j = pos; j < i; j++) {
      if (t.charCodeAt(j) !== 34) continue;
      const e = stringEnd(t, j);
      if (e === -1) continue;
      if (e > i) {
        inString = true;
        pos = e;
        break;
      }
      j = e - 1;
    }
    if (inString) continue;
    const cm = commentAt(t, i);
    if (!cm?.closed) return undefined;
    if (nl !== -1 && nl < i) nl = t.indexOf('\n', i);
    out += t.slice(last, i) + (nl !== -1 && nl < cm.end ? '\n' : ' ');
    last = pos = cm.end;
  }
  return last === start ? t.slice(start) : out + t.slice(last);
}

/**
 * Parses JSONC text. Returns the value, or an error with its offset: a syntax error, or what
 * JSON.parse accepts and a revision file must not hold (document.ts: a key written twice, deep
 * nesting, a NUL or a lone surrogate), which carries its own code and hint.
 */
export function parseJsonc(text: string): { value: unknown } | { error: JsoncSyntaxError } {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  // Fast path: comments only at the top, none after it. What follows is then plain JSON unless
  // it has a trailing comma, and JSON.parse rejects that; on any failure the full scan below
  // decides, so results and error positions are the same as without this path.
  const start = leadingCommentsEnd(body);
  let parsed: string | undefined;
  if (body.indexOf('/', start) === -1) parsed = start === 0 ? body : body.slice(start);
  // Comments further down (a note beside an op): each becomes a space (a line break when it
  // holds one). When JSON.parse accepts the result there was no trailing comma, and the value
  // is the exact path's.
  else parsed = dropComments(body, start);
  if (parsed !== undefined) {
    let value: unknown;
    let ok = true;
    try {
      value = JSON.parse(parsed);
    } catch {
      // fall through to the exact path
      ok = false;
    }
    if (ok) return checked(value, parsed, () => stripJsonc(body));
  }
  const exact = stripJsonc(body);
  let value: unknown;
  try {
    value = JSON.parse(exact);
  } catch (e) {
    return { error: describeSyntaxError(body, e as Error) };
  }
  return checked(value, exact, () => exact);
}

function checked(value: unknown, parsed: string, exact: () => string): { value: unknown } | { error: JsoncSyntaxError } {
  const problem = inspectDocument(value, parsed, exact);
  return problem ? { error: problem } : { value };
}

function describeSyntaxError(text: string, e: Error): JsoncSyntaxError {
  const m = /at position (\d+)/.exec(e.message);
  // An unclosed /* comment blanks the rest of the file: say so, where it starts.
  const comment = text.includes('/*') ? fromTreeParser(text) : undefined;
  if (comment?.message.startsWith('unterminated comment')) return comment;
  if (/Unexpected end of JSON input/.test(e.message)) {
    return { offset: text.length, message: 'unexpected end of file (an object or array is not closed)' };
  }
  if (!m) return fromTreeParser(text) ?? { offset: text.length, message: e.message.replace(/, ".*$/s, '') };
  const offset = Number(m[1]);
  const message = e.message.replace(/ (in|after) JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  if (/^Bad control character in string literal/.test(message)) {
    const ch = text.charCodeAt(offset);
    if (ch === 10 || ch === 13) return { offset, message: 'unterminated string: the closing quote is missing at the end of this line' };
    return {
      offset,
      message: `a control character (U+${ch.toString(16).toUpperCase().padStart(4, '0')}) in a string must be written as an escape such as \\t or \\n`,
    };
  }
  if (/^Unterminated string/.test(message)) return { offset, message: 'unterminated string: the closing quote is missing' };
  if (/^Unexpected non-whitespace character/.test(message)) return { offset, message: 'unexpected text after the end of the document' };
  return { offset, message };
}

/**
 * V8 gives no position for some errors ("Unexpected token '}', ... is not valid
 * JSON"); the tree parser finds the place. Only runs for a file that failed.
 */
function fromTreeParser(text: string): JsoncSyntaxError | undefined {
  const { parse, ParseErrorCode, printParseErrorCode } = treeParser();
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    // The tree parser recurses per level: a deeply nested text overflows its stack. V8's message stands.
    return undefined;
  }
  const first = errors[0];
  if (!first) return undefined;
  const token = text.slice(first.offset, first.offset + Math.min(first.length, 40));
  switch (first.error) {
    case ParseErrorCode.InvalidSymbol:
      return { offset: first.offset, message: `unexpected ${JSON.stringify(token)}: a value is a "string", a number, true, false, null, an object or a list` };
    case ParseErrorCode.ValueExpected:
      return { offset: first.offset, message: token ? `a value is missing before ${JSON.stringify(token)}` : 'a value is missing' };
    case ParseErrorCode.UnexpectedEndOfComment:
      return { offset: first.offset, message: 'unterminated comment: a /* comment is not closed with */' };
    default:
      return { offset: first.offset, message: printParseErrorCode(first.error) };
  }
}

/** 1-based line and column of a character offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, col: offset - last };
}
