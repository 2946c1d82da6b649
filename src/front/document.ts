/**
 * What JSON.parse accepts without a word and a revision file must not carry: a key written twice
 * in one object (JSON.parse keeps the last, so an earlier "upgrade" or op field silently
 * disappears), nesting deeper than any revision needs (the position finder and every recursive
 * reader would overflow the stack), a NUL character (PostgreSQL refuses it in text, C clients
 * end the string there) and a lone UTF-16 surrogate (no UTF-8 encoding exists for it: clients
 * replace or refuse it).
 *
 * The check runs on every parsed document, so its common case is a walk of the parsed value
 * that counts keys: a key written twice leaves fewer keys in the value than key separators (`:`
 * outside strings) in the text. Only a document that fails the cheap test, or holds a `\u`
 * escape that could hide a colon, a NUL or a surrogate, is read again to find the place.
 */
import { treeParser } from './jsonc.js';

/** Deepest nesting of objects and lists a revision file may have (a revision needs about 7). */
export const MAX_DEPTH = 64;

export interface DocumentProblem {
  code: string;
  /** Offset in the original text. */
  offset: number;
  message: string;
  hint: string;
  /** The other place, for a key written twice: where it is first written. */
  first?: { offset: number; message: string };
}

export const DOCUMENT_CODES = { duplicateKey: 'LD020', tooDeep: 'LD022', badCharacter: 'LD023' } as const;

/** Counts of one walk: keys of all objects, colons inside all strings (keys and values). */
interface Tally {
  keys: number;
  colons: number;
  /** Set when the walk went deeper than MAX_DEPTH. */
  deep: boolean;
}

function colonsIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf(':'); i !== -1; i = s.indexOf(':', i + 1)) n++;
  return n;
}

function walk(v: unknown, depth: number, t: Tally): void {
  if (typeof v === 'string') {
    if (v.indexOf(':') !== -1) t.colons += colonsIn(v);
    return;
  }
  if (typeof v !== 'object' || v === null) return;
  if (depth >= MAX_DEPTH) {
    t.deep = true;
    return;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && !t.deep; i++) walk(v[i], depth + 1, t);
    return;
  }
  for (const k in v as Record<string, unknown>) {
    t.keys++;
    if (k.indexOf(':') !== -1) t.colons += colonsIn(k);
    walk((v as Record<string, unknown>)[k], depth + 1, t);
    if (t.deep) return;
  }
}

/**
 * The first problem of a document JSON.parse accepted, or undefined. `parsed` is the exact text
 * JSON.parse read (comments already removed, offsets possibly shifted); `exact()` gives the
 * document with comments blanked and every offset kept, for finding the place.
 */
export function inspectDocument(value: unknown, parsed: string, exact: () => string): DocumentProblem | undefined {
  const t: Tally = { keys: 0, colons: 0, deep: false };
  walk(value, 0, t);
  if (t.deep) return tooDeep(exact());
  const escapes = parsed.indexOf('\\u') !== -1;
  if ((escapes && (parsed.indexOf('\\u0000') !== -1 || /\\u[dD][89a-fA-F]/.test(parsed))) || !wellFormed(parsed)) {
    const bad = badEscape(exact());
    if (bad) return bad;
  }
  let textColons = 0;
  for (let i = parsed.indexOf(':'); i !== -1; i = parsed.indexOf(':', i + 1)) textColons++;
  // Without an escaped colon each side counts the same colons unless a key was overwritten
  // (its key, and everything in its earlier value, are missing from the value).
  const escapedColon = escapes && /\\u003[aA]/.test(parsed);
  if (!escapedColon && textColons === t.keys + t.colons) return undefined;
  return duplicateKey(exact());
}

/** The first key written twice in one object, with both places. */
function duplicateKey(text: string): DocumentProblem | undefined {
  const { visit } = treeParser();
  const open: Map<string, number>[] = [];
  let found: DocumentProblem | undefined;
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Map());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (name, offset) => {
        const keys = open[open.length - 1];
        if (!keys || found) return;
        const first = keys.get(name);
        if (first === undefined) {
          keys.set(name, offset);
          return;
        }
        found = {
          code: DOCUMENT_CODES.duplicateKey,
          offset,
          message: `key ${JSON.stringify(name)} is written twice in one object: JSON keeps only this one and drops the first without a word`,
          hint: 'remove or merge one of the two; a list of ops is one "upgrade" (or "downgrade") list',
          first: { offset: first, message: `${JSON.stringify(name)} is first written here` },
        };
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return found;
}

/** Where the nesting first goes deeper than MAX_DEPTH (strings skipped; comments are already blanked). */
function tooDeep(text: string): DocumentProblem {
  let depth = 0;
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) {
        offset = i;
        break;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return {
    code: DOCUMENT_CODES.tooDeep,
    offset,
    message: `objects and lists are nested more than ${MAX_DEPTH} deep here`,
    hint: 'a revision file needs a handful of levels; this is not a revision',
  };
}

/** The first `\u0000` or lone surrogate escape inside a string, or undefined when every one is paired or escaped away. */
function badEscape(text: string): DocumentProblem | undefined {
  const re = /\\+u([0-9a-fA-F]{4})/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const slashes = m[0].length - 5;
    // An even run of backslashes is escaped backslashes followed by the letter u.
    if (slashes % 2 === 0) continue;
    const offset = m.index + slashes - 1;
    const unit = parseInt(m[1]!, 16);
    if (unit === 0) {
      return {
        code: DOCUMENT_CODES.badCharacter,
        offset,
        message: 'a string holds the NUL character (\\u0000)',
        hint: 'PostgreSQL cannot store it in text and C clients end the string there; remove it',
      };
    }
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(text.slice(re.lastIndex, re.lastIndex + 6));
      if (next) {
        re.lastIndex += 6;
        continue;
      }
    }
    if (unit >= 0xd800 && unit <= 0xdfff) {
      return {
        code: DOCUMENT_CODES.badCharacter,
        offset,
        message: `a string holds a lone UTF-16 surrogate (\\u${m[1]!.toLowerCase()}), which no UTF-8 text can hold`,
        hint: 'write the character itself, or both halves of its surrogate pair',
      };
    }
  }
  // A lone surrogate that is not an escape: only a text that never was UTF-8 can hold one.
  const raw = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  if (raw) {
    return {
      code: DOCUMENT_CODES.badCharacter,
      offset: raw.index,
      message: 'the text holds a lone UTF-16 surrogate, which no UTF-8 text can hold',
      hint: 'save the file as UTF-8',
    };
  }
  return undefined;
}

const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
