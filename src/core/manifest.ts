import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the committed SQL bundles (dist-sql/) and the review bundles (`bundle`) share to pin
 * their bytes: sha256, JSON with sorted keys, a directory's files in a stable order, and the
 * manifest file itself. The same value always gives the same bytes.
 */

/** The name of a bundle's manifest, in every bundle directory. */
export const MANIFEST = 'manifest.json';

/** sha256 of bytes or UTF-8 text, lower-case hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256')
    .update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    .digest('hex');
}

/** Object keys sorted at every level (array order kept, undefined members left out): the same value always gives the same JSON. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .filter((k) => o[k] !== undefined)
        .map((k) => [k, sortKeys(o[k])]),
    );
  }
  return v;
}

/** JSON with object keys sorted at every level, two-space indent, final newline. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

/** Every file under `dir`, as forward-slash paths relative to it, sorted; none when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  if (existsSync(dir)) walk('');
  return out.sort();
}

/** The sha256 of each file (paths relative to `dir`), keyed by `prefix` + path, keys sorted. */
export function hashFiles(dir: string, rels: Iterable<string>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of [...new Set(rels)].sort()) out[`${prefix}${rel}`] = sha256(readFileSync(join(dir, rel)));
  return out;
}

/** A manifest read back: its parsed JSON, or why there is none (`missing`, or the read or parse error's message). */
export type ReadManifest = { value: unknown } | { missing: true } | { error: string };

/** Reads `dir`/manifest.json; the caller checks the shape it expects. */
export function readManifestJson(dir: string): ReadManifest {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return { missing: true };
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The order to write a bundle's files in: sorted, each directory's manifest last, so a manifest never lists a file not yet written. */
export function writeOrder(paths: Iterable<string>): string[] {
  const names = [...paths].sort();
  const isManifest = (n: string) => n === MANIFEST || n.endsWith(`/${MANIFEST}`);
  return [...names.filter((n) => !isManifest(n)), ...names.filter(isManifest)];
}
