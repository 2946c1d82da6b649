/** Reading rows back from a scratch database and comparing them value by value, per engine. */
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import type { Literal } from '../../src/core/types.js';
import type { ScratchDb } from '../support/engines.js';
import { q } from './harness.js';

/**
 * Whether an engine's value is the literal that went in. Strings must arrive byte for byte
 * (and as strings); numbers compare by value (PostgreSQL gives JSON numbers, MariaDB text such
 * as '0.1250', SQLite numbers); booleans as each engine stores them; NULL as null.
 */
export function sameValue(expected: Literal, actual: unknown): boolean {
  if (expected === null) return actual === null;
  if (typeof expected === 'string') return actual === expected;
  if (typeof expected === 'number') return (typeof actual === 'number' || typeof actual === 'string') && actual !== '' && Number(actual) === expected;
  const truthy = [true, 1, '1', 't', 'true'];
  const falsy = [false, 0, '0', 'f', 'false'];
  return expected ? truthy.includes(actual as never) : falsy.includes(actual as never);
}

export async function expectRows(db: ScratchDb, table: string, columns: string[], order: string, rows: Literal[][]): Promise<void> {
  const d: Dialect = db.dialect;
  const sql = `SELECT ${columns.map((c) => q(d, c)).join(', ')} FROM ${q(d, table)} ORDER BY ${q(d, order)}`;
  const got = await db.query(sql);
  const actual = got.map((r) => columns.map((c) => r[c]));
  const mismatches: string[] = [];
  if (actual.length !== rows.length) mismatches.push(`expected ${rows.length} rows, found ${actual.length}`);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const a = actual[i]?.[j];
      if (!sameValue(v, a)) mismatches.push(`row ${i} ${columns[j]}: expected ${JSON.stringify(v)}, found ${JSON.stringify(a)}`);
    }),
  );
  expect(mismatches, `rows of ${table} on ${d}`).toEqual([]);
}

/**
 * SQLite: with enforcement on, no row violates a foreign key, the file is intact, and (when a
 * probe is given) a row that points nowhere is refused — so the keys still work after a rebuild.
 */
export function sqliteIntegrity(db: ScratchDb, probe?: { table: string; row: Record<string, Literal> }): void {
  const conn = new Database(db.file!);
  try {
    conn.pragma('foreign_keys = ON');
    expect(conn.pragma('foreign_key_check')).toEqual([]);
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    if (probe) {
      const cols = Object.keys(probe.row);
      const insert = conn.prepare(`INSERT INTO "${probe.table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      expect(() => insert.run(...cols.map((c) => probe.row[c]))).toThrow(/FOREIGN KEY constraint failed/);
    }
  } finally {
    conn.close();
  }
}

/** PostgreSQL and MariaDB: a row that points nowhere is refused. */
export async function serverFkProbe(db: ScratchDb, probe: { table: string; row: Record<string, Literal> }): Promise<void> {
  const d = db.dialect;
  const cols = Object.keys(probe.row);
  const lit = (v: Literal) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v));
  const r = await db.apply(
    `INSERT INTO ${q(d, probe.table)} (${cols.map((c) => q(d, c)).join(', ')}) VALUES (${cols.map((c) => lit(probe.row[c]!)).join(', ')});\n`,
  );
  expect(r.code, `orphan row was accepted by ${d}`).not.toBe(0);
  expect(r.stderr).toMatch(/foreign key constraint/i);
}
