import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS, family } from '../../src/core/dialect.js';
import { caps, DIALECT_OBJECTS } from '../../src/dialects/registry.js';

/**
 * Code outside src/dialects/ asks a dialect's capabilities (caps(d)) what it needs, never its
 * name. This test reads src/ and fails on a comparison with a dialect's name there, except in
 * the files below, each with its reason. A listed file that no longer compares fails too, so the
 * list stays short and true.
 */
const EXCEPTIONS: Record<string, string> = {
  // src/core/dialect.ts defines the names and each one's family.
  'src/core/dialect.ts': "defines the dialect names and family() (MariaDB is MySQL's family)",
  'src/config/url.ts': "parses the user's connection URL, whose scheme names the dialect (a sqlite: URL holds a path)",
  'src/exec/connect.ts': 'chooses the executor by caps(d).family: the engine family is the fact there',
  'src/author/catalog.ts': 'chooses the catalog reader by caps(d).family: the engine family is the fact there',
  'src/lex/client.ts': 'compares client programs (psql, mysql, sqlite3), not dialects: the mysql client runs MySQL and MariaDB scripts',
  'src/front/sqltext.ts': 'describes client programs (psql, mysql, sqlite3), not dialects',
};

const NAMES = DIALECTS.join('|');
const NAME = `['"\`](${NAMES})['"\`]`;
const COMPARISON = new RegExp(`[!=]==?\\s*${NAME}|${NAME}\\s*[!=]==?|case\\s+${NAME}\\s*:`);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('dialect names', () => {
  const root = join(import.meta.dirname, '../..');
  const files = sources(join(root, 'src'))
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !f.startsWith('src/dialects/'));
  const hits = new Map<string, string[]>();
  for (const f of files) {
    readFileSync(join(root, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (COMPARISON.test(line)) hits.set(f, [...(hits.get(f) ?? []), `${f}:${i + 1}: ${line.trim()}`]);
      });
  }

  it('are compared only in src/dialects/ and the listed files', () => {
    const outside = [...hits].filter(([f]) => !(f in EXCEPTIONS)).flatMap(([, lines]) => lines);
    expect(
      outside,
      'read a capability (caps(d) from src/dialects/registry.ts) instead of comparing the name; add one to the dialect objects when none says it',
    ).toEqual([]);
  });

  it('the exceptions still compare names (remove a file from the list once it does not)', () => {
    expect(Object.keys(EXCEPTIONS).filter((f) => !hits.has(f))).toEqual([]);
  });

  it('every dialect has an object in the registry, under its own name', () => {
    expect(Object.keys(DIALECT_OBJECTS).sort()).toEqual([...DIALECTS].sort());
    for (const d of DIALECTS) {
      expect(DIALECT_OBJECTS[d].name).toBe(d);
      // src/core/dialect.ts's family() (an op's `dialects` naming a family covers its members) agrees
      expect(caps(d).family).toBe(family(d));
    }
  });

  it('MariaDB extends MySQL and differs from it only where it says so', () => {
    const my = caps('mysql');
    const maria = caps('mariadb');
    expect(maria.extends).toBe('mysql');
    const differ = Object.keys(maria)
      .filter((k) => maria[k as keyof typeof maria] !== my[k as keyof typeof my])
      .sort();
    expect(differ).toEqual(['clientCommand', 'clientPackages', 'displayName', 'extends']);
    expect(DIALECT_OBJECTS.mariadb.lowering).toBe(DIALECT_OBJECTS.mysql.lowering);
    expect(DIALECT_OBJECTS.mariadb.parserGaps).toBe(DIALECT_OBJECTS.mysql.parserGaps);
  });
});
