import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { didYouMean, type Diagnostic } from '../core/diagnostics.js';
import { DIALECTS, family, isDialect, type Dialect } from '../core/dialect.js';
import { FOREIGN_OPTIONS, isForeignOption } from './foreign.js';
import { parseIni } from './ini.js';
import { controlIn, parseDbUrl, redactUrl, showControls, type DbUrl } from './url.js';

/** Environment variable that overrides `[database] connection`. */
export const CONNECTION_ENV = 'LBAAS_DB_CONNECTION';
/** The connection used with no config file and no environment variable: a file in the working directory. */
export const DEFAULT_CONNECTION = 'sqlite:///lbaas.sqlite';
export const DEFAULT_VERSION_TABLE = 'alembic_version_lbaas';
export const DEFAULT_VERSIONS_DIR = 'versions';

/** Every option this tool reads, by section. `DEFAULT` is known but holds none of ours. */
export const KNOWN_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  DEFAULT: [],
  database: ['connection', 'lock_wait_timeout', 'lock_timeout'],
  alembic: ['script_location', 'version_table', 'transaction_per_migration'],
  autogenerate: ['target_ddl'],
  mysql: ['charset', 'collation'],
  postgresql: ['create_index_concurrently'],
};

/** Keys other tools use for what this tool reads from [database] connection. */
const URL_ALIASES = new Set(['sqlalchemy.url', 'sql_connection', 'url']);

export interface ConfigOverrides {
  /** Wins over the environment and the config file. */
  connection?: string;
  /** `--dialect`: the dialect to compile for, instead of the one the URL names. */
  dialect?: string;
  versionTable?: string;
  versionsDir?: string;
  targetSchemaFile?: string;
  transactionPerMigration?: boolean;
}

export interface LoadConfigOptions {
  /** `--config-file`; several are read in order, later values winning (as oslo.config does). */
  configFile?: string | readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  overrides?: ConfigOverrides;
}

export type ConnectionSource = 'override' | 'env' | 'config' | 'default';

export interface LbaasConfig {
  /** The working directory relative paths are resolved against. */
  cwd: string;
  /** The config files read, as given. */
  configFiles: string[];
  /** The database URL. It may hold a password: show it only through redactUrl(). */
  connection: string;
  connectionSource: ConnectionSource;
  /** The parsed connection URL; undefined when it does not parse (an error diagnostic says why). */
  url?: DbUrl;
  /** The explicit dialect override, else the URL's dialect (sqlite when the URL does not parse). */
  dialect: Dialect;
  versionTable: string;
  /** The versions directory as configured (relative to cwd unless absolute). */
  versionsDir: string;
  /** The versions directory, absolute. */
  versionsPath: string;
  /** `[autogenerate] target_ddl`, absolute. */
  targetSchemaFile?: string;
  /** `[alembic] transaction_per_migration`; unset: the range decides (expand ranges on PostgreSQL run one per revision). */
  transactionPerMigration?: boolean;
  /**
   * `[database] lock_wait_timeout`: seconds an online run waits for the migration lock before it
   * stops with EX012, nothing changed. Unset: the script's own wait.
   */
  lockWaitTimeout?: number;
  /** `[mysql] charset` / `collation`: what tables created on MySQL/MariaDB state (unset: utf8, as Neutron's). */
  mysqlCharset?: { charset?: string; collation?: string };
  /** `[database] lock_timeout`: seconds each statement of a script waits for a table or row lock. Unset: the scripts' default. */
  lockTimeout?: number;
  /**
   * `[postgresql] create_index_concurrently`: expand revisions run one transaction per revision
   * build their indexes with CREATE INDEX CONCURRENTLY (PostgreSQL only; other dialects ignore it).
   */
  createIndexConcurrently?: { value: boolean; where: string };
}

export interface LoadedConfig {
  config: LbaasConfig;
  diagnostics: Diagnostic[];
}

interface Setting {
  value: string;
  file: string;
  line: number;
}

const TRUE_VALUES = ['true', '1', 'on', 'yes'];
const FALSE_VALUES = ['false', '0', 'off', 'no'];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The longest lock_wait_timeout, in seconds: a day. */
const MAX_LOCK_WAIT = 86_400;
/** PostgreSQL's limit; MySQL allows 64, SQLite more. */
const MAX_IDENTIFIER = 63;

