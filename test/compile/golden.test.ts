/**
 * Golden scripts: the realistic scenarios of scenarios.ts compiled per dialect and compared
 * byte for byte with test/compile/golden/<scenario>.<dialect>.sql (regenerate after a
 * deliberate change with UPDATE_GOLDEN=1, then review the diff). The checked-in files
 * themselves are then applied to the engines: the catalog must equal the model, the version
 * table the heads, the seeded rows must read back unchanged, and the downgrade scripts must
 * leave nothing but the emptied version table.
 *
 * The scripts are compiled without the in-script guard and client directives (those have
 * their own tests); everything else is what `upgrade ... --sql` prints.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../../src/core/dialect.js';
import type { Revision } from '../../src/core/ops.js';
import type { Literal } from '../../src/core/types.js';
import { describeEngine } from '../support/engines.js';
import { applyOk, compile, expectCatalog, type CompileOpts } from './harness.js';
import { expectRows, sqliteIntegrity } from './rows.js';
import { helpdesk, shop } from './scenarios.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Script {
  file: string;
  history: () => Revision[];
  plan: CompileOpts;
  /** Version table rows after the script. */
  versions: string[];
}

const SCRIPTS: Script[] = [
  { file: 'shop', history: shop, plan: { direction: 'upgrade', spec: 'heads' }, versions: ['shop007'] },
  { file: 'shop-downgrade', history: shop, plan: { direction: 'downgrade', spec: 'heads:base' }, versions: [] },
  { file: 'helpdesk', history: helpdesk, plan: { direction: 'upgrade', spec: 'heads' }, versions: ['hd_merge'] },
  { file: 'helpdesk-downgrade', history: helpdesk, plan: { direction: 'downgrade', spec: 'heads:base' }, versions: [] },
];

const goldenPath = (file: string, d: Dialect) => join(GOLDEN_DIR, `${file}.${d}.sql`);

function golden(file: string, d: Dialect): string {
  const path = goldenPath(file, d);
  if (!existsSync(path)) throw new Error(`missing ${path}: run the test with UPDATE_GOLDEN=1 and review the new file`);
  return readFileSync(path, 'utf8');
}

describe('golden scripts', () => {
  for (const s of SCRIPTS) {
    for (const d of DIALECTS) {
      it(`${s.file}.${d}.sql`, () => {
        const text = compile(d, s.history(), s.plan).text;
        if (UPDATE) {
          mkdirSync(GOLDEN_DIR, { recursive: true });
          writeFileSync(goldenPath(s.file, d), text);
        }
        expect(text).toBe(golden(s.file, d));
      });
    }
  }
});

/** What the shop's seed rows are after all its upgrades (an execute retitled one, another turned into a state). */
const SHOP_PRODUCTS: Literal[][] = [
  [1, 'MUG-01', 'Grandma\'s mug; "the" classic', 9.5, 'listed'],
  [2, 'TEE-\\02', 'T-shirt\n-- size L\r\n/* cotton */', 19.99, 'retired'],
  [3, 'CAP`03', 'untitled CAP`03', 0, 'listed'],
  [4, 'ŞAPKA-04', 'Şapka — 帽子 🧢', 12, 'listed'],
];
const SHOP_CUSTOMERS: Literal[][] = [
  [1, 'ann@example.org', "Ann O'Neil", 'active'],
  [2, 'bob@example.org', '', 'suspended'],
];

const ENGINES: { dialect: Dialect; via?: 'cli' | 'driver'; title: string }[] = [
  { dialect: 'postgresql', title: 'golden scripts applied' },
  { dialect: 'mysql', title: 'golden scripts applied' },
  { dialect: 'mariadb', title: 'golden scripts applied' },
  { dialect: 'sqlite', via: 'cli', title: 'golden scripts applied with the sqlite3 CLI' },
  { dialect: 'sqlite', via: 'driver', title: 'golden scripts applied with better-sqlite3' },
];

for (const e of ENGINES) {
  describeEngine(e.dialect, e.title, (engine) => {
    it('shop: upgrade, rows, downgrade', async () => {
      const db = await engine.scratch();
      await applyOk(db, golden('shop', e.dialect), e.via);
      await expectCatalog(db, compile(e.dialect, shop()).schema, ['shop007']);
      await expectRows(db, 'products', ['id', 'sku', 'title', 'price', 'state'], 'id', SHOP_PRODUCTS);
      await expectRows(db, 'customers', ['id', 'email', 'full_name', 'status'], 'id', SHOP_CUSTOMERS);
      if (e.dialect === 'sqlite') sqliteIntegrity(db, { table: 'order_items', row: { order_id: 1, product_id: 99, unit_price: 1 } });
      const down = compile(e.dialect, shop(), { direction: 'downgrade', spec: 'heads:base' });
      expect(down.schema.tables.size + down.schema.enums.size).toBe(0);
      await applyOk(db, golden('shop-downgrade', e.dialect), e.via);
      // nothing is left applied: the script drops the version table, as Alembic's offline scripts do
      await expectCatalog(db, down.schema, null);
      // and the next upgrade from base still passes its guard on a database without a version table
      await applyOk(db, golden('shop', e.dialect), e.via);
      await expectCatalog(db, compile(e.dialect, shop()).schema, ['shop007']);
    });

    it('helpdesk: branches up, merge, then all the way down', async () => {
      const db = await engine.scratch();
      await applyOk(db, golden('helpdesk', e.dialect), e.via);
      await expectCatalog(db, compile(e.dialect, helpdesk()).schema, ['hd_merge']);
      await expectRows(db, 'tickets', ['id', 'subject', 'project_id', 'priority'], 'id', [
        ['T-1', "Can't log in", 'tenant-a', 'normal'],
        ['T-2', 'Printer\\queue', 'tenant-b', 'high'],
      ]);
      await applyOk(db, golden('helpdesk-downgrade', e.dialect), e.via);
      await expectCatalog(db, compile(e.dialect, helpdesk(), { direction: 'downgrade', spec: 'heads:base' }).schema, null);
    });
  });
}
