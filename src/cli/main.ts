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
import { protectArgv, raw } from './argv.js';
import { globals, usage } from './common.js';
import { registerCommands, type Outcome } from './command-registry.js';
import { deferredWarnings, historyRoot, useColor } from './exit.js';

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

async function main(argv: string[]): Promise<number> {
  const cli = cac('lbaas-db-manage');
  cli
    .option('--config-file <file>', 'oslo.config-style INI file ([database] connection = ...); may be repeated')
    .option('--dialect <dialect>', "compile for postgresql, mysql, mariadb or sqlite instead of the connection URL's dialect")
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

  await registerCommands(cli, run, globals);
  // cac marks a `--no-x` flag "(default: true)", which reads as if it were on by default.
  cli.help((sections) => sections.map((sec) => ({ ...sec, body: sec.body.replace(/^(\s*--no-.*?) \(default: true\)$/gm, '$1') })));
  cli.version(TOOL_VERSION);

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
    process.stderr.write(
      JSON.stringify({ ok: code === 0, diagnostics: diagnosticsJson(deferredWarnings, historyRoot.value ?? process.cwd()) }, null, 2) + '\n',
    );
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
