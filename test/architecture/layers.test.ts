/**
 * The dependency rule of docs/architecture.md ("Layout and the dependency rule"), checked over
 * every import in src/ (static, dynamic and type-only alike): each folder of src/ belongs to a
 * layer, a module imports only from its own layer or the layers below it, and the folders import
 * each other without a cycle. Library code (every layer below the command line) never exits,
 * prints or reads the process environment. The exceptions are listed below with their reason; an
 * exception that is no longer needed fails too, so the list only shrinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The layers, lowest first. A folder added to src/ must be given one here (and in the docs). */
const LAYERS: readonly (readonly [string, readonly string[]])[] = [
  ['core', ['core']],
  ['stages', ['lex', 'config', 'front', 'graph', 'model', 'dialects', 'back', 'emit', 'verify', 'lint']],
  ['pipeline', ['pipeline']],
  ['features', ['workspace', 'author', 'bundle', 'populate', 'review', 'exec']],
  // the two entries: the command line, and the package's library entry (src/index.ts)
  ['entries', ['cli', '.']],
];

/** Folder imports that close a cycle, allowed for now, with the reason. */
const CYCLE_EXCEPTIONS: Record<string, string> = {
  'dialects -> back':
    "a dialect lowers through the renderer (templates), and the renderer reads the dialect's capabilities (quoting, literals, template fallback)",
  'model -> dialects':
    "the model asks a dialect for its naming rules and limits (maxIdentifier, indexScope, the names an engine gives unnamed constraints), which live in the dialect's folder with its lowering; the lowering reads the model's types. Handing the rules to the Replayer as a value would cut the edge at the price of every caller naming them",
  'review -> bundle': 'the review page is written from a bundle and reads its manifest types (type-only); the bundle writes the page',
};

/** Library files that touch the process, with the reason. */
const PROCESS_EXCEPTIONS: Record<string, string> = {
  'back/templates.ts': 'LBAAS_CHECK_TEMPLATES, the development cross-check of the template fast path (CI sets it; it changes no output)',
  'emit/write.ts': 'the standard output writer, which only the command line calls',
  'exec/postgresql.ts': 'the database client inherits the environment (the default when the caller gives none)',
  'exec/mysql.ts': 'the database client inherits the environment (the default when the caller gives none)',
  'workspace/online.ts': "an online run reports progress and a failed run's state on stderr while the client runs",
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const folderOf = (file: string) => {
  const rel = relative(SRC, file).split(sep);
  return rel.length > 1 ? rel[0]! : '.';
};

const layerOf = new Map<string, number>();
LAYERS.forEach(([, folders], i) => folders.forEach((f) => layerOf.set(f, i)));

/** Every relative import of every file: [importing file, imported file]. */
const imports: [string, string][] = files(SRC).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]!);
  return specs.map((s) => [file, normalize(join(dirname(file), s))] as [string, string]);
});

describe('the dependency rule', () => {
  it('gives every folder of src/ a layer', () => {
    const folders = [...new Set(files(SRC).map(folderOf))].sort();
    expect(folders.filter((f) => !layerOf.has(f))).toEqual([]);
  });

  it('imports only from the same layer or a lower one', () => {
    const upward = imports
      .filter(([from, to]) => layerOf.get(folderOf(to))! > layerOf.get(folderOf(from))!)
      .map(([from, to]) => `${relative(SRC, from)} -> ${relative(SRC, to)}`);
    expect(upward).toEqual([]);
  });

  it('has no cycle between folders, but for the listed exceptions', () => {
    const edges = new Map<string, Set<string>>();
    for (const [from, to] of imports) {
      const a = folderOf(from);
      const b = folderOf(to);
      if (a === b || CYCLE_EXCEPTIONS[`${a} -> ${b}`] !== undefined) continue;
      if (!edges.has(a)) edges.set(a, new Set());
      edges.get(a)!.add(b);
    }
    // depth-first search; a cycle is reported as the path that closes it
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (n: string, path: string[]) => {
      state.set(n, 'open');
      for (const m of [...(edges.get(n) ?? [])].sort()) {
        if (state.get(m) === 'open') cycles.push([...path.slice(path.indexOf(m)), n, m].join(' -> '));
        else if (!state.has(m)) visit(m, [...path, n]);
      }
      state.set(n, 'done');
    };
    for (const n of [...edges.keys()].sort()) if (!state.has(n)) visit(n, []);
    expect(cycles).toEqual([]);
  });

  it('lists only exceptions that are still needed', () => {
    const present = new Set(imports.map(([from, to]) => `${folderOf(from)} -> ${folderOf(to)}`));
    expect(Object.keys(CYCLE_EXCEPTIONS).filter((e) => !present.has(e))).toEqual([]);
    for (const [edge] of Object.entries(CYCLE_EXCEPTIONS)) {
      const [a, b] = edge.split(' -> ') as [string, string];
      // it is an exception only if the other direction exists too
      expect(present.has(`${b} -> ${a}`), edge).toBe(true);
    }
  });

  it('keeps library code off the process: no exit, no printing, no environment', () => {
    const cli = layerOf.get('cli')!;
    const touching = files(SRC)
      .filter((f) => layerOf.get(folderOf(f))! < cli)
      .filter((f) => /\bprocess\.(exit|env|stdout|stderr)\b|\bconsole\.\w+\(/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
      .map((f) => relative(SRC, f).split(sep).join('/'));
    expect(touching.filter((f) => PROCESS_EXCEPTIONS[f] === undefined)).toEqual([]);
    expect(Object.keys(PROCESS_EXCEPTIONS).filter((f) => !touching.includes(f))).toEqual([]);
  });
});
