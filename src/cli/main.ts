#!/usr/bin/env -S node --max-semi-space-size=2
// The V8 option above keeps the young generation at 2 MB semi-spaces. A compile allocates a great
// deal that dies at once and keeps little: with Node's default the young generation grows to two
// 16 MB semi-spaces during a long compile: 30 MB of resident memory for 2 % of speed (measured in
// docs/benchmarks.md). A program cannot set this for itself once it runs, so the line that starts
// it does (`env -S`: GNU coreutils 8.30 and later, macOS, FreeBSD, npm's Windows shims; not
// BusyBox, OpenBSD or NetBSD, where `node dist/cli/main.js` starts the same command with Node's
// default).
import { cac } from 'cac';
import { CompileError, DiagnosticError } from '../core/diagnostics.js';
import { TOOL_VERSION } from '../emit/version.js';
import { DEFAULT_LOCK_TIMEOUT, DEFAULT_LOCK_WAIT_TIMEOUT, MAX_LOCK_TIMEOUT } from '../emit/guard.js';
import { protectArgv, raw } from './argv.js';
import { registerCommands } from './commands.js';
import { deferredWarnings, Exit, historyRoot, useColor, type GlobalOptions } from './exit.js';
import type { Context } from './context.js';
import type { Outcome } from './commands.js';

type Opts = Record<string, unknown> & GlobalOptions;

/** The command's context; its modules (configuration, loading, the graph) load only when a command runs. */
async function context(o: Opts): Promise<Context> {
  const { Context } = await import('./context.js');
  return new Context(globals(o));
}

function globals(o: Opts): GlobalOptions {
  const cf = o.configFile;
  return {
    ...(cf !== undefined ? { configFile: Array.isArray(cf) ? cf.map(String) : String(cf) } : {}),
    ...(o.databaseConnection !== undefined ? { databaseConnection: raw(o.databaseConnection)! } : {}),
    ...(o.dialect !== undefined ? { dialect: String(o.dialect) } : {}),
    ...(o.versionTable !== undefined ? { versionTable: String(o.versionTable) } : {}),
    ...(o.versions !== undefined ? { versions: String(o.versions) } : {}),
    ...(o.json ? { json: true } : {}),
    ...(o.quiet ? { quiet: true } : {}),
  };
}

async function out(text: string): Promise<void> {
  const { writeStdout } = await import('../emit/write.js');
  await writeStdout(text);
}

/**
 * The first error standard output reported on its own (progress lines, help text written with
 * process.stdout.write): without a listener it would end the program with a stack trace. The
 * command goes on (an online run must not leave its client behind) and then fails with CL007.
 */
let stdoutError: NodeJS.ErrnoException | undefined;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  stdoutError ??= e;
});

/** `upgrade` targets: --delta N, --expand/--contract (neutron-db-manage's shortcuts), or the positional. */
function upgradeSpec(target: string | undefined, o: Opts): string {
  const delta = raw(o.delta);
  if (o.expand && o.contract) throw usage('give --expand or --contract, not both', 'run the expand branch first, then the contract branch');
  const branch = o.expand ? 'expand' : o.contract ? 'contract' : undefined;
  const start = target !== undefined ? raw(target)! : undefined;
  if (delta !== undefined && (branch || (start !== undefined && !start.endsWith(':')))) {
    throw usage('give either a target or --delta, not both', `with --sql, give the start as "rev:", e.g. upgrade <rev>: --delta ${delta} --sql`);
  }
  if (delta !== undefined) {
    if (!/^\d+$/.test(delta) || Number(delta) < 1) throw usage(`--delta needs a positive number of revisions, not '${delta}'`);
    return `${start ?? ''}+${delta}`;
  }
  if (branch) {
    if (start !== undefined && !start.endsWith(':')) throw usage(`with --${branch}, the positional argument is an offline start revision followed by ':' (e.g. kilo:)`);
    return `${start ?? ''}${branch}@head`;
  }
  if (target === undefined) throw usage('upgrade needs a target (head, heads, a revision, +N, label@head, a milestone) or --delta N');
  return raw(target)!;
}

