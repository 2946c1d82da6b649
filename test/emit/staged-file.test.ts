/**
 * StagedFile: a file whose middle is appended before its beginning is known (a script's
 * revisions before its header), written through one reused buffer to a side file, then
 * committed atomically. The bytes must be exactly beginning + middle + end, whatever the sizes
 * of the pieces against the buffer; a failure or an abort must leave the target as it was and
 * no temporary file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StagedFile } from '../../src/emit/write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lbaas-staged-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Deterministic pieces of many sizes, some multi-byte (é, €, a surrogate pair). */
function pieces(n: number, seed = 7): string[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const alphabet = ['a', 'b', ';', '\n', 'é', '€', '😀'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = rnd() < 0.02 ? 300_000 + Math.floor(rnd() * 600_000) : Math.floor(rnd() * 2_000);
    const c = alphabet[Math.floor(rnd() * alphabet.length)]!;
    out.push(c.repeat(Math.max(1, Math.floor(len / c.length))));
  }
  return out;
}

describe('StagedFile', () => {
  it('writes beginning + middle + end exactly, across and beyond the buffer size', () => {
    const middle = pieces(400);
    const total = middle.reduce((n, s) => n + Buffer.byteLength(s), 0);
    expect(total).toBeGreaterThan(3 << 20); // several times the 1 MB buffer, some pieces larger than it
    const f = new StagedFile(join(dir, 'out.sql'));
    for (const s of middle) f.append(s);
    f.commit('-- head é\n', '-- tail €\n');
    const expected = Buffer.from(`-- head é\n${middle.join('')}-- tail €\n`, 'utf8');
    expect(readFileSync(join(dir, 'out.sql')).equals(expected)).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.sql']);
  });

  it('with no middle, is an atomic write of beginning and end', () => {
    const f = new StagedFile(join(dir, 'sub', 'a.sql'));
    f.commit('one', Buffer.from('two'));
    expect(readFileSync(join(dir, 'sub', 'a.sql'), 'utf8')).toBe('onetwo');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.sql']);
  });

  it('creates nothing before commit when the directory does not exist yet, then writes the same bytes', () => {
    const middle = pieces(300, 11);
    const f = new StagedFile(join(dir, 'a', 'b', 'out.sql'));
    for (const s of middle) f.append(s);
    expect(readdirSync(dir)).toEqual([]);
    f.commit('head\n');
    expect(readFileSync(join(dir, 'a', 'b', 'out.sql')).equals(Buffer.from(`head\n${middle.join('')}`))).toBe(true);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['out.sql']);
    const g = new StagedFile(join(dir, 'c', 'out.sql'));
    for (const s of middle) g.append(s);
    g.abort();
    expect(readdirSync(dir)).toEqual(['a']);
  });

  it('the side file has a short name whatever the target is called', () => {
    // As long as it can be: the temporary file's name (`.lbaas-tmp-<name>-<pid>`) is then 255 characters.
    const long = 'x'.repeat(255 - `.lbaas-tmp--${process.pid}`.length);
    const f = new StagedFile(join(dir, long));
    for (const s of pieces(300, 13)) f.append(s);
    f.commit('');
    expect(readdirSync(dir)).toEqual([long]);
  });

  it('abort leaves the target as it was and no temporary file', () => {
    writeFileSync(join(dir, 'out.sql'), 'old');
    const f = new StagedFile(join(dir, 'out.sql'));
    for (const s of pieces(200, 3)) f.append(s);
    expect(readdirSync(dir).filter((n) => n.startsWith(`.lbaas-tmp-${process.pid}-`) && n.endsWith('.body'))).toHaveLength(1);
    f.abort();
    expect(readFileSync(join(dir, 'out.sql'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.sql']);
  });

  it('a commit that fails (the target is a directory) throws, keeps the directory and leaves no temporary file', () => {
    const target = join(dir, 'taken');
    const f0 = new StagedFile(join(target, 'keep'));
    f0.commit('kept');
    const f = new StagedFile(target);
    for (const s of pieces(200, 5)) f.append(s);
    expect(() => f.commit('head')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(target)).toEqual(['keep']);
  });

  it('a path under a file fails on the first write of the middle, and abort leaves nothing', () => {
    writeFileSync(join(dir, 'plain'), 'x');
    const f = new StagedFile(join(dir, 'plain', 'out.sql'));
    expect(() => {
      for (const s of pieces(400, 9)) f.append(s);
    }).toThrow(/ENOTDIR|EEXIST/);
    f.abort();
    expect(readdirSync(dir)).toEqual(['plain']);
  });
});