/** Reads the configuration. Never throws; problems come back as diagnostics (CF***). */
export function loadConfig(opts: LoadConfigOptions): LoadedConfig {
  const diagnostics: Diagnostic[] = [];
  const cwd = resolve(opts.cwd);
  const overrides = opts.overrides ?? {};
  const files = opts.configFile === undefined ? [] : typeof opts.configFile === 'string' ? [opts.configFile] : [...opts.configFile];

  // section -> key -> setting, merged over the files in order.
  const settings = new Map<string, Map<string, Setting>>();
  for (const file of files) readConfigFile(file, cwd, settings, diagnostics);

  const get = (section: string, key: string): Setting | undefined => settings.get(section)?.get(key);
  const where = (s: Setting, section: string, key: string) => ({ at: { file: s.file, path: [section, key] }, line: s.line, col: 1 });
  const expand = (s: Setting) => s.value.replaceAll('%(here)s', dirname(resolve(cwd, s.file)));

  // --- connection ---
  let connection: string;
  let connectionSource: ConnectionSource;
  const fromFile = get('database', 'connection');
  const fromEnv = opts.env[CONNECTION_ENV];
  if (overrides.connection !== undefined) {
    connection = overrides.connection;
    connectionSource = 'override';
  } else if (fromEnv !== undefined && fromEnv.trim() !== '') {
    connection = fromEnv.trim();
    connectionSource = 'env';
  } else if (fromFile) {
    connection = fromFile.value;
    connectionSource = 'config';
  } else {
    connection = DEFAULT_CONNECTION;
    connectionSource = 'default';
  }
  let url: DbUrl | undefined;
  const parsed = parseDbUrl(connection);
  if (parsed.ok) {
    url = parsed.url;
  } else {
    const origin =
      connectionSource === 'env'
        ? `the ${CONNECTION_ENV} environment variable`
        : connectionSource === 'config'
          ? `[database] connection in ${fromFile!.file}`
          : connectionSource === 'override'
            ? '--database-connection'
            : 'the default connection';
    diagnostics.push({
      code: 'CF020',
      severity: 'error',
      message: `${origin}: ${parsed.message}`,
      ...(connectionSource === 'config' ? where(fromFile!, 'database', 'connection') : {}),
      hint: parsed.hint,
    });
  }

  // --- dialect ---
  let dialect: Dialect = url?.dialect ?? 'sqlite';
  if (overrides.dialect !== undefined) {
    const d = overrides.dialect.trim().toLowerCase();
    const alias = d === 'postgres' ? 'postgresql' : d;
    if (isDialect(alias)) {
      dialect = alias;
      if (url && connectionSource !== 'default' && family(url.dialect) !== family(alias)) {
        diagnostics.push({
          code: 'CF022',
          severity: 'warning',
          message: `--dialect ${alias} differs from the ${url.dialect} database the connection names (${redactUrl(connection)})`,
          hint: 'offline output (--sql) uses --dialect; anything run against the database will fail: drop --dialect, or point the connection at a matching database',
        });
      }
    } else {
      const guess = didYouMean(d, DIALECTS);
      diagnostics.push({
        code: 'CF021',
        severity: 'error',
        message: `unknown dialect '${overrides.dialect}'`,
        hint: `${guess ? `did you mean '${guess}'? ` : ''}the dialects are ${DIALECTS.join(', ')}`,
      });
    }
  }

  // --- version table ---
  let versionTable = DEFAULT_VERSION_TABLE;
  {
    const s = get('alembic', 'version_table');
    const v = overrides.versionTable ?? s?.value;
    const loc = overrides.versionTable === undefined && s ? where(s, 'alembic', 'version_table') : {};
    if (v !== undefined) {
      const name = v.trim();
      if (!IDENTIFIER.test(name) || name.length > MAX_IDENTIFIER) {
        diagnostics.push({
          code: 'CF023',
          severity: 'error',
          message: `version_table '${name}' is not a plain identifier`,
          ...loc,
          hint:
            name.length > MAX_IDENTIFIER
              ? `use at most ${MAX_IDENTIFIER} characters`
              : `use letters, digits and '_', starting with a letter or '_' (e.g. ${DEFAULT_VERSION_TABLE}); comments go on a line of their own, not after the value`,
        });
      } else {
        versionTable = name;
        if (name !== name.toLowerCase()) {
          diagnostics.push({
            code: 'CF026',
            severity: 'warning',
            message: `version_table '${name}' has upper-case letters`,
            ...loc,
            hint: 'PostgreSQL folds unquoted names to lower case and MySQL table names may be case-sensitive; a lower-case name means the same table everywhere',
          });
        }
      }
    }
  }

  // --- versions directory ---
  let versionsDir = DEFAULT_VERSIONS_DIR;
  {
    const s = get('alembic', 'script_location');
    const v = overrides.versionsDir ?? (s ? expand(s) : undefined);
    const loc = overrides.versionsDir === undefined && s ? where(s, 'alembic', 'script_location') : {};
    if (v !== undefined) {
      const dir = v.trim();
      if (dir === '') {
        diagnostics.push({
          code: 'CF025',
          severity: 'error',
          message: 'script_location is empty',
          ...loc,
          hint: `give the versions directory, e.g. script_location = ${DEFAULT_VERSIONS_DIR} (relative to the working directory) or %(here)s/versions (next to the config file)`,
        });
      } else if (/^[A-Za-z_][\w.]*:[^/\\]/.test(dir) && !/^[A-Za-z]:[\\/]/.test(dir)) {
        diagnostics.push({
          code: 'CF027',
          severity: 'error',
          message: `script_location '${dir}' looks like a Python package reference`,
          ...loc,
          hint: 'give a directory: relative to the working directory, absolute, or %(here)s/... for one next to the config file',
        });
      } else {
        versionsDir = dir;
      }
    }
  }

  // --- target DDL ---
  let targetSchemaFile: string | undefined;
  {
    const s = get('autogenerate', 'target_ddl');
    const v = overrides.targetSchemaFile ?? (s ? expand(s) : undefined);
    if (v !== undefined && v.trim() !== '') targetSchemaFile = resolve(cwd, v.trim());
  }

  // --- transaction per migration ---
  let transactionPerMigration: boolean | undefined;
  if (overrides.transactionPerMigration !== undefined) {
    transactionPerMigration = overrides.transactionPerMigration;
  } else {
    const s = get('alembic', 'transaction_per_migration');
    if (s) {
      const b = parseBool(s.value);
      if (b === undefined) {
        diagnostics.push({
          code: 'CF024',
          severity: 'error',
          message: `transaction_per_migration must be true or false, not '${s.value}'`,
          ...where(s, 'alembic', 'transaction_per_migration'),
          hint: `one of ${[...TRUE_VALUES, ...FALSE_VALUES].join(', ')}`,
        });
      } else {
        transactionPerMigration = b;
      }
    }
  }

  // --- lock waits, in seconds ---
  /** A `[database]` number of seconds, greater than 0 and at most MAX_LOCK_WAIT; an error (code) otherwise. */
  const seconds = (key: string, code: string, example: string): number | undefined => {
    const s = get('database', key);
    if (!s) return undefined;
    const v = s.value.trim();
    const n = Number(v);
    if (/^\d+(\.\d+)?$/.test(v) && n > 0 && n <= MAX_LOCK_WAIT) return n;
    diagnostics.push({
      code,
      severity: 'error',
      message: `${key} must be a number of seconds greater than 0 and at most ${MAX_LOCK_WAIT}, not '${v}'`,
      ...where(s, 'database', key),
      hint: `e.g. ${key} = ${example}`,
    });
    return undefined;
  };
  const lockWaitTimeout = seconds(
    'lock_wait_timeout',
    'CF029',
    "30 (seconds an online run waits for another run's migration lock before it stops, nothing changed)",
  );
  // each statement's wait for a table or row lock, in the scripts
  const lockTimeout = seconds(
    'lock_timeout',
    'CF030',
    '5 (seconds each statement of a migration script waits for a table or row lock before the script stops, so services are not blocked behind it)',
  );

  // --- MySQL table character set ---
  const mysqlCharset: { charset?: string; collation?: string } = {};
  for (const key of ['charset', 'collation'] as const) {
    const s = get('mysql', key);
    if (!s) continue;
    const v = s.value.trim();
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(v)) {
      diagnostics.push({
        code: 'CF040',
        severity: 'error',
        message: `[mysql] ${key} '${v}' is not a character set or collation name`,
        ...where(s, 'mysql', key),
        hint:
          key === 'charset'
            ? 'e.g. charset = utf8 (the set of the existing Neutron tables) or utf8mb4'
            : 'e.g. collation = utf8_general_ci; unset, it is the charset followed by _general_ci',
      });
    } else {
      mysqlCharset[key] = v;
    }
  }

  // --- PostgreSQL: concurrent index builds ---
  let createIndexConcurrently: LbaasConfig['createIndexConcurrently'];
  {
    const s = get('postgresql', 'create_index_concurrently');
    if (s) {
      const b = parseBool(s.value);
      if (b === undefined) {
        diagnostics.push({
          code: 'CF041',
          severity: 'error',
          message: `create_index_concurrently must be true or false, not '${s.value}'`,
          ...where(s, 'postgresql', 'create_index_concurrently'),
          hint: `one of ${[...TRUE_VALUES, ...FALSE_VALUES].join(', ')}`,
        });
      } else {
        createIndexConcurrently = { value: b, where: `[postgresql] create_index_concurrently (${s.file} line ${s.line})` };
      }
    }
  }

  const config: LbaasConfig = {
    cwd,
    configFiles: files,
    connection,
    connectionSource,
    dialect,
    versionTable,
    versionsDir,
    versionsPath: isAbsolute(versionsDir) ? versionsDir : resolve(cwd, versionsDir),
  };
  if (transactionPerMigration !== undefined) config.transactionPerMigration = transactionPerMigration;
  if (url) config.url = url;
  if (targetSchemaFile !== undefined) config.targetSchemaFile = targetSchemaFile;
  if (lockWaitTimeout !== undefined) config.lockWaitTimeout = lockWaitTimeout;
  if (mysqlCharset.charset !== undefined || mysqlCharset.collation !== undefined) config.mysqlCharset = mysqlCharset;
  if (lockTimeout !== undefined) config.lockTimeout = lockTimeout;
  if (createIndexConcurrently !== undefined) config.createIndexConcurrently = createIndexConcurrently;
  return { config, diagnostics };
}

