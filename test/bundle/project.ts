/** A throw-away copy of the project's revision files and templates, for tests that edit them. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface TempProject {
  dir: string;
  /** Replaces the first occurrence of `from` by `to` in a file of the copy; returns a function that restores it. */
  edit(rel: string, from: string, to: string): () => void;
  remove(): void;
}

export function tempProject(): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-proj-'));
  cpSync(join(ROOT, 'versions'), join(dir, 'versions'), { recursive: true });
  cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  return {
    dir,
    edit(rel, from, to) {
      const p = join(dir, rel);
      const before = readFileSync(p);
      const text = before.toString('utf8');
      if (!text.includes(from)) throw new Error(`${rel} does not contain ${JSON.stringify(from)}`);
      writeFileSync(p, text.replace(from, to));
      return () => writeFileSync(p, before);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Flips one byte of a file (xor 0x20 at `offset`, or at the middle); returns a function that restores it. */
export function flipByte(path: string, offset?: number): () => void {
  const before = readFileSync(path);
  const b = Buffer.from(before);
  const at = offset ?? Math.floor(b.length / 2);
  b[at] = b[at]! ^ 0x20;
  writeFileSync(path, b);
  return () => writeFileSync(path, before);
}
