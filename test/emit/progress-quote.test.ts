import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dollarTag } from '../../src/emit/guard.js';
import { describeEngine } from '../support/engines.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function history(message: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-progress-'));
  writeFileSync(
    join(dir, 'r1.jsonc'),
    JSON.stringify({
      revision: 'r1',
      down_revision: null,
      message,
      upgrade: [{ op: 'create_table', table: 'marker', columns: [{ name: 'id', type: 'integer', nullable: false }], primary_key: ['id'] }],
    }),
  );
  return dir;
}

describe('dollarTag', () => {
  it('picks a tag the text does not contain', () => {
    expect(dollarTag('t', 'plain')).toBe('t');
    expect(dollarTag('t', 'a $t$ b')).toBe('t_1');
    expect(dollarTag('t', 'a $t$ $t_1$ b')).toBe('t_2');
  });
});

describeEngine('postgresql', 'a revision message cannot close the progress quote', (engine) => {
  it('a message containing the default tag is printed, not executed', async () => {
    const evil = 'x $lbaas_progress$; CREATE TABLE injected (id int); DO $lbaas_progress$ BEGIN';
    const dir = history(evil);
    const sql = execFileSync('node', [CLI, '--versions', join(dir), '--dialect', 'postgresql', 'upgrade', 'heads', '--sql'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(sql).toContain('$lbaas_progress_1$');
    const db = await engine.scratch();
    const res = await db.apply(sql);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain(evil);
    const rows = await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    expect(rows.map((r) => Object.values(r)[0])).toEqual(['alembic_version_lbaas', 'marker']);
  });
});