/** oslo.config's boolean spellings, case-insensitive. */
export function parseBool(v: string): boolean | undefined {
  const s = v.trim().toLowerCase();
  if (TRUE_VALUES.includes(s)) return true;
  if (FALSE_VALUES.includes(s)) return false;
  return undefined;
}

function readConfigFile(file: string, cwd: string, settings: Map<string, Map<string, Setting>>, diagnostics: Diagnostic[]): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    diagnostics.push({
      code: 'CF001',
      severity: 'error',
      message:
        code === 'ENOENT'
          ? `config file '${file}' does not exist`
          : code === 'EISDIR'
            ? `config file '${file}' is a directory`
            : `cannot read config file '${file}': ${code ?? (e as Error).message}`,
      hint:
        code === 'ENOENT' || code === 'EISDIR'
          ? `check the --config-file path (relative paths are from the working directory); without --config-file the built-in defaults and ${CONNECTION_ENV} are used`
          : 'check the file permissions',
    });
    return;
  }
  const text = bytes.toString('utf8');
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0 && !bytes.includes(Buffer.from('\uFFFD', 'utf8'))) {
    const line = text.slice(0, bad).split('\n').length;
    diagnostics.push({
      code: 'CF008',
      severity: 'error',
      message: `${file} line ${line}: the file is not valid UTF-8`,
      at: { file, path: [] },
      line,
      col: 1,
      hint: 'save the config file as UTF-8',
    });
  }
  const doc = parseIni(text, file);
  diagnostics.push(...doc.diagnostics);

  for (const [section, entries] of doc.sections) {
    const known = KNOWN_OPTIONS[section];
    if (!known || section === 'DEFAULT') {
      // Another program's section: quiet, unless its name is a near miss of ours or it holds one of our keys.
      const guess = didYouMean(section, OWN_SECTIONS);
      const line = doc.sectionLines.get(section);
      if (guess && !known) {
        diagnostics.push({
          code: 'CF010',
          severity: 'warning',
          message: `${file} line ${line}: unknown section [${section}] is ignored`,
          at: { file, path: [section] },
          line,
          col: 1,
          hint: `did you mean [${guess}]? (section names are case-sensitive)`,
        });
        continue;
      }
      for (const [key, entry] of entries) {
        const home = ownSectionOf(key);
        if (home === undefined && key !== 'sql_connection' && key !== 'sqlalchemy.url') continue;
        diagnostics.push({
          code: 'CF011',
          severity: 'warning',
          message: `${file} line ${entry.line}: option '${key}' in [${section}] is ignored`,
          at: { file, path: [section, key] },
          line: entry.line,
          col: 1,
          hint: unknownKeyHint(section, key),
        });
      }
      continue;
    }
    let target = settings.get(section);
    if (!target) settings.set(section, (target = new Map()));
    for (const [key, entry] of entries) {
      if (known.includes(key)) {
        // A value spread over continuation lines holds '\n' between its lines: only the paths
        // and names read here, none of which can hold a line break, so every control character counts.
        const ctl = controlIn(entry.value);
        if (ctl) {
          diagnostics.push({
            code: 'CF028',
            severity: 'error',
            message: `${file} line ${entry.line}: [${section}] ${key} holds a control character (${ctl}): '${showControls(key === 'connection' ? redactUrl(entry.value) : entry.value)}'`,
            at: { file, path: [section, key] },
            line: entry.line,
            col: 1,
            hint: 'a URL, path or name has no NUL, line break (no indented continuation line), escape or other control character: a path with one names one file to one reader and another to the next',
          });
          continue;
        }
        target.set(key, { value: entry.value, file, line: entry.line });
        continue;
      }
      if (isForeignOption(section, key)) continue;
      diagnostics.push({
        code: 'CF011',
        severity: 'warning',
        message: `${file} line ${entry.line}: unknown option '${key}' in [${section}] is ignored`,
        at: { file, path: [section, key] },
        line: entry.line,
        col: 1,
        hint: unknownKeyHint(section, key),
      });
    }
  }
}

