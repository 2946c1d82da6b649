import { randomBytes } from 'node:crypto';

/** A fresh revision id: 12 hex digits, as Alembic makes them (uuid4 hex[-12:]). */
export function newRevisionId(): string {
  return randomBytes(6).toString('hex');
}

/** Alembic's slug limit: the message part of a file name is cut at a word boundary near 40 characters. */
export const SLUG_LENGTH = 40;

/** The message as a file-name part: lower case, runs of anything else than letters and digits become `_`. */
export function slugify(message: string, max = SLUG_LENGTH): string {
  const words = message
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}_${w}` : w;
    if (next.length > max) {
      if (!out) out = w.slice(0, max);
      break;
    }
    out = next;
  }
  return out;
}

/** `<id>_<slug>.jsonc`, or `<id>.jsonc` when the message has no letters or digits. */
export function revisionFileName(id: string, message: string): string {
  const slug = slugify(message);
  return slug ? `${id}_${slug}.jsonc` : `${id}.jsonc`;
}

/** The creation time as the history writes it (Python's str(datetime)): `2016-04-21 15:32:05.647920`, local time. */
export function createDate(now: Date = new Date()): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}.${p(now.getMilliseconds() * 1000, 6)}`;
}
