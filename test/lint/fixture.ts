/** A small history written as revision files in a temporary directory, one rule hit (or deliberate non-hit) per op. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Doc = Record<string, unknown>;

const rev = (id: string, down: string | null, upgrade: Doc[], extra: Doc = {}): Doc => ({
  revision: id,
  down_revision: down,
  message: `fixture ${id}`,
  upgrade,
  downgrade: [],
  ...extra,
});

/** The fixture revisions, in order. Comments name the finding each op should (or should not) raise. */
export const REVISIONS: Doc[] = [
  rev('r1', null, [
    {
      op: 'create_table',
      table: 't',
      columns: [
        { name: 'id', type: 'integer', nullable: false },
        { name: 'name', type: 'string(64)' },
        { name: 'kind', type: { enum: ['a', 'b', 'c'], name: 'kind_t' }, nullable: false },
        { name: 'n', type: 'integer' },
        { name: 'code', type: 'string(10)' },
        { name: 'label', type: 'string(64)' },
      ],
      primary_key: ['id'],
    },
    // a new table: none of its ops is a finding
    { op: 'create_index', name: 'ix_t_n_new', table: 't', columns: ['n'] },
  ]),
  rev('r2', 'r1', [
    { op: 'drop_column', table: 't', column: 'name' }, // LN002
    { op: 'add_column', table: 't', column: { name: 'req', type: 'string(10)', nullable: false } }, // LN011
    { op: 'add_column', table: 't', column: { name: 'opt', type: 'string(10)', nullable: false, server_default: 'x' } }, // none
    { op: 'add_column', table: 't', column: { name: 'tmp', type: 'string(10)' } },
    { op: 'drop_column', table: 't', column: 'tmp' }, // none: added by this revision
  ]),
  rev('r3', 'r2', [
    { op: 'alter_column', table: 't', column: 'kind', type: { enum: ['a', 'b'], name: 'kind_t' } }, // LN004, LN012 (mysql), LN013 (pg)
  ]),
  rev('r4', 'r3', [
    { op: 'alter_column', table: 't', column: 'n', type: 'smallint' }, // LN003, LN012, LN013
    { op: 'alter_column', table: 't', column: 'code', type: 'string(100)' }, // LN012 only (mysql length prefix grows)
    { op: 'alter_column', table: 't', column: 'label', type: 'string(200)' }, // none: widening in place everywhere
  ]),
  rev('r5', 'r4', [
    { op: 'create_index', name: 'ix_t_n', table: 't', columns: ['n'] }, // LN010 (pg)
    { op: 'create_index', name: 'ux_t_code', table: 't', columns: ['code'], unique: true }, // LN010 (pg), LN020
  ]),
  rev('r6', 'r5', [
    { op: 'create_unique_constraint', name: 'uq_t_id_n', table: 't', columns: ['id', 'n'] }, // LN020
    { op: 'alter_column', table: 't', column: 'n', nullable: false }, // LN021
    { op: 'create_check_constraint', name: 'ck_t_n', table: 't', condition: 'n >= 0' }, // LN022, LN015 (mysql)
    { op: 'add_column', table: 't', column: { name: 'parent_id', type: 'integer', foreign_key: { table: 't', column: 'id' } } }, // LN014 (mysql)
    { op: 'create_foreign_key', name: 'fk_t_parent', table: 't', columns: ['parent_id'], referent_table: 't', referent_columns: ['id'] }, // LN014 (mysql)
  ]),
  rev('r7', 'r6', [
    { op: 'create_table', table: 'u', columns: [{ name: 'id', type: 'integer', nullable: false }], primary_key: ['id'] },
    { op: 'add_column', table: 'u', column: { name: 'v', type: 'integer', nullable: false } }, // none: new table
    { op: 'create_index', name: 'ix_u_v', table: 'u', columns: ['v'], unique: true }, // none
    { op: 'create_foreign_key', name: 'fk_u_t', table: 'u', columns: ['v'], referent_table: 't', referent_columns: ['id'] }, // none: new table
    { op: 'drop_table', table: 'u' }, // none
  ]),
  rev('r8', 'r7', [
    { op: 'add_column', table: 't', column: { name: 'w', type: 'integer' } },
    { op: 'execute', sql: 'UPDATE t SET w = 1' }, // LN030 (mysql)
  ]),
  rev('r9', 'r8', [
    { op: 'alter_column', table: 't', column: 'kind', type: { enum: ['a', 'b', 'd'], name: 'kind_t' } }, // LN013 (pg) only: appended
  ]),
  rev(
    'r10',
    'r9',
    [
      { op: 'drop_table', table: 't' }, // LN001, waived
    ],
    {
      waivers: [
        { code: 'LN001', reason: 'the table is replaced in this release' },
        { code: 'LN002', reason: 'nothing to waive here' }, // LN090
      ],
    },
  ),
];

export interface Fixture {
  dir: string;
  remove(): void;
}

/** Writes the fixture (each revision as versions/<id>.jsonc, with a comment line first) into a new directory. */
export function writeFixture(revisions: Doc[] = REVISIONS): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-lint-'));
  mkdirSync(join(dir, 'versions'));
  for (const r of revisions) {
    writeFileSync(join(dir, 'versions', `${r.revision as string}.jsonc`), `// ${r.message as string}\n${JSON.stringify(r, null, 2)}\n`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
