import { spawn as nodeSpawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { delimiter, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ExecResult, RunOptions, StatementSpan } from './types.js';

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

/** Replaces every secret (and its percent-encoded form) with `***`. Empty secrets are ignored. */
export function makeScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const all = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    all.add(s);
    all.add(encodeURIComponent(s));
  }
  const list = [...all].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (t) => t;
  return (text) => {
    let out = text;
    for (const s of list) out = out.split(s).join('***');
    return out;
  };
}

export interface ClientSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface ClientOutput {
  exitCode: number;
  /** Scrubbed. */
  stdout: string;
  stderr: string;
  /** Unscrubbed standard error, for parsing line numbers only: never put it in a result or print it. */
  rawStderr: string;
  /** Set when the process could not be started. */
  startError?: NodeJS.ErrnoException;
}

/**
 * Starts the client, writes `input` to its standard input and closes it, streams its output
 * line by line (scrubbed) to onLine, and resolves when it has exited. Never rejects.
 */
export function runClient(
  spec: ClientSpec,
  input: string,
  opts: { onLine?: RunOptions['onLine']; scrub: (s: string) => string; spawn?: typeof nodeSpawn },
): Promise<ClientOutput> {
  const spawnImpl = opts.spawn ?? nodeSpawn;
  const { scrub } = opts;
  return new Promise((resolvePromise) => {
    let settled = false;
    const raw = { stdout: '', stderr: '' };
    const done = (exitCode: number, startError?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      const out: ClientOutput = { exitCode, stdout: scrub(raw.stdout), stderr: scrub(raw.stderr), rawStderr: raw.stderr };
      if (startError) out.startError = startError;
      resolvePromise(out);
    };

    let child: ReturnType<typeof nodeSpawn>;
    try {
      child = spawnImpl(spec.command, spec.args, { env: spec.env, cwd: spec.cwd, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    } catch (e) {
      done(127, e as NodeJS.ErrnoException);
      return;
    }

    const pending = { stdout: '', stderr: '' };
    const wire = (name: 'stdout' | 'stderr') => {
      const stream = child[name];
      if (!stream) return;
      const decoder = new StringDecoder('utf8');
      const take = (text: string, final: boolean) => {
        raw[name] += text;
        pending[name] += text;
        const parts = pending[name].split('\n');
        pending[name] = final ? '' : parts.pop()!;
        if (final && parts[parts.length - 1] === '') parts.pop();
        for (const p of parts) opts.onLine?.(scrub(p.replace(/\r$/, '')), name);
      };
      stream.on('data', (chunk: Buffer) => take(decoder.write(chunk), false));
      stream.on('end', () => take(decoder.end(), true));
    };
    wire('stdout');
    wire('stderr');

    child.on('error', (err: NodeJS.ErrnoException) => {
      // Failed to start (ENOENT, EACCES, ...), or a signal could not be delivered.
      if (child.pid === undefined) done(127, err);
    });
    child.on('close', (code, signal) => {
      const sig = signal ? (osConstants.signals as Record<string, number>)[signal] : undefined;
      done(code ?? (sig !== undefined ? 128 + sig : 1));
    });

    if (child.stdin) {
      child.stdin.on('error', () => {
        // EPIPE: the client exited before reading all of its input (e.g. it could not connect).
      });
      child.stdin.end(Buffer.from(input, 'utf8'));
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
    if (containing === undefined && lineOfOffset(script, s + slice.length - slice.trimStart().length) <= line && line <= lineOfOffset(script, e - trail - 1)) containing = i;
  }
  return containing;
}

/** The result for a client that is not installed. */
export function missingClientResult(clients: readonly string[], debianPackage: string, alternative?: string): ExecResult {
  const names = clients.map((c) => `'${c}'`).join(' or ');
  const diagnostic: Diagnostic = {
    code: 'EX001', severity: 'error',
    message: `the database client ${names} was not found on PATH`,
    hint: `install the Debian package ${debianPackage}${alternative ? ` (or ${alternative})` : ''}: apt-get install ${debianPackage}`,
  };
  return { ok: false, exitCode: 127, stdout: '', stderr: `${diagnostic.message}; ${diagnostic.hint}\n`, diagnostics: [diagnostic] };
}

/** The result for a client that exists but could not be started. */
export function startFailedResult(command: string, err: NodeJS.ErrnoException, out: ClientOutput): ExecResult {
  const diagnostic: Diagnostic = {
    code: 'EX002', severity: 'error',
    message: `could not start ${command}: ${err.code ?? err.message}`,
    hint: 'check that the client is installed correctly and executable',
  };
  return { ok: false, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, diagnostics: [diagnostic] };
}
