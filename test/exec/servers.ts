/**
 * Shared helpers for the executor tests that need a running server. A missing server (or client)
 * skips the suite with the reason in its name; under CI=true it fails instead.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect as netConnect } from 'node:net';
import { describe, it } from 'vitest';
import { findOnPath } from '../../src/exec/process.js';

export interface Probe {
  available: boolean;
  reason?: string;
}

function tcpOpen(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = netConnect({ host, port });
    const finish = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => finish(false));
    sock.once('connect', () => finish(true));
    sock.once('error', () => finish(false));
  });
}

export async function probe(what: string, host: string, port: number, clients: readonly string[]): Promise<Probe> {
  if (!clients.some((c) => findOnPath(c, process.env))) {
    return { available: false, reason: `no ${clients.join('/')} client on PATH` };
  }
  if (!(await tcpOpen(host, port))) return { available: false, reason: `no ${what} server at ${host}:${port}` };
  return { available: true };
}

/** describe() when the server is there; otherwise a visible skip, or under CI=true a failing test. */
export function serverSuite(name: string, p: Probe, fn: () => void): void {
  if (p.available) {
    describe(name, fn);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs its server', () => {
        throw new Error(`${p.reason}; CI=true requires the server (start it in .ci/run)`);
      });
    });
  } else {
    console.warn(`[skip] ${name}: ${p.reason}`);
    describe.skip(`${name} (skipped: ${p.reason})`, fn);
  }
}

export function uniqueName(prefix = 'lbaas_t_'): string {
  return `${prefix}${randomBytes(6).toString('hex')}`;
}

export interface SpawnCall {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** A spawn that records what it was asked to run, then runs it (or `replace` it). */
export function recordingSpawn(
  calls: SpawnCall[],
  opts: { before?: (call: SpawnCall) => void; replace?: (call: SpawnCall) => { command: string; args: string[] } } = {},
): typeof spawn {
  const wrapped = (command: string, args: readonly string[], options: SpawnOptions) => {
    const call: SpawnCall = { command, args: [...args], env: { ...(options.env ?? {}) } };
    calls.push(call);
    opts.before?.(call);
    const target = opts.replace ? opts.replace(call) : call;
    return spawn(target.command, target.args, options);
  };
  return wrapped as unknown as typeof spawn;
}
