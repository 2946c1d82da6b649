import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ExecResult, RunOptions, StatementSpan } from './executor.js';

/** The full path of `name` on the PATH of `env`, or undefined. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const path = env.PATH ?? '';
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * A line the client wrote about its connection (a failed connection or login, a URL): the only
 * kind of line a password could be echoed in. Everything else a client prints is data (rows,
 * catalog names, server messages quoting values) and is never rewritten.
 */
const CONNECTION_CONTEXT = /connect|password|authenticat|access denied|login|:\/\//i;

/**
 * Replaces every secret (and its percent-encoded form) with `***`, in the lines that speak of
 * the connection only (CONNECTION_CONTEXT): a password that is also a word of the data ("ref",
 * a revision id) leaves the data as it is. Empty secrets are ignored.
 */
export function makeScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const all = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    all.add(s);
    all.add(encodeURIComponent(s));
  }
  const list = [...all].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (t) => t;
  const line = (l: string) => {
    if (!CONNECTION_CONTEXT.test(l)) return l;
    let out = l;
    for (const s of list) out = out.split(s).join('***');
    return out;
  };
  return (text) => text.split('\n').map(line).join('\n');
}

export interface ClientSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface ClientOutput {
  exitCode: number;
  /** What the client printed: data, never rewritten. */
  stdout: string;
  /** Its lines about the connection scrubbed of passwords (makeScrubber). */
  stderr: string;
  /** Unscrubbed standard error, for parsing line numbers only: never put it in a result or print it. */
  rawStderr: string;
  /** Set when the process could not be started. */
  startError?: NodeJS.ErrnoException;
  /** The signal that ended the client, when one did (its exit code is then 128 + its number). */
  signal?: NodeJS.Signals;
  /** The signal this tool received while the client ran (and passed on to it). */
  interrupted?: NodeJS.Signals;
}

/** The signals passed on to a running client; any other ends this tool as Node's default does. */
export const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** After a forwarded signal: how long the client has to exit before it gets SIGTERM, then SIGKILL. */
export const STOP_GRACE_MS = 3000;

/** The number of a signal (SIGTERM: 15), for the 128 + n exit status. */
export function signalNumber(sig: NodeJS.Signals): number {
  return (osConstants.signals as Record<string, number>)[sig] ?? 0;
}

/**
 * The clients running now, each with how to stop it. While there is one, SIGINT, SIGTERM and
 * SIGHUP do not end this tool: each running client is asked to stop (stopper) and the run
 * that started it resolves, when it has exited, with `interrupted` set; the command reports the
 * state of the database and exits with 128 + the signal's number. With no client running the
 * handlers are removed, so a signal ends the tool as usual.
 */
const running = new Map<ChildProcess, (sig: NodeJS.Signals) => void>();

function onSignal(sig: NodeJS.Signals): void {
  for (const stop of running.values()) stop(sig);
}

function track(child: ChildProcess, stop: (sig: NodeJS.Signals) => void): void {
  if (running.size === 0) for (const s of FORWARDED_SIGNALS) process.on(s, onSignal);
  running.set(child, stop);
}

function untrack(child: ChildProcess): void {
  if (!running.delete(child)) return;
  if (running.size === 0) for (const s of FORWARDED_SIGNALS) process.off(s, onSignal);
}

/**
 * Stops a client after this tool received `sig`: first SIGINT, on which psql sends the server a
 * cancel request and mariadb/mysql a KILL QUERY for its running statement, so nothing goes on
 * running on the server once the client is gone; then, if it has not exited within
 * STOP_GRACE_MS, the signal received (SIGTERM when that was SIGINT); then SIGKILL.
 */
function stopper(child: ChildProcess): (sig: NodeJS.Signals) => void {
  let timers: NodeJS.Timeout[] | undefined;
  child.once('close', () => timers?.forEach(clearTimeout));
  return (sig) => {
    if (timers) return;
    const send = (s: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          child.kill(s);
        } catch {
          /* already gone */
        }
      }
    };
    send('SIGINT');
    timers = [setTimeout(() => send(sig === 'SIGINT' ? 'SIGTERM' : sig), STOP_GRACE_MS), setTimeout(() => send('SIGKILL'), 2 * STOP_GRACE_MS)];
  };
}

/**
 * Starts the client, writes `input` to its standard input and closes it, streams its output
 * line by line to onLine (standard error scrubbed), and resolves when it has exited. Never rejects.
 */
