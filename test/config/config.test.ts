import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, parseBool, type LoadConfigOptions } from '../../src/config/config.js';

const dir = mkdtempSync(join(tmpdir(), 'lbaas-config-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(text: string | Buffer): string {
  const name = `c${n++}.conf`;
  writeFileSync(join(dir, name), text);
  return name;
}
const load = (o: Partial<LoadConfigOptions> = {}) => loadConfig({ env: {}, cwd: dir, ...o });
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

describe('loadConfig', () => {
  it('with no file and no environment: sqlite:///lbaas.sqlite in the working directory and the defaults', () => {
    const { config, diagnostics } = load();
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      connection: 'sqlite:///lbaas.sqlite',
      connectionSource: 'default',
      dialect: 'sqlite',
      url: { dialect: 'sqlite', path: 'lbaas.sqlite' },
      versionTable: 'alembic_version_lbaas',
      versionsDir: 'versions',
      versionsPath: join(dir, 'versions'),
      cwd: dir,
      configFiles: [],
    });
    expect(config.targetSchemaFile).toBeUndefined();
    // unset: the range decides (expand-only PostgreSQL upgrades run one transaction per revision)
    expect(config.transactionPerMigration).toBeUndefined();
  });

  it('reads every option from the file', () => {
    const f = file(
      [
        '[DEFAULT]',
        '',
        '[database]',
        'connection = postgresql+psycopg2://neutron:pw@db/lbaas',
        '',
        '[alembic]',
        'version_table = lbaas_versions',
        'script_location = migrations/versions',
        'transaction_per_migration = Yes',
        '',
        '[autogenerate]',
        'target_ddl = schema/target.sql',
        '',
      ].join('\n'),
    );
    const { config, diagnostics } = load({ configFile: f });
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      connection: 'postgresql+psycopg2://neutron:pw@db/lbaas',
      connectionSource: 'config',
      dialect: 'postgresql',
      url: { dialect: 'postgresql', driver: 'psycopg2', user: 'neutron', password: 'pw', host: 'db', database: 'lbaas' },
      versionTable: 'lbaas_versions',
      versionsDir: 'migrations/versions',
      versionsPath: join(dir, 'migrations/versions'),
      targetSchemaFile: join(dir, 'schema/target.sql'),
      transactionPerMigration: true,
      configFiles: [f],
    });
  });

  it('%(here)s is the directory of the config file', () => {
    mkdirSync(join(dir, 'etc'), { recursive: true });
    writeFileSync(join(dir, 'etc', 'lbaas.conf'), '[alembic]\nscript_location = %(here)s/versions\n[autogenerate]\ntarget_ddl = %(here)s/t.sql\n');
    const { config } = load({ configFile: 'etc/lbaas.conf' });
    expect(config.versionsPath).toBe(join(dir, 'etc', 'versions'));
    expect(config.targetSchemaFile).toBe(join(dir, 'etc', 't.sql'));
  });

  it('LBAAS_DB_CONNECTION overrides the file; an explicit override wins over both', () => {
    const f = file('[database]\nconnection = sqlite:///from-file.db\n');
    const env = { LBAAS_DB_CONNECTION: 'mysql+pymysql://u:p@h/db' };
    expect(load({ configFile: f, env }).config).toMatchObject({ connectionSource: 'env', dialect: 'mysql', connection: env.LBAAS_DB_CONNECTION });
    expect(load({ env }).config.connectionSource).toBe('env');
    expect(load({ configFile: f, env: { LBAAS_DB_CONNECTION: '  ' } }).config.connectionSource).toBe('config');
    expect(load({ configFile: f, env, overrides: { connection: 'mariadb://h/x' } }).config).toMatchObject({ connectionSource: 'override', dialect: 'mariadb' });
  });

  it('--dialect overrides the dialect the URL names, warning when the families differ', () => {
    expect(load({ overrides: { dialect: 'postgresql' } })).toMatchObject({ config: { dialect: 'postgresql' }, diagnostics: [] });
    const env = { LBAAS_DB_CONNECTION: 'mysql://u:secret@h/db' };
    expect(load({ env, overrides: { dialect: 'mariadb' } })).toMatchObject({ config: { dialect: 'mariadb' }, diagnostics: [] });
    const { config, diagnostics } = load({ env, overrides: { dialect: 'postgres' } });
    expect(config.dialect).toBe('postgresql');
    expect(codes(diagnostics)).toEqual(['CF022']);
    expect(diagnostics[0]!.message).toContain('mysql://u:***@h/db');
    expect(diagnostics[0]!.message).not.toContain('secret');
  });

  it('an unknown --dialect is an error with did-you-mean', () => {
    const { diagnostics } = load({ overrides: { dialect: 'mysq' } });
    expect(diagnostics).toMatchObject([{ code: 'CF021', severity: 'error' }]);
    expect(diagnostics[0]!.hint).toContain("did you mean 'mysql'");
  });

  it('a bad connection URL is an error that shows the URL redacted and where it came from', () => {
    const f = file('[database]\n\nconnection = mysql://u:hunter2@h:port/db\n');
    const { config, diagnostics } = load({ configFile: f });
    expect(config.url).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'CF020', severity: 'error', line: 3, at: { file: f, path: ['database', 'connection'] } }]);
    expect(diagnostics[0]!.message).toContain(`[database] connection in ${f}`);
    expect(diagnostics[0]!.message).toContain('mysql://u:***@h:port/db');
    expect(JSON.stringify(diagnostics)).not.toContain('hunter2');

    const env = load({ env: { LBAAS_DB_CONNECTION: 'nonsense' } }).diagnostics;
    expect(env).toMatchObject([{ code: 'CF020' }]);
    expect(env[0]!.message).toContain('LBAAS_DB_CONNECTION');
  });

  it('unknown sections and keys are warnings with did-you-mean', () => {
    const f = file(
      [
        '[databse]',
        'connection = sqlite://',
        '[database]',
        'conection = sqlite://',
        'max_pol_size = 5',
        '[alembic]',
        'version_tabel = x',
        'connection = sqlite://',
        'sqlalchemy.url = sqlite://',
        '[keystone_authtoken]',
        'auth_url = http://x',
        '[Autogenerate]',
        'target_ddl = t.sql',
      ].join('\n'),
    );
    const { diagnostics, config } = load({ configFile: f });
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    const byLine = Object.fromEntries(diagnostics.map((d) => [d.line, d]));
    expect(byLine[1]).toMatchObject({ code: 'CF010' });
    expect(byLine[1]!.hint).toContain('did you mean [database]');
    expect(byLine[4]).toMatchObject({ code: 'CF011' });
    expect(byLine[4]!.hint).toContain("did you mean 'connection'");
    expect(byLine[5]!.hint).toContain("did you mean 'max_pool_size'? (read by oslo.db; this tool ignores it)");
    expect(byLine[7]!.hint).toContain("did you mean 'version_table'");
    expect(byLine[8]!.hint).toContain("'connection' belongs in [database]");
    expect(byLine[9]!.hint).toContain('[database] connection');
    // keystone's own section is another program's: skipped without a word
    expect(byLine[10]).toBeUndefined();
    expect(byLine[12]!.hint).toContain('did you mean [autogenerate]');
    expect(diagnostics).toHaveLength(7);
    // nothing from unknown places is used
    expect(config.connectionSource).toBe('default');
    expect(config.targetSchemaFile).toBeUndefined();
  });

  it("a neutron.conf's own sections and oslo.db's [database] keys are read quietly; keys nobody knows still warn", () => {
    const f = file(
      [
        '[DEFAULT]',
        'core_plugin = ml2',
        'service_plugins = router,lbaasv2',
        'debug = false',
        'auth_strategy = keystone',
        '[database]',
        'connection = sqlite:///n.sqlite',
        'max_retries = -1',
        'idle_timeout = 3600',
        'max_pool_size = 10',
        'max_overflow = 20',
        'pool_timeout = 10',
        'connection_recycle_time = 600',
        'mysql_sql_mode = TRADITIONAL',
        'db_max_retries = 20',
        'retry_interval = 10',
        'slave_connection =',
        'use_db_reconnect = false',
        'conection_debug = 1',
        '[keystone_authtoken]',
        'auth_url = http://keystone:5000',
        'url = http://x',
        'password = secret',
        '[oslo_concurrency]',
        'lock_path = /var/lib/neutron/tmp',
        '[service_providers]',
        'service_provider = LOADBALANCERV2:Haproxy:x.y.z:default',
        '[alembic]',
        'version_table = alembic_version_lbaas',
        'file_template = %%(rev)s_%%(slug)s',
        'timezone = UTC',
        '[loggers]',
        'keys = root',
      ].join('\n'),
    );
    const { diagnostics, config } = load({ configFile: f });
    expect(config.connection).toBe('sqlite:///n.sqlite');
    // the one key nobody reads: a misspelt oslo.db option
    expect(diagnostics).toMatchObject([{ code: 'CF011', line: 19 }]);
    expect(diagnostics[0]!.hint).toContain("did you mean 'connection_debug'?");
  });

  it('one of our keys in [DEFAULT] or another section is pointed home', () => {
    const f = file(['[DEFAULT]', 'connection = sqlite:///x', 'sql_connection = sqlite:///y', '[nova]', 'version_table = v'].join('\n'));
    const { diagnostics, config } = load({ configFile: f });
    expect(config.connectionSource).toBe('default');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CF011', 2],
      ['CF011', 3],
      ['CF011', 5],
    ]);
    expect(diagnostics[0]!.hint).toContain("'connection' belongs in [database]");
    expect(diagnostics[1]!.hint).toContain('[database] connection');
    expect(diagnostics[2]!.hint).toContain("'version_table' belongs in [alembic]");
  });

  it('a missing config file given explicitly is an error', () => {
    const { diagnostics, config } = load({ configFile: 'nope.conf' });
    expect(diagnostics).toMatchObject([{ code: 'CF001', severity: 'error' }]);
    expect(diagnostics[0]!.message).toContain("'nope.conf' does not exist");
    expect(config.connection).toBe('sqlite:///lbaas.sqlite');
    expect(load({ configFile: '.' }).diagnostics[0]!.message).toContain('is a directory');
  });

  it('several files: later values win', () => {
    const a = file('[database]\nconnection = sqlite:///a.db\n[alembic]\nversion_table = va\n');
    const b = file('[database]\nconnection = sqlite:///b.db\n');
    const { config, diagnostics } = load({ configFile: [a, b] });
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({ connection: 'sqlite:///b.db', versionTable: 'va', configFiles: [a, b] });
  });

  it('validates version_table', () => {
    for (const bad of ['alembic-version', '1abc', 'x y', 'v # comment', 'a'.repeat(64), '']) {
      const { diagnostics, config } = load({ configFile: file(`[alembic]\nversion_table = ${bad}\n`) });
      expect(codes(diagnostics), bad).toEqual(['CF023']);
      expect(diagnostics[0]!.line).toBe(2);
      expect(config.versionTable).toBe('alembic_version_lbaas');
    }
    expect(codes(load({ overrides: { versionTable: 'bad-name' } }).diagnostics)).toEqual(['CF023']);
    const upper = load({ configFile: file('[alembic]\nversion_table = LbaasVersion\n') });
    expect(upper.config.versionTable).toBe('LbaasVersion');
    expect(upper.diagnostics).toMatchObject([{ code: 'CF026', severity: 'warning' }]);
  });

  it('validates transaction_per_migration and script_location', () => {
    expect(load({ configFile: file('[alembic]\ntransaction_per_migration = maybe\n') }).diagnostics).toMatchObject([{ code: 'CF024', line: 2 }]);
    expect(load({ configFile: file('[alembic]\ntransaction_per_migration = off\n') }).config.transactionPerMigration).toBe(false);
    expect(load({ overrides: { transactionPerMigration: true } }).config.transactionPerMigration).toBe(true);
    expect(load({ configFile: file('[alembic]\nscript_location = neutron_lbaas.db.migration:alembic_migrations\n') }).diagnostics).toMatchObject([
      { code: 'CF027' },
    ]);
    expect(load({ configFile: file('[alembic]\nscript_location =\n') }).diagnostics).toMatchObject([{ code: 'CF025' }]);
    expect(load({ configFile: file('[alembic]\nscript_location = /abs/versions\n') }).config.versionsPath).toBe('/abs/versions');
  });

  it('passes INI syntax errors through with their line numbers', () => {
    const f = file('[database]\nconnection = sqlite://\n\nwhat is this\n');
    const { diagnostics } = load({ configFile: f });
    expect(diagnostics).toMatchObject([{ code: 'CF002', severity: 'error', line: 4 }]);
    expect(diagnostics[0]!.message).toContain(`${f} line 4`);
  });

  it('reports a file that is not UTF-8, with the line', () => {
    const f = file(Buffer.concat([Buffer.from('[database]\n# caf'), Buffer.from([0xe9]), Buffer.from('\nconnection = sqlite://\n')]));
    const { diagnostics, config } = load({ configFile: f });
    expect(diagnostics).toMatchObject([{ code: 'CF008', line: 2 }]);
    expect(config.connection).toBe('sqlite://');
  });
});

describe('parseBool', () => {
  it('accepts oslo spellings', () => {
    expect(['true', 'On', 'YES', '1'].map(parseBool)).toEqual([true, true, true, true]);
    expect(['false', 'off', 'No', '0'].map(parseBool)).toEqual([false, false, false, false]);
    expect(parseBool('y')).toBeUndefined();
  });
});
