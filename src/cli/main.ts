#!/usr/bin/env -S node --max-semi-space-size=2
// The V8 option above keeps the young generation at 2 MB semi-spaces. A compile allocates a great
// deal that dies at once and keeps little: with Node's default the young generation grows to two
// 16 MB semi-spaces during a long compile: 30 MB of resident memory for 2 % of speed (measured in
// docs/benchmarks.md). A program cannot set this for itself once it runs, so the line that starts
// it does (`env -S`: GNU coreutils 8.30 and later, macOS, FreeBSD, npm's Windows shims; not
// BusyBox, OpenBSD or NetBSD, where `node dist/cli/main.js` starts the same command with Node's
// default).
import { cac } from 'cac';
import { CompileError } from '../core/diagnostics.js';
import { TOOL_VERSION } from '../emit/version.js';
import { DEFAULT_LOCK_TIMEOUT, DEFAULT_LOCK_WAIT_TIMEOUT, MAX_LOCK_TIMEOUT } from '../emit/guard.js';
import { protectArgv, raw } from './argv.js';
import { registerCommands } from './commands.js';
import { Exit, useColor, type GlobalOptions } from './exit.js';
import type { Context } from './context.js';

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
    ...(o.dialect !== undefined ? { dialect: String(o.dialect) } : {}),
    ...(o.versionTable !== undefined ? { versionTable: String(o.versionTable) } : {}),
    ...(o.versions !== undefined ? { versions: String(o.versions) } : {}),
    ...(o.json ? { json: true } : {}),
    ...(o.quiet ? { quiet: true } : {}),
  };
}

function out(text: string): Promise<void> {
  return new Promise((res, rej) => process.stdout.write(text, (e) => (e ? rej(e) : res())));
}

