/** Headless Chromium (Debian's `chromium` package) for the review-page tests. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function chromiumAvailable(): { ok: boolean; detail: string } {
  const r = spawnSync('chromium', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return { ok: false, detail: `chromium not runnable (${r.error?.message ?? r.stderr})` };
  return { ok: true, detail: r.stdout.trim() };
}

/** Runs headless Chromium on a file with extra flags; a private profile, no background traffic. Resolves with stdout. */
export function chromium(file: string, flags: string[], timeoutMs = 90_000): Promise<{ code: number; stdout: string; stderr: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'lbaas-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-extensions',
    `--user-data-dir=${profile}`,
    ...flags,
    `file://${file}`,
  ];
  return new Promise((resolve) => {
    const child = spawn('chromium', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    let done = false;
    const finish = (code: number, extra = '') => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') + extra });
    };
    // A Chromium that cannot start (not installed) fails the test at once, not at its timeout.
    child.on('error', (e) => finish(127, `cannot start chromium: ${e.message}`));
    child.on('close', (code) => finish(code ?? 1));
  });
}

/**
 * Network requests a page made, from a Chromium net log: requests whose initiator is a
 * document (a file:// page has the opaque origin "null"), not the browser itself
 * ("not an origin": update checks and the like, which no flag fully silences).
 */
export function pageRequests(netLogPath: string): string[] {
  const log = JSON.parse(readFileSync(netLogPath, 'utf8')) as { events: { source: { id: number }; params?: Record<string, unknown> }[] };
  const bySource = new Map<number, { url?: string; fromPage: boolean }>();
  for (const e of log.events) {
    const p = e.params ?? {};
    const s = bySource.get(e.source.id) ?? { fromPage: false };
    if (typeof p.url === 'string' && !s.url) s.url = p.url;
    if (typeof p.initiator === 'string' && p.initiator !== 'not an origin') s.fromPage = true;
    if (typeof p.network_isolation_key === 'string' && p.network_isolation_key.startsWith('file://')) s.fromPage = true;
    bySource.set(e.source.id, s);
  }
  return [...new Set([...bySource.values()].filter((s) => s.fromPage && s.url && !/^(file|data|about|chrome):/.test(s.url)).map((s) => s.url!))];
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(sig) || buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
