/**
 * populate without a database: the data files' shape, their checks against the
 * model at heads, the revisions the guard requires, and the upserts per dialect.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appliedAt } from '../../src/pipeline/compile-plan.js';
import type { Dialect } from '../../src/core/dialect.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import { compilePopulate, loadOrder } from '../../src/populate/populate-script.js';
import { CountLines } from '../../src/populate/populate.js';
import { loadDataFiles, type DataFile } from '../../src/populate/data.js';
import { requiredRevisions, validateData } from '../../src/populate/check-data.js';
import { modelAt, ROOT } from '../author/project.js';

const HEADS = (() => [...buildGraph(loadHistoryFiles(ROOT, 'versions').revisions).graph.heads])();
const DIALECTS: Dialect[] = ['postgresql', 'mysql', 'mariadb', 'sqlite'];

function dataDir(files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lbaas-data-'));
  mkdirSync(join(dir, 'versions', 'data'), { recursive: true });
  for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, 'versions', 'data', n), t);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const file = (table: string, rows: Record<string, unknown>[], key: string[] = ['name']): DataFile => ({
  file: `versions/data/${table}.jsonc`,
  table,
  key,
  rows: rows as DataFile['rows'],
  src: { file: `versions/data/${table}.jsonc`, path: [] },
});

describe('the shipped standard data', () => {
  it('9 lookup tables, 39 rows, valid against the model at heads on every dialect', () => {
    const { files, diagnostics } = loadDataFiles(ROOT, 'versions');
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => `${f.table}:${f.rows.length}`)).toEqual([
      'lbaas_algorithm:3',
      'lbaas_health_monitor_type:4',
      'lbaas_l7policy_action:3',
      'lbaas_l7rule_compare_type:5',
      'lbaas_l7rule_type:5',
      'lbaas_operating_status:6',
      'lbaas_protocol:4',
      'lbaas_provisioning_status:6',
      'lbaas_session_persistence_type:3',
    ]);
    for (const d of DIALECTS) expect(validateData(files, modelAt(HEADS, d), d)).toEqual([]);
  });
  it('the lookup values cover the values of the enums the v2 tables use', () => {
    const { files } = loadDataFiles(ROOT, 'versions');
    const names = (t: string) => files.find((f) => f.table === t)!.rows.map((r) => r.name);
    const model = modelAt(HEADS, 'postgresql');
    const enumOf = (t: string, c: string) => {
      const type = model.tables.get(t)!.columns.find((x) => x.name === c)!.type;
      return type.kind === 'enum' ? type.values : [];
    };
    expect(names('lbaas_protocol')).toEqual(expect.arrayContaining([...enumOf('lbaas_listeners', 'protocol'), ...enumOf('lbaas_pools', 'protocol')]));
    expect(names('lbaas_algorithm')).toEqual(enumOf('lbaas_pools', 'lb_algorithm'));
    expect(names('lbaas_health_monitor_type')).toEqual(enumOf('lbaas_healthmonitors', 'type'));
    expect(names('lbaas_session_persistence_type')).toEqual(enumOf('lbaas_sessionpersistences', 'type'));
    expect(names('lbaas_l7rule_type')).toEqual(enumOf('lbaas_l7rules', 'type'));
    expect(names('lbaas_l7rule_compare_type')).toEqual(enumOf('lbaas_l7rules', 'compare_type'));
    expect(names('lbaas_l7policy_action')).toEqual(enumOf('lbaas_l7policies', 'action'));
  });
  it('the guard requires the revision that creates the lookup tables (or a later one)', () => {
    const h = loadHistoryFiles(ROOT, 'versions');
    const { graph } = buildGraph(h.revisions);
    const { files } = loadDataFiles(ROOT, 'versions');
    const reqs = requiredRevisions(graph, appliedAt(graph, graph.heads), files, 'postgresql');
    expect(reqs.map((r) => [r.revision, r.tables.length])).toEqual([['c47fda60c1b8', 9]]);
    expect(reqs[0]!.accepted[0]).toBe('c47fda60c1b8');
    expect(reqs[0]!.accepted).not.toContain('844352f9fe6f');
  });
});

describe('data file checks', () => {
  it('shape: fields, key, row values, duplicate keys, one file per table', () => {
    const d = dataDir({
      'a.jsonc': '{ "table": "lbaas_protocol", "key": ["name"], "rows": [ { "name": "X" }, { "name": "X" } ] }',
      'b.jsonc': '{ "table": "lbaas_protocol", "key": "name", "rows": [] }',
      'c.jsonc': '{ "table": "t", "keys": ["name"], "rows": [ { "name": [1] } ] }',
      'd.jsonc': '{ "table": "t2", "key": ["name"], "rows": [ { "description": "no key" } ] }',
      'e.jsonc': '{ "table": "t3", "key": ["name"], "rows": [ ',
    });
    try {
      const { files, diagnostics } = loadDataFiles(d.dir, 'versions');
      expect(diagnostics.map((x) => `${x.code} ${x.at?.file.split('/').pop()} ${x.message}`)).toEqual([
        'LD002 a.jsonc row 1 has the same key as row 0 (name = "X")',
        "LD003 c.jsonc unknown field 'keys'",
        "LD004 c.jsonc missing required field 'key'",
        "LD002 c.jsonc field 'rows[0].name': expected a string, number, boolean or null, found a list",
        'LD004 d.jsonc row 0 has no value for key column "name"',
        expect.stringMatching(/^DT001 e\.jsonc syntax error/),
      ]);
      expect(files.map((f) => f.file)).toEqual(['versions/data/b.jsonc']);
    } finally {
      d.remove();
    }
  });
  it('against the model: table, key, columns, NOT NULL, types', () => {
    const model = modelAt(HEADS, 'postgresql');
    const out = validateData(
      [
        file('lbaas_protocols', [{ name: 'X' }]),
        file('ports', [{ id: 'x' }], ['id']),
        file('lbaas_protocol', [{ name: 'X' }], ['description']),
        file('lbaas_protocol', [
          { name: 'X'.repeat(31), description: 'd', colour: 'red' },
          { name: 'Y', description: 5 },
        ]),
        file('lbaas_listeners', [{ id: 'a', protocol: 'UDP', protocol_port: 1.5, admin_state_up: 'yes' }], ['id']),
      ],
      model,
      'postgresql',
    );
    expect(out.map((d) => `${d.code} ${d.message}`)).toEqual([
      'DT010 table lbaas_protocols does not exist at heads',
      'DT011 table ports is an external (Neutron) table',
      'DT013 (description) is neither the primary key nor a unique key of lbaas_protocol',
      `DT017 row 0: lbaas_protocol.name (string(30)): "${'X'.repeat(20)}…" is 31 characters, more than 30`,
      'DT015 column lbaas_protocol.colour does not exist',
      'DT017 row 1: lbaas_protocol.description (string(255)): expected a string, found number 5',
      'DT017 row 0: lbaas_listeners.protocol (enum listener_protocolsv2(HTTP, HTTPS, TCP, TERMINATED_HTTPS)): "UDP" is not one of HTTP, HTTPS, TCP, TERMINATED_HTTPS',
      'DT017 row 0: lbaas_listeners.protocol_port (integer): expected an integer, found number 1.5',
      'DT017 row 0: lbaas_listeners.admin_state_up (boolean): expected true or false, found string yes',
      'DT016 row 0 has no value for NOT NULL column lbaas_listeners.provisioning_status (it has no default)',
      'DT016 row 0 has no value for NOT NULL column lbaas_listeners.operating_status (it has no default)',
    ]);
  });
  it('parents are loaded before the tables that reference them', () => {
    const model = modelAt(HEADS, 'postgresql');
    const order = loadOrder([file('lbaas_listeners', [], ['id']), file('lbaas_loadbalancers', [], ['id']), file('lbaas_l7policies', [], ['id'])], model);
    expect(order.map((f) => f.table)).toEqual(['lbaas_loadbalancers', 'lbaas_listeners', 'lbaas_l7policies']);
  });
});

describe('the upserts', () => {
  const f = file('lbaas_protocol', [{ name: "it's", description: 'a' }, { name: 'B' }]);
  const upserts = (d: Dialect) => {
    const s = compilePopulate(d, [f], modelAt(HEADS, d), [], { versionTable: 'alembic_version_lbaas', guard: false, clientDirectives: false });
    return s.chunks.filter((c) => c.template === 'upsert').map((c) => s.text.slice(c.start, c.end));
  };
  it('PostgreSQL: ON CONFLICT DO UPDATE only when a value differs; key-only rows DO NOTHING', () => {
    expect(upserts('postgresql')).toEqual([
      `INSERT INTO "lbaas_protocol" ("name", "description") VALUES\n    ('it''s', 'a')\nON CONFLICT ("name") DO UPDATE SET "description" = EXCLUDED."description"\n    WHERE ("lbaas_protocol"."description") IS DISTINCT FROM (EXCLUDED."description");\n`,
      `INSERT INTO "lbaas_protocol" ("name") VALUES\n    ('B')\nON CONFLICT ("name") DO NOTHING;\n`,
    ]);
  });
  it('MySQL/MariaDB: ON DUPLICATE KEY UPDATE', () => {
    for (const d of ['mysql', 'mariadb'] as Dialect[]) {
      expect(upserts(d)).toEqual([
        "INSERT INTO `lbaas_protocol` (`name`, `description`) VALUES\n    ('it''s', 'a')\nON DUPLICATE KEY UPDATE `description` = VALUES(`description`);\n",
        "INSERT INTO `lbaas_protocol` (`name`) VALUES\n    ('B')\nON DUPLICATE KEY UPDATE `name` = `name`;\n",
      ]);
    }
  });
  it('SQLite: ON CONFLICT DO UPDATE ... WHERE IS NOT', () => {
    expect(upserts('sqlite')).toEqual([
      `INSERT INTO "lbaas_protocol" ("name", "description") VALUES\n    ('it''s', 'a')\nON CONFLICT ("name") DO UPDATE SET "description" = excluded."description"\n    WHERE "lbaas_protocol"."description" IS NOT excluded."description";\n`,
      `INSERT INTO "lbaas_protocol" ("name") VALUES\n    ('B')\nON CONFLICT ("name") DO NOTHING;\n`,
    ]);
  });
});

describe('the count lines an online run collects', () => {
  it('sums each statement [i/n] once per table, wherever the client puts the line; a missing or foreign line gives no counts, never a guess', () => {
    const c = new CountLines();
    c.line('populate');
    c.line(' populate lbaas_protocol [1/3]: 1 inserted, 2 updated, 3 unchanged');
    c.line('psql:<stdin>:40: NOTICE:  populate lbaas_protocol [1/3]: 9 inserted, 9 updated, 9 unchanged');
    c.line('populate lbaas_protocol [2/3]: 0 inserted, 1 updated, 0 unchanged');
    c.line('populate lbaas_algorithm [3/4]: 7 inserted, 7 updated, 7 unchanged');
    expect(c.tables().size).toBe(0);
    c.line('populate lbaas_algorithm [3/3]: 3 inserted, 0 updated, 0 unchanged');
    expect(Object.fromEntries(c.tables())).toEqual({
      lbaas_protocol: { inserted: 1, updated: 3, unchanged: 3 },
      lbaas_algorithm: { inserted: 3, updated: 0, unchanged: 0 },
    });
  });

  it('the compiled script has one count statement, [i/n] in order, right before each upsert, on every dialect', () => {
    const { files } = loadDataFiles(ROOT, 'versions');
    for (const d of DIALECTS) {
      const s = compilePopulate(d, files, modelAt(HEADS, d), [], { versionTable: 'alembic_version_lbaas', guard: false, clientDirectives: false });
      const kinds = s.chunks.filter((ch) => ch.kind === 'statement' && (ch.template === 'populate_count' || ch.template === 'upsert')).map((ch) => ch.template);
      expect(kinds).toEqual(files.flatMap(() => ['populate_count', 'upsert']));
      const labels = [...s.text.matchAll(/'populate (\w+) \[(\d+)\/9\]: '/g)].map((m) => `${m[2]} ${m[1]}`);
      expect(labels).toEqual(loadOrder(files, modelAt(HEADS, d)).map((f, i) => `${i + 1} ${f.table}`));
    }
  });
});
