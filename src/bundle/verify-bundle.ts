import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDialect } from '../core/dialect.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { listFiles, MANIFEST, readManifestJson, sha256 } from '../core/manifest.js';
import { DEFAULT_TEMPLATES_DIR } from '../back/templates.js';
import { buildBundle, type BundleInput, type BundleSpec, type Manifest } from './build.js';
import { describeScriptCommand, scriptCommands } from '../verify/commands.js';

export type CheckStatus = 'ok' | 'edited' | 'added' | 'removed' | 'same' | 'differs' | 'missing' | 'extra' | 'failed' | 'command';

export interface CheckLine {
  /**
   * files: the bundle against its manifest; sources/templates: the current files against the manifest; recompile: a fresh
   * build against the bundle; clients: each script of the bundle read as its client reads it (commands the client would run).
   */
  area: 'files' | 'sources' | 'templates' | 'recompile' | 'clients';
  status: CheckStatus;
  path: string;
  detail?: string;
}

export interface VerifyReport {
  manifest?: Manifest;
  lines: CheckLine[];
  /** Lines that are differences (everything but ok/same). */
  differences: CheckLine[];
  /** Why the manifest could not be used, if it could not. */
  fatal?: Diagnostic;
}

function firstDifference(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) return i + 1;
  return 0;
}

export function specOf(m: Manifest): BundleSpec {
  return {
    range: m.range,
    dialect: m.dialect,
    versionTable: m.options.version_table,
    perRevision: m.options.per_revision,
    transactionPerMigration: m.options.transaction_per_migration,
    guard: m.options.guard,
    clientDirectives: m.options.client_directives,
    ...(typeof m.board?.ticket === 'string' ? { ticket: m.board.ticket } : {}),
    ...(typeof m.board?.approver === 'string' ? { approver: m.board.approver } : {}),
  };
}

function readManifest(dir: string, label: string): { manifest?: Manifest; fatal?: Diagnostic } {
  const read = readManifestJson(dir);
  if ('missing' in read)
    return { fatal: { code: 'VF100', severity: 'error', message: `${label} has no ${MANIFEST}: not a bundle (or the manifest was removed)` } };
  if ('error' in read) return { fatal: { code: 'VF100', severity: 'error', message: `${MANIFEST} in ${label} is not valid JSON: ${read.error}` } };
  const m = read.value as Manifest;
  const okShape =
    m &&
    typeof m === 'object' &&
    typeof m.range === 'string' &&
    typeof m.dialect === 'string' &&
    isDialect(m.dialect) &&
    m.files &&
    typeof m.files === 'object' &&
    m.sources &&
    m.templates &&
    m.options &&
    typeof m.options.version_table === 'string';
  if (!okShape) return { fatal: { code: 'VF100', severity: 'error', message: `${MANIFEST} in ${label} is not a bundle manifest (fields missing)` } };
  return { manifest: m };
}

/**
 * Checks a bundle directory: (1) every file against the manifest's sha256
 * (edited, added, removed); (2) the manifest's source and template checksums
 * against the current files; (3) a fresh build from the current sources with
 * the manifest's range and options, byte for byte against the bundle,
 * manifest included. Any difference is reported; nothing is written.
 */
export function verifyBundle(dir: string, input: () => BundleInput, label = dir): VerifyReport {
  const lines: CheckLine[] = [];
  const { manifest, fatal } = readManifest(dir, label);
  if (!manifest) return { lines, differences: [], ...(fatal ? { fatal } : {}) };

  const onDisk = listFiles(dir).filter((f) => f !== MANIFEST);
  const listed = Object.keys(manifest.files).sort();
  for (const f of listed) {
    if (!onDisk.includes(f)) {
      lines.push({ area: 'files', status: 'removed', path: f, detail: 'listed in the manifest, missing from the bundle' });
      continue;
    }
    const h = sha256(readFileSync(join(dir, f)));
    lines.push(
      h === manifest.files[f]
        ? { area: 'files', status: 'ok', path: f }
        : { area: 'files', status: 'edited', path: f, detail: `sha256 ${h.slice(0, 12)}… on disk, ${String(manifest.files[f]).slice(0, 12)}… in the manifest` },
    );
  }
  for (const f of onDisk) if (!listed.includes(f)) lines.push({ area: 'files', status: 'added', path: f, detail: 'not in the manifest' });

  let bundleInput: BundleInput | undefined;
  let loadError: string | undefined;
  try {
    bundleInput = input();
  } catch (e) {
    loadError = errorText(e);
  }
  const root = bundleInput?.root;
  for (const f of Object.keys(manifest.sources).sort()) {
    const p = root !== undefined ? join(root, f) : undefined;
    if (p === undefined || !existsSync(p)) {
      lines.push({ area: 'sources', status: 'removed', path: f, detail: 'no longer exists' });
      continue;
    }
    const h = sha256(readFileSync(p));
    lines.push(
      h === manifest.sources[f]
        ? { area: 'sources', status: 'ok', path: f }
        : { area: 'sources', status: 'edited', path: f, detail: 'changed since the bundle was written' },
    );
  }
  const tdir = bundleInput?.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  for (const f of Object.keys(manifest.templates).sort()) {
    const p = join(tdir, f);
    if (!existsSync(p)) {
      lines.push({ area: 'templates', status: 'removed', path: f, detail: 'no longer exists' });
      continue;
    }
    const h = sha256(readFileSync(p));
    lines.push(
      h === manifest.templates[f]
        ? { area: 'templates', status: 'ok', path: f }
        : { area: 'templates', status: 'edited', path: f, detail: 'changed since the bundle was written' },
    );
  }

  let freshFiles: Map<string, string> | undefined;
  if (!bundleInput) {
    lines.push({ area: 'recompile', status: 'failed', path: '(sources)', detail: `the sources do not load: ${loadError}` });
  } else {
    try {
      const fresh = buildBundle(bundleInput, specOf(manifest));
      freshFiles = new Map(fresh.files.map((f) => [f.path, f.text]));
      const freshPaths = fresh.files.map((f) => f.path);
      for (const f of fresh.files) {
        const p = join(dir, f.path);
        if (!existsSync(p)) {
          lines.push({ area: 'recompile', status: 'missing', path: f.path, detail: 'a fresh build writes it; the bundle does not have it' });
          continue;
        }
        const disk = readFileSync(p, 'utf8');
        lines.push(
          disk === f.text
            ? { area: 'recompile', status: 'same', path: f.path }
            : {
                area: 'recompile',
                status: 'differs',
                path: f.path,
                detail: `the current sources compile to different bytes (first difference at line ${firstDifference(disk, f.text)})`,
              },
        );
      }
      for (const f of onDisk)
        if (!freshPaths.includes(f)) lines.push({ area: 'recompile', status: 'extra', path: f, detail: 'a fresh build does not write it' });
    } catch (e) {
      lines.push({ area: 'recompile', status: 'failed', path: '(sources)', detail: `the current sources do not compile: ${errorText(e)}` });
    }
  }
  lines.push(...clientLines(dir, onDisk, manifest, freshFiles));
  const differences = lines.filter((l) => l.status !== 'ok' && l.status !== 'same');
  return { manifest, lines, differences };
}