/** `upgrade` targets: --delta N, --expand/--contract (neutron-db-manage's shortcuts), or the positional. */
function upgradeSpec(target: string | undefined, o: Opts): string {
  const delta = raw(o.delta);
  if (o.expand && o.contract) throw usage('give --expand or --contract, not both', 'run the expand branch first, then the contract branch');
  const branch = o.expand ? 'expand' : o.contract ? 'contract' : undefined;
  if (delta !== undefined && (target !== undefined || branch)) throw usage('give either a target or --delta, not both');
  if (delta !== undefined) {
    if (!/^\d+$/.test(delta) || Number(delta) < 1) throw usage(`--delta needs a positive number of revisions, not '${delta}'`);
    return `+${delta}`;
  }
  if (branch) {
    const start = target !== undefined ? raw(target)! : undefined;
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

function usage(message: string, hint?: string): Exit {
  return new Exit(2, [{ code: 'CL000', severity: 'error', message, ...(hint ? { hint } : {}) }]);
}

async function main(argv: string[]): Promise<number> {
  const cli = cac('lbaas-db-manage');
  cli.option('--config-file <file>', 'oslo.config-style INI file ([database] connection = ...); may be repeated')
    .option('--dialect <dialect>', 'compile for postgresql, mysql, mariadb or sqlite instead of the connection URL\'s dialect')
    .option('--version-table <name>', 'version table name (default alembic_version_lbaas)')
    .option('--versions <dir>', 'revision files directory (default versions)')
    .option('--json', 'machine-readable output')
    .option('--quiet', 'print only errors');

  let pending: Promise<string | void> | undefined;
  const run = (fn: () => Promise<string | void> | string | void) => {
    pending = Promise.resolve().then(fn);
  };

  const migrateOptions = (c: ReturnType<typeof cli.command>) =>
    c.option('--sql', 'print the SQL script instead of running it (no database connection)')
      .option('--output <file>', 'with --sql: write the script to this file (atomically) instead of stdout')
      .option('--transaction-per-migration', 'one transaction per revision instead of one for the whole script')
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

  migrateOptions(cli.command('stamp <target>', "Set the version table to a revision without running migrations ('[start:]rev' with --sql)"))
    .action((target: string, o: Opts) => run(() => migrate('stamp', raw(target)!, o)));

  cli.command('current', "Show the database's current revisions")
    .option('--verbose', 'show each revision in full')
    .action((o: Opts) => run(async () => (await import('../commands/online.js')).current(await context(o), { verbose: !!o.verbose, json: !!o.json })));

  cli.command('history', 'List revisions, newest first')
    .option('-r, --rev-range <range>', 'only revisions in start:end')
    .option('--verbose', 'show each revision in full')
    .option('--indicate-current', "mark the database's current revisions")
    .option('--graph', 'draw the revision graph as text')
    .action((o: Opts) => run(async () => {
      const ctx = await context(o);
      const { history } = await import('../commands/inspect.js');
      const current = o.indicateCurrent ? await (await import('../commands/online.js')).readHeads(ctx) : undefined;
      const range = raw(o.revRange ?? o.r);
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
    .action((o: Opts) => run(async () => (await import('../commands/bootstrap.js')).bootstrap(await context(o), { sql: !!o.sql, ...(o.output ? { output: String(o.output) } : {}) })));

  await registerCommands(cli, run, globals);
  cli.help();
  cli.version(TOOL_VERSION);

  const migrate = async (direction: 'upgrade' | 'downgrade' | 'stamp', spec: string, o: Opts): Promise<string | void> => {
    const ctx = await context(o);
    const options = {
      ...(o.output !== undefined ? { output: String(o.output) } : {}),
      ...(o.transactionPerMigration ? { transactionPerMigration: true } : {}),
      guard: o.guard !== false,
      clientDirectives: o.clientDirectives !== false,
      ...seconds('--lock-timeout', 'lockTimeout', raw(o.lockTimeout)),
      ...seconds('--lock-wait-timeout', 'lockWaitTimeout', raw(o.lockWaitTimeout)),
    };
    if (o.sql) {
      const { offline } = await import('../commands/offline.js');
      await offline(ctx, direction, spec, options);
      return;
    }
    if (o.output !== undefined) throw usage('--output is only for --sql');
    const { online } = await import('../commands/online.js');
    return online(ctx, direction, spec, { ...options, json: !!o.json, quiet: !!o.quiet });
  };

  const protectedArgv = protectArgv(argv);
  try {
    cli.parse(['node', 'lbaas-db-manage', ...protectedArgv], { run: false });
  } catch (e) {
    throw usage((e as Error).message, "see 'lbaas-db-manage --help'");
  }
  if (cli.options.help || cli.options.version) return 0;
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
      cli.outputHelp();
      return 2;
    }
    const { didYouMean } = await import('../core/diagnostics.js');
    const near = didYouMean(String(name), cli.commands.map((c) => c.name.split(' ')[0]!).filter(Boolean));
    throw usage(`unknown command '${name}'`, near ? `did you mean '${near}'?` : "see 'lbaas-db-manage --help'");
  }
  try {
    // cac checks option values (e.g. `--output` given without a file) only here.
    await cli.runMatchedCommand();
  } catch (e) {
    if ((e as Error).name === 'CACError') {
      const name = cli.matchedCommandName;
      throw usage((e as Error).message, `see 'lbaas-db-manage ${name ? `${name} ` : ''}--help'`);
    }
    throw e;
  }
  const text = await pending;
  if (typeof text === 'string' && text) await out(text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (e: unknown) => {
    const json = process.argv.includes('--json');
    const root = process.cwd();
    if (e instanceof Exit || e instanceof CompileError) {
      const { diagnosticsJson, formatDiagnostics } = await import('./report.js');
      const ds = e.diagnostics;
      if (json) process.stderr.write(JSON.stringify({ ok: false, diagnostics: diagnosticsJson(ds, root) }, null, 2) + '\n');
      else process.stderr.write(formatDiagnostics(ds, root, useColor(process.env, process.stderr)) || `${e.message}\n`);
      process.exitCode = e instanceof Exit ? e.code : 1;
      return;
    }
    process.stderr.write(`lbaas-db-manage: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