/** `downgrade` targets: the positional, or --delta N (1 and -1 both mean one step down), after an offline start "rev:". */
function downgradeSpec(target: string | undefined, o: Opts): string {
  const delta = raw(o.delta);
  const t = target !== undefined ? raw(target)! : undefined;
  if (delta === undefined) {
    if (t === undefined) throw usage('downgrade needs a target (a revision, -N, label@-N, base; start:target with --sql) or --delta N');
    return t;
  }
  if (!/^-?\d+$/.test(delta) || Number(delta.replace('-', '')) < 1) throw usage(`--delta needs a number of revisions, not '${delta}'`);
  if (t !== undefined && !t.endsWith(':')) throw usage('give either a target or --delta, not both', `with --sql, give the start as "rev:", e.g. downgrade <rev>: --delta ${delta.replace('-', '')} --sql`);
  return `${t ?? ''}-${delta.replace('-', '')}`;
}

/** A --lock-timeout / --lock-wait-timeout value: seconds, more than 0 and at most a day (fractions allowed). */
function seconds<K extends string>(flag: string, key: K, v: string | undefined): { [k in K]?: number } {
  if (v === undefined) return {};
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0) || n > MAX_LOCK_TIMEOUT) {
    throw usage(`${flag} needs a number of seconds greater than 0 and at most ${MAX_LOCK_TIMEOUT}, not '${v}'`, `e.g. ${flag} 10`);
  }
  return { [key]: n } as { [k in K]?: number };
}

/** The subprojects neutron-db-manage knows this history as. */
const SUBPROJECTS = ['neutron-lbaas'];

/** `--subproject neutron-lbaas` is what neutron-db-manage users type; any other subproject is not this tool's. */
function checkSubproject(value: unknown): void {
  if (value === undefined) return;
  const name = raw(value);
  if (name !== undefined && SUBPROJECTS.includes(name)) return;
  throw usage(
    `--subproject ${name ?? '(no value)'}: this tool migrates only the ${SUBPROJECTS.join(', ')} subproject`,
    name === 'neutron' ? "Neutron's own tables are migrated by neutron-db-manage" : `give --subproject ${SUBPROJECTS[0]}, or leave it out`,
  );
}

/**
 * cac names an unknown option by its camel-cased key (`--databaseConnection`) and a negated one by
 * its positive form (`--color` for `--no-color`): name the option as it was typed instead.
 */
