/**
 * Where the output goes, as the BUILT program meets it: standard output that cannot take the
 * bytes (/dev/full, a full file system, a pipe whose reader has gone) and --output targets that
 * are not a regular file of the user's, or that are part of the history being compiled.
 * A failed or short write is never a success and never a stack trace; a refused target is
 * never written, replaced or followed.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, MAIN, ROOT, tempDir, type Run } from './run.js';

/** Runs the program with its standard output on file descriptor `fd` (or a pipe closed by the reader at once). */
function runTo(args: string[], stdout: number | 'closed-pipe', o: { cwd?: string; shell?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.LBAAS_DB_CONNECTION;
    const [cmd, argv] = o.shell ? ['sh', ['-c', `${o.shell}; exec "$0" "$@"`, process.execPath, MAIN, ...args]] : [process.execPath, [MAIN, ...args]];
    const child = spawn(cmd, argv, { cwd: o.cwd ?? ROOT, env, stdio: ['ignore', stdout === 'closed-pipe' ? 'pipe' : stdout, 'pipe'] });
    // The reader goes away before the program writes anything: its first write meets EPIPE.
    if (stdout === 'closed-pipe') child.stdout!.destroy();
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : 1), stdout: '', stderr }));
  });
}

/**
 * A device that is always full, of the tests' own (mknod c 1 7, as root): the tests never name
 * the system's /dev/full, so a program that replaces its target cannot break it for anyone else.
 * Falls back to /dev/full (only ever opened, never named to the program) when mknod is not allowed.
 */
const FULL = (() => {
  const dir = tempDir('lbaas-fulldev');
  const node = join(dir, 'full');
  if (spawnSync('mknod', ['-m', '666', node, 'c', '1', '7']).status === 0) return { path: node, dir };
  rmSync(dir, { recursive: true, force: true });
  return { path: '/dev/full', dir: undefined };
})();
afterAll(() => {
  if (FULL.dir) rmSync(FULL.dir, { recursive: true, force: true });
});

function openFull(): number {
  if (!lstatSync(FULL.path).isCharacterDevice()) throw new Error(`${FULL.path} is not a device`);
  return openSync(FULL.path, 'w');
}

/** A failed write: exit 1, one coded line on stderr (after any warnings the command printed), no stack trace. */
function expectOneLine(r: Run): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(
    /(^|\n)error CL007: cannot write to standard output: no space left on the device \(ENOSPC\); what was written is incomplete: do not use it\n$/,
  );
  expect(r.stderr.match(/CL007/g)).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at .*:\d+:\d+/);
}

/** Every command that prints SQL, JSON or a report, run from the project with the shipped history. */
const PRINTING: string[][] = [
  ['upgrade', 'heads', '--sql'],
  ['--dialect', 'postgresql', 'downgrade', 'kilo:base', '--sql'],
  ['--dialect', 'mysql', 'stamp', 'heads', '--sql'],
  ['bootstrap', '--sql'],
  ['populate', '--sql'],
  ['history'],
  ['--json', 'history'],
  ['--json', 'heads'],
  ['--json', 'branches'],
  ['--json', 'show', 'kilo'],
  ['check_migration'],
  ['--json', 'check_migration'],
  ['lint'],
];

