/**
 * populate's upsert must take a change to NULL and a change from NULL: an update guarded by
 * `old <> new` sees NULL on either side as "not different" and keeps the stale value. Applied
 * through each engine's client, as a DBA runs the --sql script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/dialect.js';
import { describeEngine, type ScratchDb } from '../support/engines.js';
import { applySql, ok, project, requireBuilt, runCli } from '../author/project.js';

const HTTP = '"Plain HTTP; the load balancer reads the requests"';

for (const dialect of ['postgresql', 'mysql', 'sqlite'] as Dialect[]) {
  describeEngine(dialect, 'populate: a description set to NULL and back', (engine) => {
    let p: ReturnType<typeof project>;
    let db: ScratchDb;
    beforeAll(async () => {
      requireBuilt();
      p = project();
      db = await engine.scratch();
      await applySql(db, p.dir, ['bootstrap']);
      await applySql(db, p.dir, ['upgrade', 'heads']);
    }, 300_000);
    afterAll(() => p?.remove());

    const file = () => join(p.dir, 'versions/data/lbaas_protocol.jsonc');
    async function populateWith(description: string): Promise<unknown> {
      const original = readFileSync(file(), 'utf8');
      writeFileSync(file(), original.replace(/("name": "HTTP", "description": )(null|"[^"]*")/, `$1${description}`));
      const sql = ok(await runCli(['--dialect', dialect, 'populate', '--sql'], p.dir)).stdout;
      const r = await db.apply(sql);
      expect(r.code, r.stderr).toBe(0);
      const rows = await db.query<{ d: string | null }>("SELECT description AS d FROM lbaas_protocol WHERE name = 'HTTP'");
      expect(rows).toHaveLength(1);
      return rows[0]!.d;
    }

    it('takes the value, then NULL, then a value again; the other rows stay', async () => {
      expect(readFileSync(file(), 'utf8')).toContain(HTTP);
      expect(await populateWith(HTTP)).toBe(JSON.parse(HTTP));
      expect(await populateWith('null')).toBeNull();
      expect(await populateWith('"back from NULL"')).toBe('back from NULL');
      const tcp = await db.query<{ d: string | null }>("SELECT description AS d FROM lbaas_protocol WHERE name = 'TCP'");
      expect(tcp.map((r) => r.d)).toEqual(['Any TCP stream']);
    }, 120_000);
  });
}