function asTyped(message: string, argv: readonly string[]): string {
  const m = /^Unknown option `--?([^`]+)`$/.exec(message);
  if (!m) return message;
  const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const typed = argv.find((a) => {
    if (!a.startsWith('-') || /^-\d/.test(a)) return false;
    const name = a.replace(/^--?/, '').replace(/=.*$/s, '');
    return camel(name) === m[1] || camel(name.replace(/^no-/, '')) === m[1];
  });
  return `unknown option '${typed !== undefined ? typed.replace(/=.*$/s, '') : `--${m[1]}`}'`;
}

function usage(message: string, hint?: string): Exit {
  return new Exit(2, [{ code: 'CL000', severity: 'error', message, ...(hint ? { hint } : {}) }]);
}

async function main(argv: string[]): Promise<number> {
  const cli = cac('lbaas-db-manage');
  cli.option('--config-file <file>', 'oslo.config-style INI file ([database] connection = ...); may be repeated')
    .option('--dialect <dialect>', 'compile for postgresql, mysql, mariadb or sqlite instead of the connection URL\'s dialect')
    .option('--version-table <name>', 'version table name (default alembic_version_lbaas)')
    .option('--versions <dir>', 'revision files directory (default versions)')
    .option('--database-connection <url>', 'database URL; wins over LBAAS_DB_CONNECTION and [database] connection')
    .option('--subproject <name>', "neutron-db-manage's subproject: only neutron-lbaas (this tool's own history)")
    .option('--json', 'machine-readable output')
    .option('--quiet', 'print only errors');

  let pending: Promise<Outcome> | undefined;
  const run = (fn: () => Promise<Outcome> | Outcome) => {
    pending = Promise.resolve().then(fn);
  };

  const migrateOptions = (c: ReturnType<typeof cli.command>) =>
    c.option('--sql', 'print the SQL script instead of running it (no database connection)')
      .option('--output <file>', 'with --sql: write the script to this file (atomically) instead of stdout')
      .option('--transaction-per-migration', 'one transaction per revision instead of one for the whole script')
      .option('--create-index-concurrently', 'PostgreSQL, upgrades through expand revisions: CREATE INDEX CONCURRENTLY, before each revision\'s transaction, on tables that exist when it starts')
      .option('--no-guard', 'leave out the in-script check of the starting revisions')
      .option('--no-client-directives', 'leave out client directives (psql \\set, sqlite3 .bail) for other SQL runners')
      .option('--lock-timeout <seconds>', `seconds each statement waits for a table or row lock before the script stops (default ${DEFAULT_LOCK_TIMEOUT})`)
      .option('--lock-wait-timeout <seconds>', `seconds the script waits for another run's migration lock before it stops (default ${DEFAULT_LOCK_WAIT_TIMEOUT})`);

  migrateOptions(cli.command('upgrade [target]', 'Upgrade to a later version (head = every head; also heads, <rev>, +N, label@head, a milestone, a:b with --sql)'))
    .option('--delta <n>', 'upgrade by N revisions')
    .option('--expand', 'upgrade the expand branch (to expand@head); offline, give the start as "<rev>:" (upgrade kilo: --expand --sql)')
    .option('--contract', 'upgrade the contract branch (to contract@head); offline, give the start as "<rev>:" (upgrade expand@head: --contract --sql)')
    .example('lbaas-db-manage upgrade --expand --sql                          expand@head from base (what upgrade-expand.sql holds)')
    .example('lbaas-db-manage upgrade kilo: --expand --sql                    expand@head from a database at kilo')
    .example('lbaas-db-manage upgrade expand@head: --contract --sql           contract@head after the expand branch (upgrade-contract.sql)')
    .example('lbaas-db-manage upgrade 62deca5010cd,130ebfdef43:heads --sql    every head, from a database at those two revisions')
    .action((target: string | undefined, o: Opts) => run(() => migrate('upgrade', upgradeSpec(target, o), o)));

  migrateOptions(cli.command('downgrade [target]', 'Revert to a previous version (<rev>, -1, base; a:b with --sql)'))
    .option('--delta <n>', 'downgrade by N revisions; offline, give the start as "<rev>:" (downgrade kilo: --delta 1 --sql)')
    .action((target: string | undefined, o: Opts) => run(() => migrate('downgrade', downgradeSpec(target, o), o)));

  migrateOptions(cli.command('stamp <target> [...more]', "Set the version table to one or more revisions without running migrations ('[start:]rev' with --sql)"))
    .option('--purge', 'online: delete every version row first, whatever revisions they name (a version table from another history)')
    .action((target: string, more: string[], o: Opts) => run(() => migrate('stamp', raw(target)!, o, more.map((m) => raw(m)!))));

  cli.command('current', "Show the database's current revisions")
    .option('--verbose', 'show each revision in full')
    .option('--check-heads', 'exit 1 unless the database is at every head (for deployment tooling)')
    .action((o: Opts) => run(async () => {
      const online = await import('../commands/online.js');
      const ctx = await context(o);
      if (o.checkHeads) return online.checkHeads(ctx, { json: !!o.json });
      return online.current(ctx, { verbose: !!o.verbose, json: !!o.json, quiet: !!o.quiet });
    }));

  cli.command('has_offline_migrations', 'Exit 1 when revisions that need the services stopped (contract) are pending, as neutron-db-manage does')
    .alias('has-offline-migrations')
    .action((o: Opts) => run(async () => (await import('../commands/online.js')).hasOfflineMigrations(await context(o), { json: !!o.json })));

  cli.command('history', 'List revisions, newest first')
    .option('-r, --rev-range <range>', 'only revisions in start:end')
    .option('--verbose', 'show each revision in full')
    .option('--indicate-current', "mark the database's current revisions")
    .option('--graph', 'draw the revision graph as text')
    .action((o: Opts) => run(async () => {
      const ctx = await context(o);
      const { history } = await import('../commands/inspect.js');
      const current = o.indicateCurrent ? await (await import('../commands/online.js')).readHeads(ctx) : undefined;
      const given = raw(o.revRange ?? o.r);
      const range = given === undefined ? undefined : await (await import('../commands/online.js')).withCurrent(ctx, given, 'both');
      return history(ctx, {
        ...(range ? { range } : {}), verbose: !!o.verbose, json: !!o.json, graph: !!o.graph, color: useColor(process.env, process.stdout),
        ...(current ? { current } : {}),
      });
    }));

  cli.command('heads', 'Show the current heads of the revision graph').option('--verbose', 'show each head in full')
    .action((o: Opts) => run(async () => (await import('../commands/inspect.js')).heads(await context(o), { json: !!o.json, verbose: !!o.verbose })));
  cli.command('branches', 'Show the branch points of the revision graph').option('--verbose', 'show more')
    .action((o: Opts) => run(async () => (await import('../commands/inspect.js')).branches(await context(o), { json: !!o.json, verbose: !!o.verbose })));
  cli.command('show <rev>', 'Show a revision')
    .action((rev: string, o: Opts) => run(async () => (await import('../commands/inspect.js')).show(await context(o), raw(rev)!, { json: !!o.json })));

  cli.command('bootstrap', 'Create stand-ins for the external (Neutron) tables on a scratch database; never on a real Neutron database')
    .option('--sql', 'print the script instead of running it')
    .option('--output <file>', 'with --sql: write the script to this file')
    .action((o: Opts) => run(async () => (await import('../commands/bootstrap.js')).bootstrap(await context(o), { sql: !!o.sql, ...(o.output !== undefined ? { output: raw(o.output)! } : {}) })));

  await registerCommands(cli, run, globals);
  // cac marks a `--no-x` flag "(default: true)", which reads as if it were on by default.
  cli.help((sections) => sections.map((sec) => ({ ...sec, body: sec.body.replace(/^(\s*--no-.*?) \(default: true\)$/gm, '$1') })));
  cli.version(TOOL_VERSION);

  const migrate = async (direction: 'upgrade' | 'downgrade' | 'stamp', spec: string, o: Opts, more: string[] = []): Promise<string | void> => {
    const ctx = await context(o);
    const options = {
      ...(more.length ? { more } : {}),
      ...(o.output !== undefined ? { output: raw(o.output)! } : {}),
      ...(o.transactionPerMigration ? { transactionPerMigration: true } : {}),
      ...(o.createIndexConcurrently ? { createIndexConcurrently: true } : {}),
      guard: o.guard !== false,
      clientDirectives: o.clientDirectives !== false,
      ...seconds('--lock-timeout', 'lockTimeout', raw(o.lockTimeout)),
      ...seconds('--lock-wait-timeout', 'lockWaitTimeout', raw(o.lockWaitTimeout)),
    };
    if (o.sql) {
      if (o.purge) throw usage('stamp --purge reads the version rows it deletes: it runs online only', 'offline, give the rows as the start: stamp <rows>:<rev> --sql');
      const { offline } = await import('../commands/offline.js');
      const { withCurrent } = await import('../commands/online.js');
      await offline(ctx, direction, await withCurrent(ctx, spec, 'start'), options);
      return;
    }
    if (o.output !== undefined) throw usage('--output is only for --sql');
    const { online } = await import('../commands/online.js');
    return online(ctx, direction, spec, { ...options, json: !!o.json, quiet: !!o.quiet, ...(o.purge ? { purge: true } : {}) });
  };

  const protectedArgv = protectArgv(argv);
  try {
    cli.parse(['node', 'lbaas-db-manage', ...protectedArgv], { run: false });
  } catch (e) {
    throw usage((e as Error).message, "see 'lbaas-db-manage --help'");
  }
  if (cli.options.help || cli.options.version) return 0;
  checkSubproject(cli.options.subproject);
  if (!cli.matchedCommand) {
    const name = cli.args[0];
    if (name === undefined) {
      // `--bogus heads`: the parser took the command as the unknown option's value.
      const known = new Set(['--', ...cli.globalCommand.options.flatMap((opt) => opt.names)]);
      const unknown = Object.keys(cli.options).filter((k) => !known.has(k));
      if (unknown.length > 0) {
        const flag = (k: string) => (k.length === 1 ? `-${k}` : `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
        throw usage(`unknown option '${flag(unknown[0]!)}'`, "global options go before the command; see 'lbaas-db-manage --help'");
      }
      // A usage error: the help goes to stderr (stdout stays empty whenever the status is not 0);
      // with --json, stderr holds one JSON document, as for every other error.
      if (cli.options.json) throw usage('no command given', "see 'lbaas-db-manage --help' for the commands");
      const log = console.log;
      console.log = (...args: unknown[]) => process.stderr.write(`${args.join(' ')}\n`);
      try {
        cli.outputHelp();
      } finally {
        console.log = log;
      }
      return 2;
    }
    const { didYouMean } = await import('../core/diagnostics.js');
    const near = didYouMean(String(name), cli.commands.map((c) => c.name.split(' ')[0]!).filter(Boolean));
    throw usage(`unknown command '${name}'`, near ? `did you mean '${near}'?` : "see 'lbaas-db-manage --help'");
  }
  // cac hands a command only the arguments it declares and drops the rest: refuse them instead.
  const declared = cli.matchedCommand.args;
  if (!declared.some((a) => a.variadic) && cli.args.length > declared.length) {
    const name = cli.matchedCommandName ?? '';
    throw usage(`unexpected argument '${raw(cli.args[declared.length])}' for ${name}`, `see 'lbaas-db-manage ${name} --help'`);
  }
  try {
    // cac checks option values (e.g. `--output` given without a file) only here.
    await cli.runMatchedCommand();
  } catch (e) {
    if ((e as Error).name === 'CACError') {
      const name = cli.matchedCommandName;
      throw usage(asTyped((e as Error).message, argv), `see 'lbaas-db-manage ${name ? `${name} ` : ''}--help'`);
    }
    throw e;
  }
  const result = await pending;
  if (typeof result === 'string' && result) await out(result);
  let code = 0;
  if (typeof result === 'object' && result !== null) {
    if (result.text) await out(result.text);
    code = result.code;
  }
  const { StdoutWriteError, stdoutFailed } = await import('../emit/write.js');
  const failed = stdoutError ?? stdoutFailed();
  if (failed) throw new StdoutWriteError(failed);
  if (deferredWarnings.length > 0) {
    const { diagnosticsJson } = await import('./report.js');
    process.stderr.write(JSON.stringify({ ok: code === 0, diagnostics: diagnosticsJson(deferredWarnings, historyRoot.value ?? process.cwd()) }, null, 2) + '\n');
  }
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (e: unknown) => {
    const json = process.argv.includes('--json');
    const root = historyRoot.value ?? process.cwd();
    if (e instanceof Error && e.name === 'StdoutWriteError') {
      const { EPIPE_STATUS, stdoutFailureLine } = await import('./report.js');
      const code = (e as Error & { code: string }).code;
      const line = stdoutFailureLine(code, json);
      if (line) process.stderr.write(`${line}\n`);
      process.exitCode = code === 'EPIPE' ? EPIPE_STATUS : 1;
      return;
    }
    if (e instanceof DiagnosticError || e instanceof CompileError) {
      const { diagnosticsJson, formatDiagnostics } = await import('./report.js');
      const ds = [...deferredWarnings, ...e.diagnostics];
      if (json) process.stderr.write(JSON.stringify({ ok: false, diagnostics: diagnosticsJson(ds, root) }, null, 2) + '\n');
      else process.stderr.write(formatDiagnostics(ds, root, useColor(process.env, process.stderr)) || `${e.message}\n`);
      process.exitCode = e instanceof DiagnosticError ? e.status : 1;
      return;
    }
    process.stderr.write(`lbaas-db-manage: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