/** The sections this tool reads options from. */
const OWN_SECTIONS = Object.keys(KNOWN_OPTIONS).filter((s) => s !== 'DEFAULT');

function ownSectionOf(key: string): string | undefined {
  return OWN_SECTIONS.find((s) => KNOWN_OPTIONS[s]!.includes(key));
}

function unknownKeyHint(section: string, key: string): string {
  if (URL_ALIASES.has(key)) return 'this tool reads the database URL from [database] connection';
  for (const [other, keys] of Object.entries(KNOWN_OPTIONS)) {
    if (other !== section && keys.includes(key)) return `'${key}' belongs in [${other}]`;
  }
  const own = KNOWN_OPTIONS[section] ?? [];
  const guess = didYouMean(key, own);
  if (guess) return `did you mean '${guess}'? (option names are case-sensitive)`;
  const theirs = didYouMean(key, [...(FOREIGN_OPTIONS[section] ?? [])]);
  if (theirs) return `did you mean '${theirs}'? (read by ${section === 'database' ? 'oslo.db' : 'Alembic'}; this tool ignores it)`;
  const all = Object.entries(KNOWN_OPTIONS).flatMap(([s, ks]) => ks.map((k) => ({ s, k })));
  const far = didYouMean(
    key,
    all.map((x) => x.k),
  );
  if (far) return `did you mean '${far}' in [${all.find((x) => x.k === far)!.s}]?`;
  return own.length > 0 ? `[${section}] takes ${own.join(', ')}` : `this tool reads no options from [${section}]`;
}

/**
 * CL004 when a config file was given but names no database: every command that connects stops
 * there rather than quietly use the default ./lbaas.sqlite. Undefined when there is a database to use.
 */
export function missingConnection(c: LbaasConfig): Diagnostic | undefined {
  if (c.connectionSource !== 'default' || c.configFiles.length === 0) return undefined;
  return {
    code: 'CL004',
    severity: 'error',
    message: `${c.configFiles.join(', ')} ${c.configFiles.length === 1 ? 'sets' : 'set'} no [database] connection, so there is no database to connect to`,
    hint: 'add "connection = <url>" under [database] (see any warning above for a misspelt line), or set LBAAS_DB_CONNECTION; without --config-file the default is sqlite:///lbaas.sqlite in the working directory',
  };
}
