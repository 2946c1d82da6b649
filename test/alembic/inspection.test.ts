/**
 * Differential test of the inspection commands' text against real Alembic 1.8: `heads`,
 * `branches`, `history` (each plain and --verbose) and `current` (plain and --verbose) on the
 * generated histories of the differential suite and on the shipped LBaaS history, each written as
 * an Alembic project (inspection_driver.py). Tooling that parses Alembic's lines must be able to
 * parse ours.
 *
 * Normalized before comparing, and only that: a revision's `Path:` (Alembic prints its .py file,
 * we print the revision file), and the order of what Alembic takes from a Python set (the labels
 * inside one pair of parentheses or on a `Branch names:` line, the children under a branch point),
 * which the project sorts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { branchesText, fullHistoryText, headsText } from '../../src/workspace/inspect.js';
import { AlembicText } from '../../src/workspace/inspect-format.js';
import type { Revision } from '../../src/core/ops.js';
import { loadHistoryFiles } from '../../src/front/load.js';
import { buildGraph } from '../../src/graph/graph.js';
import type { RevisionGraph } from '../../src/graph/revision-graph.js';
import { isCI } from '../support/engines.js';
import { findPython, toRevisions } from './alembic.js';
import { generate } from './generate.js';

const DRIVER = join(dirname(fileURLToPath(import.meta.url)), 'inspection_driver.py');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const found = findPython();

type Printed = Record<string, { ok: boolean; text: string }>;

function alembicPrints(python: string, revisions: Revision[], current: string[]): Printed {
  const dir = mkdtempSync(join(tmpdir(), 'alembic-inspect-'));
  try {
    const input = JSON.stringify({
      dir: join(dir, 'project'),
      current,
      revisions: revisions.map((r) => ({ id: r.id, down: r.down, depends_on: r.depends_on, branch_labels: r.branch_labels, message: r.message })),
    });
    const res = spawnSync(python, [DRIVER], { input, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' } });
    if (res.status !== 0) throw new Error(`inspection driver exited ${res.status}: ${res.stderr}`);
    return JSON.parse(res.stdout) as Printed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the project prints for the same commands. */
function ours(g: RevisionGraph, rows: string[]): Record<string, string> {
  const text = new AlembicText(g);
  const cur = new Set(rows);
  return {
    heads: headsText(g, false),
    'heads --verbose': headsText(g, true),
    branches: branchesText(g, false),
    'branches --verbose': branchesText(g, true),
    history: fullHistoryText(g, new Set(), false),
    'history --verbose': fullHistoryText(g, new Set(), true),
    ...(rows.length
      ? {
          current: text.currentText(rows),
          'current --verbose': text.currentText(rows, '-'),
          'history --indicate-current': fullHistoryText(g, cur, false),
        }
      : {}),
  };
}

/** Paths out; set-ordered groups sorted; whole blocks compared as sorted where Alembic's order is a set's. */
function normalize(command: string, text: string): string {
  let t = text.replace(/^Path: .*$/gm, 'Path: -').replace(/^Current revision\(s\) for .*:$/gm, 'Current revision(s) for -:');
  t = t.replace(/^Branch names: (.*)$/gm, (_, l: string) => `Branch names: ${l.split(', ').sort().join(', ')}`);
  t = t.replace(/^Branches into: (.*)$/gm, (_, l: string) => `Branches into: ${l.split(', ').sort().join(', ')}`);
  t = t.replace(/ \(([A-Za-z0-9_]+(?:, [A-Za-z0-9_]+)+)\)/g, (_, l: string) => ` (${l.split(', ').sort().join(', ')})`);
  if (command.startsWith('branches')) {
    // the children under a branch point come from a set
    t = t.replace(/((?:^ +-> .*\n)+)/gm, (block: string) => block.split('\n').filter(Boolean).sort().join('\n') + '\n');
  }
  if (command.startsWith('current')) {
    // the version rows come back in the database's order; the project sorts them
    const blocks = command === 'current' ? t.split('\n').filter(Boolean) : t.split(/\n(?=Rev: )/);
    const head = blocks[0]?.startsWith('Current revision') ? [blocks.shift()!] : [];
    t = [...head, ...blocks.map((b) => b.replace(/\n*$/, '')).sort()].join('\n');
  }
  return t;
}

function histories(): { name: string; revisions: Revision[]; current: string[] }[] {
  const out = Array.from({ length: 42 }, (_, i) => {
    const gen = generate(i + 1);
    const revisions = toRevisions(gen);
    // a database at one revision in the middle of the history
    const mid = revisions[Math.floor(revisions.length / 2)]!.id;
    return { name: `generated ${gen.seed} (${gen.shape})`, revisions, current: [mid] };
  });
  const shipped = loadHistoryFiles(ROOT, 'versions').revisions;
  out.push({ name: 'the shipped LBaaS history', revisions: [...shipped], current: ['62deca5010cd', '130ebfdef43'] });
  return out;
}

/** A history's entries (one line, or one `Rev:` block each), sorted: what it lists, whatever the order. */
function entries(text: string): string[] {
  return text
    .split(/\n(?=Rev: )|\n(?!\n)(?! {4})/)
    .map((e) => e.replace(/\n+$/, ''))
    .filter(Boolean)
    .sort();
}

function lazy<T>(fn: () => T): () => T {
  let v: { value: T } | undefined;
  return () => (v ??= { value: fn() }).value;
}

function compare(revisions: Revision[], current: string[]): { command: string; mine: string; theirs: { ok: boolean; text: string } }[] {
  const { graph, diagnostics } = buildGraph(revisions);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => d.message).join('; '));
  const theirs = alembicPrints(found!.python, revisions, current);
  // the rows Alembic's stamp wrote for the database's revisions (it adds unmet dependencies)
  const rows = current.length ? theirs.rows!.text.split('\n').filter(Boolean) : [];
  return Object.entries(ours(graph, rows)).map(([command, mine]) => ({ command, mine, theirs: theirs[command] ?? { ok: false, text: 'not run' } }));
}

describe.skipIf(!found && !isCI())("the inspection commands print Alembic's text", () => {
  it('an interpreter that can import alembic is present (required under CI)', () => {
    expect(found, 'no python3 that can import alembic: apt-get install python3-alembic').toBeDefined();
  });

  const cases = histories().map((h) => ({ ...h, run: lazy(() => compare(h.revisions, h.current)) }));

  it.each(cases)(
    '$name: every line as Alembic prints it',
    ({ run }) => {
      if (!found) return;
      for (const { command, mine, theirs } of run()) {
        expect(theirs.ok, `${command}: ${theirs.text}`).toBe(true);
        const m = normalize(command, mine),
          t = normalize(command, theirs.text);
        if (command.startsWith('history')) expect(entries(m), command).toEqual(entries(t));
        else expect(m, command).toBe(t);
      }
    },
    60_000,
  );

  // `history` lists the revisions in the order a downgrade from the heads to base runs them, which
  // follows Alembic's step order (docs/alembic-conformance.md).
  it.each(cases)(
    '$name: history in the order Alembic walks it',
    ({ run }) => {
      if (!found) return;
      for (const { command, mine, theirs } of run()) {
        if (command.startsWith('history')) expect(normalize(command, mine), command).toBe(normalize(command, theirs.text));
      }
    },
    60_000,
  );
});