describe('standard output that cannot take the bytes', { timeout: 120_000 }, () => {
  beforeAll(assertBuilt);

  for (const args of PRINTING) {
    it(`${args.join(' ')} > /dev/full: exit 1, one coded line, no stack trace`, async () => {
      const fd = openFull();
      try {
        const r = await runTo(args, fd);
        if (args[0] === '--json') {
          expect(r.code, r.stderr).toBe(1);
          const lines = r.stderr.split('\n').filter(Boolean);
          expect(JSON.parse(lines[lines.length - 1]!)).toMatchObject({ ok: false, diagnostics: [{ code: 'CL007' }] });
          expect(r.stderr.match(/CL007/g)).toHaveLength(1);
        } else expectOneLine(r);
      } finally {
        closeSync(fd);
      }
    });
  }

  it('an online run whose progress cannot be printed runs to its end, then fails with CL007', async () => {
    const work = tempDir('lbaas-online-full');
    try {
      writeFileSync(join(work, 'lbaas.conf'), '[database]\nconnection = sqlite:///lbaas.sqlite\n');
      const boot = await cli(['--config-file', 'lbaas.conf', 'bootstrap'], { cwd: work });
      expect(boot.code, boot.stderr).toBe(0);
      const fd = openFull();
      let r: Run;
      try {
        r = await runTo(['--config-file', 'lbaas.conf', 'upgrade', 'heads'], fd, { cwd: work });
      } finally {
        closeSync(fd);
      }
      expectOneLine(r);
      const cur = await cli(['--config-file', 'lbaas.conf', 'current'], { cwd: work });
      expect(cur.code, cur.stderr).toBe(0);
      expect(cur.stdout).toMatch(/\(head\)/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('a pipe whose reader has gone (EPIPE): exit 141, as SIGPIPE would, with nothing on stderr', async () => {
    for (const args of [
      ['upgrade', 'heads', '--sql'],
      ['--json', 'history'],
    ]) {
      const r = await runTo(args, 'closed-pipe');
      expect(r.code, r.stderr).toBe(141);
      expect(r.stderr).toBe('');
    }
  });

  describe('a file system that fills up (a 16 KiB tmpfs)', () => {
    let mnt: string | undefined;
    let why = '';
    beforeAll(() => {
      const dir = tempDir('lbaas-tmpfs');
      const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { encoding: 'utf8' });
      if (m.status === 0) mnt = dir;
      else {
        why = (m.stderr || m.error?.message || 'mount failed').trim();
        rmSync(dir, { recursive: true, force: true });
      }
    });
    afterAll(() => {
      if (!mnt) return;
      spawnSync('umount', [mnt]);
      rmSync(mnt, { recursive: true, force: true });
    });

    it('> full/out.sql: a short write is an error (exit 1, CL007), never a truncated script with exit 0', async (t) => {
      if (!mnt) t.skip(`cannot mount a tmpfs here (${why}); /dev/full above covers the failing write`);
      const fd = openSync(join(mnt!, 'out.sql'), 'w');
      try {
        const r = await runTo(['upgrade', 'heads', '--sql'], fd);
        expectOneLine(r);
      } finally {
        closeSync(fd);
      }
      // the file holds what fitted; the exit status is what tells
      expect(statSync(join(mnt!, 'out.sql')).size).toBeLessThan((await cli(['upgrade', 'heads', '--sql'])).stdout.length);
    });

    it('--output full/out.sql: CL003, and no file or temporary file is left', async (t) => {
      if (!mnt) t.skip(`cannot mount a tmpfs here (${why})`);
      rmSync(join(mnt!, 'out.sql'), { force: true });
      const r = await cli(['upgrade', 'heads', '--sql', '--output', join(mnt!, 'o.sql')]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('error CL003: cannot write --output');
      expect(r.stderr).toContain('no space left on the device');
      expect(readdirSync(mnt!)).toEqual([]);
    });
  });
});

describe('--output targets', { timeout: 120_000 }, () => {
  let dir: string;
  /** The project: a copy of the shipped history under dir/project/versions. */
  let project: string;
  let script: string;
  beforeAll(async () => {
    assertBuilt();
    dir = tempDir('lbaas-output');
    project = join(dir, 'project');
    mkdirSync(project);
    spawnSync('cp', ['-r', join(ROOT, 'versions'), join(project, 'versions')]);
    const r = await cli(['upgrade', 'heads', '--sql'], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    script = r.stdout;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const snapshot = (d: string) =>
    readdirSync(d)
      .sort()
      .map((n) => {
        const st = lstatSync(join(d, n));
        return `${n} ${st.mode.toString(8)} ${st.isFile() ? readFileSync(join(d, n), 'utf8').length : ''}`;
      });

  async function refused(target: string, why: string | RegExp): Promise<Run> {
    const r = await cli(['upgrade', 'heads', '--sql', '--output', target], { cwd: project });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    const first = r.stderr.split('\n')[0]!;
    expect(first.startsWith('error CL003: cannot write --output ')).toBe(true);
    if (typeof why === 'string') expect(first).toContain(why);
    else expect(first).toMatch(why);
    return r;
  }

  it("--output '' (and --output=) is refused, no file named 0 or otherwise is written", async () => {
    const before = snapshot(project);
    await refused('', "cannot write --output '': the path is empty");
    const r = await cli(['upgrade', 'heads', '--sql', '--output='], { cwd: project });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cannot write --output '': the path is empty");
    expect(snapshot(project)).toEqual(before);
  });

  it('a file name that looks like a number is kept as written', async () => {
    const r = await cli(['upgrade', 'heads', '--sql', '--output', '0010'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, '0010'), 'utf8')).toBe(script);
    rmSync(join(dir, '0010'));
  });

  it('a device is refused and stays a device', async (t) => {
    if (!FULL.dir) t.skip("mknod is not allowed here: no device of the tests' own to name");
    await refused(FULL.path, 'it is a device');
    expect(lstatSync(FULL.path).isCharacterDevice()).toBe(true);
  });

  it('a FIFO is refused, not opened and not replaced', async () => {
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await refused(fifo, 'it is a FIFO (named pipe)');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    rmSync(fifo);
  });

  it('a symbolic link is refused: neither followed nor replaced', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep');
    symlinkSync(victim, join(dir, 'link.sql'));
    await refused(join(dir, 'link.sql'), 'it is a symbolic link');
    expect(lstatSync(join(dir, 'link.sql')).isSymbolicLink()).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });

  it('a directory is refused', async () => {
    mkdirSync(join(dir, 'adir'));
    await refused(join(dir, 'adir'), 'it is a directory');
  });

  it('a revision file, a new file in versions/, and the same places by other names, are refused; the history is unchanged', async () => {
    const versions = join(project, 'versions');
    const before = snapshot(versions);
    const rev = readdirSync(versions).find((n) => n.endsWith('.jsonc') && n !== 'external.jsonc')!;
    await refused(`versions/${rev}`, 'it is inside versions/, the history being compiled');
    await refused('versions/new.sql', 'it is inside versions/, the history being compiled');
    await refused('versions/external.jsonc', 'it is inside versions/');
    await refused(join(versions, 'data', 'x.sql'), 'it is inside versions/');
    // through a symbolic link to the directory
    symlinkSync(versions, join(dir, 'vlink'));
    await refused(join(dir, 'vlink', rev), /it is a symbolic link|it is inside versions\//);
    await refused(join(dir, 'vlink', 'other.sql'), 'it is inside versions/');
    // a hard link to a revision file, elsewhere
    linkSync(join(versions, rev), join(dir, 'hard.jsonc'));
    await refused(join(dir, 'hard.jsonc'), `it is versions/${rev} of the history being compiled`);
    expect(snapshot(versions)).toEqual(before);
  });

  it('a new file is 0644 less the umask; a file it replaces keeps its mode; no temporary file is left', async () => {
    const outDir = join(dir, 'modes');
    mkdirSync(outDir);
    const r = await runTo(['upgrade', 'heads', '--sql', '--output', join(outDir, 'new.sql')], 1, { cwd: project, shell: 'umask 027' });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(outDir, 'new.sql')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(outDir, 'new.sql'), 'utf8')).toBe(script);
    writeFileSync(join(outDir, 'old.sql'), 'old');
    chmodSync(join(outDir, 'old.sql'), 0o600);
    const again = await cli(['upgrade', 'heads', '--sql', '--output', join(outDir, 'old.sql')], { cwd: project });
    expect(again.code, again.stderr).toBe(0);
    expect(statSync(join(outDir, 'old.sql')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(outDir, 'old.sql'), 'utf8')).toBe(script);
    expect(readdirSync(outDir).sort()).toEqual(['new.sql', 'old.sql']);
  });

  it('bootstrap and populate refuse the same targets', async () => {
    for (const args of [
      ['bootstrap', '--sql'],
      ['populate', '--sql'],
    ]) {
      const targets: [string, string][] = [
        ['', 'the path is empty'],
        ['versions/x.sql', 'inside versions/'],
      ];
      if (FULL.dir) targets.push([FULL.path, 'it is a device']);
      for (const [target, why] of targets) {
        const r = await cli([...args, '--output', target], { cwd: project });
        expect(r.code, `${args.join(' ')} --output '${target}': ${r.stderr}`).toBe(1);
        expect(r.stderr.split('\n')[0]).toContain(why);
      }
    }
  });

  it('bundle --out and dist-sql --out refuse a directory inside the history; nothing is written there', async () => {
    const versions = join(project, 'versions');
    const before = snapshot(versions);
    for (const args of [
      ['bundle', 'kilo:heads', '--out', 'versions/review'],
      ['dist-sql', '--out', 'versions/sql'],
    ]) {
      const r = await cli(args, { cwd: project });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stderr.split('\n')[0]).toMatch(/^error CL003: cannot write --out .*: it is inside versions\/, the history being compiled$/);
    }
    expect(snapshot(versions)).toEqual(before);
  });
});
