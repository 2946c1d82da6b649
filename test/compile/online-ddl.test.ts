/**
 * MySQL/MariaDB online DDL on the real engine: a foreign key added to an existing table runs in
 * place (ALGORITHM=INPLACE, LOCK=NONE, which InnoDB allows only with foreign_key_checks off),
 * so the script checks the rows first: orphans stop it with a clear message and no constraint;
 * without orphans the constraint is there, enforced, and the session's checks are back on.
 */
import { expect, it } from 'vitest';
import { describeEngine } from '../support/engines.js';
import { applyOk, compile, revision } from './harness.js';

const history = () => [
  revision({
    id: 'r1',
    upgrade: [
      { op: 'create_table', table: 'parent', columns: [{ name: 'id', type: 'integer', nullable: false }], primary_key: ['id'] },
      {
        op: 'create_table',
        table: 'child',
        columns: [
          { name: 'id', type: 'integer', nullable: false },
          { name: 'a', type: 'integer', nullable: true },
          { name: 'b', type: 'integer', nullable: true },
        ],
        primary_key: ['id'],
      },
      { op: 'create_unique_constraint', name: 'uq_parent_id', table: 'parent', columns: ['id'] },
    ],
  }),
  revision({
    id: 'r2',
    down: 'r1',
    upgrade: [{ op: 'create_foreign_key', name: 'fk_child_a', table: 'child', columns: ['a'], referent_table: 'parent', referent_columns: ['id'] }],
  }),
];

for (const dialect of ['mysql', 'mariadb'] as const) {
  describeEngine(dialect, 'foreign keys added online', (engine) => {
    it('orphan rows stop the script before the key; without them the key is added in place and enforced', async () => {
      const db = await engine.scratch();
      await applyOk(db, compile(dialect, history(), { spec: 'r1' }).text);
      await applyOk(db, 'INSERT INTO `parent` (`id`) VALUES (1);\nINSERT INTO `child` (`id`, `a`, `b`) VALUES (1, 1, NULL), (2, NULL, 5), (3, 7, NULL);\n');
      const up = compile(dialect, history(), { spec: 'r1:r2' }).text;
      expect(up).toContain('ALGORITHM=INPLACE, LOCK=NONE');
      const fks = () =>
        db.query<{ n: string }>(
          "SELECT COUNT(*) AS n FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'fk_child_a'",
        );

      const refused = await db.apply(up);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('foreign key fk_child_a not added: rows of child reference missing parent rows');
      expect((await fks())[0]!.n).toBe('0');
      expect(await db.query('SELECT version_num FROM alembic_version_lbaas')).toEqual([{ version_num: 'r1' }]);

      await applyOk(db, 'DELETE FROM `child` WHERE `id` = 3;\n');
      await applyOk(db, up);
      expect((await fks())[0]!.n).toBe('1');
      // Enforced afterwards, in a new session: the key is a real, checked constraint.
      const orphan = await db.apply('INSERT INTO `child` (`id`, `a`) VALUES (4, 99);\n');
      expect(orphan.code).not.toBe(0);
      expect(orphan.stderr).toMatch(/foreign key constraint fails/i);
    });

    it('the same script leaves the session with the checks it had', async () => {
      const db = await engine.scratch();
      await applyOk(db, compile(dialect, history(), { spec: 'r1' }).text);
      const up = compile(dialect, history(), { spec: 'r1:r2' }).text;
      // Run in one client session, then try an orphan insert in that same session: it must fail.
      const r = await db.apply(`${up}\nINSERT INTO \`child\` (\`id\`, \`a\`) VALUES (9, 42);\n`);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/foreign key constraint fails/i);
    });
  });
}

/**
 * PostgreSQL: a foreign key added to an existing table is ADD ... NOT VALID (no scan under the
 * strong lock) then VALIDATE CONSTRAINT (the scan, under SHARE UPDATE EXCLUSIVE): the key ends
 * validated, and violating rows still stop the script, which leaves the database as it was.
 */
describeEngine('postgresql', 'foreign keys added as NOT VALID, then validated', (engine) => {
  it('orphan rows fail the VALIDATE and roll back; without them the key ends validated and enforced', async () => {
    const db = await engine.scratch();
    await applyOk(db, compile('postgresql', history(), { spec: 'r1' }).text);
    await applyOk(db, 'INSERT INTO parent (id) VALUES (1);\nINSERT INTO child (id, a, b) VALUES (1, 1, NULL), (2, NULL, 5), (3, 7, NULL);\n');
    const up = compile('postgresql', history(), { spec: 'r1:r2' }).text;
    expect(up).toContain('FOREIGN KEY ("a") REFERENCES "parent" ("id") NOT VALID;\nALTER TABLE "child" VALIDATE CONSTRAINT "fk_child_a";');
    const key = () => db.query<{ convalidated: boolean }>("SELECT convalidated FROM pg_constraint WHERE conname = 'fk_child_a'");

    const refused = await db.apply(`\\set ON_ERROR_STOP on\n${up}`);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/violates foreign key constraint "fk_child_a"/);
    expect(await key()).toEqual([]);

    await applyOk(db, 'DELETE FROM child WHERE id = 3;\n');
    await applyOk(db, `\\set ON_ERROR_STOP on\n${up}`);
    expect(await key()).toEqual([{ convalidated: true }]);
    const orphan = await db.apply('\\set ON_ERROR_STOP on\nINSERT INTO child (id, a) VALUES (4, 99);\n');
    expect(orphan.code).not.toBe(0);
  });
});
