/**
 * JSONC = JSON + comments + trailing commas. Parsing takes the native JSON.parse
 * fast path; comments and trailing commas are blanked out first (offsets preserved,
 * so a JSON.parse error position still points at the right line and column).
 */
const TOKEN_RE = /"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|,(?=\s*(?:\/\/[^\n]*\s*|\/\*[\s\S]*?\*\/\s*)*[\]}])/g;

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
  const m = /position (\d+)/.exec(e.message);
  let offset = m ? Number(m[1]) : text.length;
  let message = e.message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  if (/Unexpected end of JSON input/.test(e.message)) {
    offset = text.length;
    message = 'unexpected end of file (an object or array is not closed)';
  }
  return { message, offset };
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