/**
 * Each SQL script of the bundle as it is on disk, read whole as the manifest's dialect's client
 * reads it, whatever the manifest and the sources say: a client command other than the
 * compiler's own directives is reported unless the same line, with its command, is in the
 * fresh build's script (an op that allows it); so is a quote or comment the script leaves open.
 */
function clientLines(dir: string, onDisk: readonly string[], m: Manifest, fresh: Map<string, string> | undefined): CheckLine[] {
  const out: CheckLine[] = [];
  for (const f of onDisk) {
    if (!f.endsWith('.sql')) continue;
    const found = scriptCommands(readFileSync(join(dir, f), 'utf8'), m.dialect);
    const freshText = fresh?.get(f);
    const allowed = new Set(
      freshText === undefined
        ? []
        : scriptCommands(freshText, m.dialect)
            .filter((c) => c.unclosed === undefined)
            .map((c) => `${c.command}\u0000${c.lineText}`),
    );
    const bad = found.filter((c) => c.unclosed !== undefined || !allowed.has(`${c.command}\u0000${c.lineText}`));
    out.push(
      bad.length === 0
        ? { area: 'clients', status: 'ok', path: f }
        : {
            area: 'clients',
            status: 'command',
            path: f,
            detail: `${bad.length} client command${bad.length === 1 ? '' : 's'} no op allows: ${bad
              .slice(0, 3)
              .map((c) => describeScriptCommand(c, m.dialect))
              .join('; ')}${bad.length > 3 ? '; ...' : ''}`,
          },
    );
  }
  return out;
}

function errorText(e: unknown): string {
  const ds = (e as { diagnostics?: Diagnostic[] }).diagnostics;
  if (Array.isArray(ds) && ds.length) return ds.map((d) => `${d.code} ${d.at ? `${d.at.file}: ` : ''}${d.message}`).join('; ');
  return (e as Error).message ?? String(e);
}

/** The report as text: one line per check, problems first within each area, then the result. */
export function formatVerify(dir: string, r: VerifyReport): string {
  const m = r.manifest!;
  const out: string[] = [`verify ${dir}: upgrade ${m.range} for ${m.dialect} (written by lbaas-db-manage ${m.tool?.version ?? '?'})`];
  const titles: Record<CheckLine['area'], string> = {
    files: 'bundle files against manifest.json',
    sources: 'source files against manifest.json',
    templates: 'templates against manifest.json',
    recompile: 'fresh build from the current sources against the bundle',
    clients: 'scripts read as their database client reads them',
  };
  for (const area of ['files', 'sources', 'templates', 'recompile', 'clients'] as const) {
    const ls = r.lines.filter((l) => l.area === area);
    out.push(`${titles[area]}:`);
    const good = ls.filter((l) => l.status === 'ok' || l.status === 'same');
    const bad = ls.filter((l) => !good.includes(l));
    for (const l of bad) out.push(`  ${l.status.toUpperCase().padEnd(8)} ${l.path}${l.detail ? `: ${l.detail}` : ''}`);
    if (area === 'files' || area === 'recompile') for (const l of good) out.push(`  ${l.status.padEnd(8)} ${l.path}`);
    else if (good.length && area === 'clients')
      out.push(
        `  ${'ok'.padEnd(8)} ${good.length} script${good.length === 1 ? '' : 's'}: no client command but the compiler's own directives and those an op allows`,
      );
    else if (good.length) out.push(`  ${'ok'.padEnd(8)} ${good.length} file${good.length === 1 ? '' : 's'} unchanged`);
    if (ls.length === 0) out.push('  (none)');
  }
  const n = r.differences.length;
  out.push(
    n === 0 ? 'result: the bundle matches its manifest and the current sources compile to the same bytes' : `result: ${n} difference${n === 1 ? '' : 's'}`,
  );
  return out.join('\n') + '\n';
}
