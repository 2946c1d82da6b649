/**
 * Control characters in what names a database or a directory, and the lock wait setting.
 * A NUL in a SQLite path made `current` read one file and `upgrade` write another (the URL
 * decoder kept it; one reader cut the path there, another did not): such a path is refused
 * wherever it comes from, with the config file's line when it comes from one, and nothing is
 * read or written.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { parseDbUrl, redactUrl } from '../../src/config/url.js';
import { assertBuilt, cli } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'lbaas-control-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('control characters in URLs', () => {
  for (const url of [
    'sqlite:///a.sqlite%00b',
    'sqlite:///a%0Ab.sqlite',
    'sqlite:///a%1B[31mb.sqlite',
    'sqlite:///a%7Fb',
    'postgresql://u@h/db%00x',
    'mysql://u:p%00w@h/db',
    'postgresql://h/db?sslmode=require%00',
    'sqlite:///a\u0000b.sqlite',
    'sqlite:///a\u0007b',
  ]) {
    it(JSON.stringify(url), () => {
      const r = parseDbUrl(url);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.message).toMatch(/control character \(U\+00(00|0A|1B|7F|07)\)/);
      expect(r.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    });
  }

  it('printable characters, percent-encoded or not, still parse', () => {
    expect(parseDbUrl('sqlite:///a%20b%C3%A9.sqlite')).toMatchObject({ ok: true, url: { path: 'a bé.sqlite' } });
    expect(parseDbUrl('mysql://u:p%40ss%2Fw@h/db')).toMatchObject({ ok: true, url: { password: 'p@ss/w' } });
  });
});

describe('redactUrl on values that are not scheme:// URLs', () => {
  it('shows nothing before the last @, whatever it holds', () => {
    expect(redactUrl('lbaas:pa/ss@db/lbaas')).toBe('***@db/lbaas');
    expect(redactUrl('postgresql:/lbaas:pa/ss@db/lbaas')).toBe('***@db/lbaas');
    expect(redactUrl('u:a@b:c/d@host/db')).toBe('***@host/db');
    expect(redactUrl('host/db?user=u&password=pa/ss')).toBe('host/db?user=u&password=***');
    expect(redactUrl('just-a-name')).toBe('just-a-name');
  });
});

describe('config values with control characters (CF028), from the file with its line', () => {
  const load = (text: string) => {
    writeFileSync(join(dir, 'c.conf'), text);
    return loadConfig({ env: {}, cwd: dir, configFile: 'c.conf' });
  };

  it('a raw NUL in the connection, in script_location, in target_ddl', () => {
    for (const [text, line, key] of [
      ['[database]\n# x\nconnection = sqlite:///a.sqlite\u0000b\n', 3, 'connection'],
      ['[alembic]\nscript_location = vers\u0000ions\n', 2, 'script_location'],
      ['[autogenerate]\n\n\ntarget_ddl = a\u001bb.sql\n', 4, 'target_ddl'],
    ] as const) {
      const { diagnostics } = load(text);
      const d = diagnostics.find((x) => x.code === 'CF028');
      expect(d, JSON.stringify(diagnostics)).toBeDefined();
      expect(d).toMatchObject({ severity: 'error', line, at: { file: 'c.conf', path: [expect.any(String), key] } });
      expect(d!.message).toMatch(new RegExp(`^c\\.conf line ${line}: \\[\\w+\\] ${key} holds a control character`));
      expect(d!.message).not.toMatch(/[\u0000-\u001f]/);
    }
  });

  it('a password is not shown in the message', () => {
    const { diagnostics } = load('[database]\nconnection = mysql://u:Secret-9\u0000@h/db\n');
    const d = diagnostics.find((x) => x.code === 'CF028')!;
    expect(d.message).not.toContain('Secret-9');
  });

  it('a percent-encoded NUL in the connection is CF020 at its line', () => {
    const { diagnostics } = load('[database]\nconnection = sqlite:///a.sqlite%00b\n');
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'CF020', line: 2, severity: 'error' })]);
  });
});

describe('[database] lock_wait_timeout', () => {
  const load = (v: string) => {
    writeFileSync(join(dir, 'l.conf'), `[database]\nconnection = sqlite://\nlock_wait_timeout = ${v}\n`);
    return loadConfig({ env: {}, cwd: dir, configFile: 'l.conf' });
  };
  it('a number of seconds', () => {
    expect(load('2').config.lockWaitTimeout).toBe(2);
    expect(load('0.5').config.lockWaitTimeout).toBe(0.5);
    expect(load('2').diagnostics).toEqual([]);
    expect(loadConfig({ env: {}, cwd: dir }).config.lockWaitTimeout).toBeUndefined();
  });
  for (const bad of ['0', '-1', 'ten', '5s', '86401', '']) {
    it(`refuses '${bad}' (CF029, at its line)`, () => {
      const { config, diagnostics } = load(bad);
      expect(config.lockWaitTimeout).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ code: 'CF029', line: 3, severity: 'error' })]);
    });
  }
});

describe('the program with a NUL in the SQLite path: nothing read, nothing written', { timeout: 60_000 }, () => {
  beforeAll(assertBuilt);
  for (const [how, conf, env] of [
    ['percent-encoded, in the config file', '[database]\nconnection = sqlite:///lbaas.sqlite%00.other\n', {}],
    ['raw, in the config file', '[database]\nconnection = sqlite:///lbaas.sqlite\u0000.other\n', {}],
    ['percent-encoded, in LBAAS_DB_CONNECTION', '', { LBAAS_DB_CONNECTION: 'sqlite:///lbaas.sqlite%00.other' }],
  ] as const) {
    it(how, async () => {
      const work = mkdtempSync(join(dir, 'p-'));
      const args = conf ? ['--config-file', 'lbaas.conf'] : [];
      if (conf) writeFileSync(join(work, 'lbaas.conf'), conf);
      for (const cmd of [['current'], ['upgrade', 'heads'], ['stamp', 'heads']]) {
        const r = await cli([...args, ...cmd], { cwd: work, env });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toMatch(conf ? /^lbaas\.conf:2:1: error CF0(20|28): /m : /error CF020: /);
        expect(r.stderr).toMatch(/control character \(U\+0000\)/);
      }
      expect(readdirSync(work).filter((n) => n !== 'lbaas.conf')).toEqual([]);
      expect(existsSync(join(work, 'lbaas.sqlite'))).toBe(false);
    });
  }
});