export function runClient(
  spec: ClientSpec,
  input: string,
  opts: { onLine?: RunOptions['onLine']; scrub: (s: string) => string; spawn?: typeof nodeSpawn; started?: (child: ChildProcess) => void },
): Promise<ClientOutput> {
  const spawnImpl = opts.spawn ?? nodeSpawn;
  const { scrub } = opts;
  return new Promise((resolvePromise) => {
    let settled = false;
    const raw = { stdout: '', stderr: '' };
    let child: ChildProcess | undefined;
    let interrupted: NodeJS.Signals | undefined;
    const done = (exitCode: number, startError?: NodeJS.ErrnoException, signal?: NodeJS.Signals) => {
      if (settled) return;
      settled = true;
      if (child) untrack(child);
      const out: ClientOutput = { exitCode, stdout: raw.stdout, stderr: scrub(raw.stderr), rawStderr: raw.stderr };
      if (startError) out.startError = startError;
      if (signal) out.signal = signal;
      if (interrupted) out.interrupted = interrupted;
      resolvePromise(out);
    };

    try {
      child = spawnImpl(spec.command, spec.args, { env: spec.env, cwd: spec.cwd, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    } catch (e) {
      done(127, e as NodeJS.ErrnoException);
      return;
    }
    {
      const stop = stopper(child);
      track(child, (sig) => {
        interrupted ??= sig;
        stop(sig);
      });
    }
    opts.started?.(child);
    const proc = child;

    const pending = { stdout: '', stderr: '' };
    const wire = (name: 'stdout' | 'stderr') => {
      const stream = proc[name];
      if (!stream) return;
      const decoder = new StringDecoder('utf8');
      const take = (text: string, final: boolean) => {
        raw[name] += text;
        pending[name] += text;
        const parts = pending[name].split('\n');
        pending[name] = final ? '' : parts.pop()!;
        if (final && parts[parts.length - 1] === '') parts.pop();
        for (const p of parts) opts.onLine?.(name === 'stderr' ? scrub(p.replace(/\r$/, '')) : p.replace(/\r$/, ''), name);
      };
      stream.on('data', (chunk: Buffer) => take(decoder.write(chunk), false));
      stream.on('end', () => take(decoder.end(), true));
    };
    wire('stdout');
    wire('stderr');

    proc.on('error', (err: NodeJS.ErrnoException) => {
      // Failed to start (ENOENT, EACCES, ...), or a signal could not be delivered.
      if (proc.pid === undefined) done(127, err);
    });
    proc.on('close', (code, signal) => {
      done(code ?? (signal ? 128 + signalNumber(signal) : 1), undefined, signal ?? undefined);
    });

    if (proc.stdin) {
      proc.stdin.on('error', () => {
        // EPIPE: the client exited before reading all of its input (e.g. it could not connect).
      });
      proc.stdin.end(Buffer.from(input, 'utf8'));
    }
  });
}

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Length of the leading whitespace and comments (`--`, `#`, and block comments other than MySQL's executable `/*!` ones). */
function leadingNoise(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('--', i) || text[i] === '#') {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return text.length;
      i = nl + 1;
    } else if (text.startsWith('/*', i) && text[i + 2] !== '!') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return text.length;
      i = end + 2;
    } else {
      return i;
    }
  }
}

/**
 * The statement a client's reported line points to: `start` matches the line of a statement's
 * first character after leading blanks and comments (mysql), `end` the line of its last non-blank
 * one (psql). Failing an exact match, the first statement whose lines include the line.
 */
export function statementAtLine(script: string, statements: readonly StatementSpan[] | undefined, line: number, edge: 'start' | 'end'): number | undefined {
  if (!statements) return undefined;
  let containing: number | undefined;
  for (let i = 0; i < statements.length; i++) {
    const [s, e] = statements[i]!;
    const slice = script.slice(s, e);
    if (slice.trim() === '') continue;
    const lead = leadingNoise(slice);
    const trail = slice.length - slice.trimEnd().length;
    const at = edge === 'start' ? s + Math.min(lead, slice.length - 1) : e - trail - 1;
    if (lineOfOffset(script, at) === line) return i;
    if (containing === undefined && lineOfOffset(script, s + slice.length - slice.trimStart().length) <= line && line <= lineOfOffset(script, e - trail - 1))
      containing = i;
  }
  return containing;
}

/** The result for a client that is not installed. */
export function missingClientResult(clients: readonly string[], debianPackage: string, alternative?: string): ExecResult {
  const names = clients.map((c) => `'${c}'`).join(' or ');
  const diagnostic: Diagnostic = {
    code: 'EX001',
    severity: 'error',
    message: `the database client ${names} was not found on PATH`,
    hint: `install the Debian package ${debianPackage}${alternative ? ` (or ${alternative})` : ''}: apt-get install ${debianPackage}`,
  };
  return { ok: false, exitCode: 127, stdout: '', stderr: `${diagnostic.message}; ${diagnostic.hint}\n`, diagnostics: [diagnostic] };
}

/** The result for a client that exists but could not be started. */
export function startFailedResult(command: string, err: NodeJS.ErrnoException, out: ClientOutput): ExecResult {
  const diagnostic: Diagnostic = {
    code: 'EX002',
    severity: 'error',
    message: `could not start ${command}: ${err.code ?? err.message}`,
    hint: 'check that the client is installed correctly and executable',
  };
  return { ok: false, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, diagnostics: [diagnostic] };
}

/**
 * The diagnostic of a client that did not exit on its own: EX013 when this tool was interrupted
 * and stopped it, EX014 when something else killed it. The command adds the database's state.
 */
export function signalDiagnostic(command: string, out: Pick<ClientOutput, 'signal' | 'interrupted' | 'exitCode'>): Diagnostic | undefined {
  const client = basename(command);
  if (out.interrupted) {
    return {
      code: 'EX013',
      severity: 'error',
      message: `interrupted by ${out.interrupted}: ${client} was stopped (${out.signal ? `it ended on ${out.signal}` : `it exited with code ${out.exitCode}`})`,
      hint: 'run the command again: it starts from where the database is now',
    };
  }
  if (out.signal) {
    return {
      code: 'EX014',
      severity: 'error',
      message: `${client} was killed by ${out.signal} before it finished`,
      hint: 'something outside this tool stopped the client (the out-of-memory killer, an operator, a time limit); run the command again: it starts from where the database is now',
    };
  }
  return undefined;
}
