/**
 * JSONC = JSON + comments + trailing commas. Parsing takes the native JSON.parse
 * fast path; comments and trailing commas are blanked out first (offsets preserved,
 * so a JSON.parse error position still points at the right line and column).
 */
import { parse, ParseErrorCode, printParseErrorCode, type ParseError } from 'jsonc-parser';

const TOKEN_RE = /"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|,(?=\s*(?:\/\/[^\n]*(?:\n|$)\s*|\/\*[\s\S]*?\*\/\s*)*[\]}])/g;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Replaces comments and trailing commas with spaces, keeping every other byte in place. */
export function stripJsonc(text: string): string {
  if (text.indexOf('/') === -1 && !/,\s*[\]}]/.test(text)) return text;
  return text.replace(TOKEN_RE, (tok) => (tok[0] === '"' ? tok : blank(tok)));
}

export interface JsoncSyntaxError {
  message: string;
  offset: number;
}

/** Parses JSONC text. Returns the value, or a syntax error with its offset. */
export function parseJsonc(text: string): { value: unknown } | { error: JsoncSyntaxError } {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  try {
    return { value: JSON.parse(stripJsonc(body)) };
  } catch (e) {
    return { error: describeSyntaxError(body, e as Error) };
  }
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
    return { offset, message: `a control character (U+${ch.toString(16).toUpperCase().padStart(4, '0')}) in a string must be written as an escape such as \\t or \\n` };
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
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: true, disallowComments: false });
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
