/**
 * StagedFile: a file whose middle is appended before its beginning is known (a script's
 * revisions before its header), written through one reused buffer to a side file, then
 * committed atomically. The bytes must be exactly beginning + middle + end, whatever the sizes
 * of the pieces against the buffer; a failure or an abort must leave the target as it was and
 * no temporary file.
 */
import { chmodSync, closeSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTemporary, StagedFile } from '../../src/emit/write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lbaas-staged-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Deterministic pieces of many sizes, some multi-byte (é, €, a surrogate pair). */
function pieces(n: number, seed = 7): string[] {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
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

  it('the temporary files have short names whatever the target is called', () => {
    const long = 'x'.repeat(255);
    const f = new StagedFile(join(dir, long));
    for (const s of pieces(300, 13)) f.append(s);
    f.commit('');
    expect(readdirSync(dir)).toEqual([long]);
  });

  it('abort leaves the target as it was and no temporary file', () => {
    writeFileSync(join(dir, 'out.sql'), 'old');
    const f = new StagedFile(join(dir, 'out.sql'));
    for (const s of pieces(200, 3)) f.append(s);
    expect(readdirSync(dir).filter((n) => /^\.lbaas-tmp-[0-9a-f]{16}\.body$/.test(n))).toHaveLength(1);
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

  it('temporary files get unpredictable names, created exclusively: a link planted in the directory is never followed', () => {
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep');
    // every name an earlier version would have used for this target, planted as links to the victim
    for (const n of [`.lbaas-tmp-out.sql-${process.pid}`, `.lbaas-tmp-${process.pid}-1.body`, `.lbaas-tmp-${process.pid}-2.body`])
      symlinkSync(victim, join(dir, n));
    const names = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const t = createTemporary(dir, '.body');
      closeSync(t.fd);
      expect(basename(t.path)).toMatch(/^\.lbaas-tmp-[0-9a-f]{16}\.body$/);
      names.add(t.path);
      rmSync(t.path);
    }
    expect(names.size).toBe(20);
    const f = new StagedFile(join(dir, 'out.sql'));
    for (const s of pieces(50, 17)) f.append(s);
    f.commit('head\n');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(
      readdirSync(dir)
        .filter((n) => !n.includes(String(process.pid)))
        .sort(),
    ).toEqual(['out.sql', 'victim']);
  });

  it('a new file gets 0644 less the umask; a replaced file keeps its mode', () => {
    const old = process.umask(0o027);
    try {
      new StagedFile(join(dir, 'new.sql')).commit('x');
      expect(statSync(join(dir, 'new.sql')).mode & 0o777).toBe(0o640);
    } finally {
      process.umask(old);
    }
    writeFileSync(join(dir, 'kept.sql'), 'old', { mode: 0o600 });
    chmodSync(join(dir, 'kept.sql'), 0o600);
    new StagedFile(join(dir, 'kept.sql'), 0o644, statSync(join(dir, 'kept.sql')).mode).commit('new');
    expect(statSync(join(dir, 'kept.sql')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'kept.sql'), 'utf8')).toBe('new');
  });
});
