import { createHash } from 'node:crypto';

/** sha256 of bytes or UTF-8 text, lower-case hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).digest('hex');
}

/** Keys sorted at every level: the same value always gives the same bytes. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

/** Canonical JSON text: sorted keys, two-space indent, final newline. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(sortKeys(v), null, 2) + '\n';
}
