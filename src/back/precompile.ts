import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shipped templates, compiled at build time (scripts/postbuild.mjs writes both files into
 * dist/back/) so that no shipped template is parsed while a command runs:
 * - templates.precompiled.json: each file's text and its Handlebars parse tree (what the fast
 *   path of fast.ts compiles, without Handlebars' parser);
 * - templates.precompiled.cjs: each file as Handlebars.precompile() gives it (loaded with
 *   Handlebars' runtime only, and only when a template renders through Handlebars).
 * A file counts as precompiled only while its text is the text it was compiled from: a template
 * a site changed (or one under another --templates directory) is read and compiled as it is.
 */

/** The options every template is compiled with: output is SQL (no HTML escaping), a missing field is an error. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** Bumped when the files' layout changes; a build of another format is not used. */
const FORMAT = 1;

export interface PrecompiledFile {
  /** The file's text, as read: the run uses the precompiled forms only while the file still holds it. */
  source: string;
  /** Handlebars' parse tree of the text as registered (a partial without its last line break), as far as the fast path reads it. */
  tree: unknown;
}

interface Artifact {
  format: number;
  handlebars: string;
  files: Record<string, PrecompiledFile>;
}

/** Where the build puts the two files: dist/back/, found from here whether this runs from dist/ or from src/ (the tests). */
const OUT = fileURLToPath(new URL('../../dist/back/', import.meta.url));
export const PRECOMPILED_JSON = join(OUT, 'templates.precompiled.json');
export const PRECOMPILED_CJS = join(OUT, 'templates.precompiled.cjs');

const requireCjs = createRequire(import.meta.url);
const handlebarsVersion = (): string => (requireCjs('handlebars/package.json') as { version: string }).version;

/** A partial's file name starts with '_'; Handlebars gets its text without the last line break. */
export const isPartialFile = (relPath: string): boolean => /(^|\/)_[^/]*\.hbs$/.test(relPath);
export const registeredText = (relPath: string, raw: string): string => (isPartialFile(relPath) ? raw.replace(/\n$/, '') : raw);

/** Every template file under `dir`, relative to it with forward slashes: the top level and one level of dialect folders. */
export function templateFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isFile() && e.name.endsWith('.hbs')) out.push(e.name);
    else if (e.isDirectory()) {
      for (const f of readdirSync(join(dir, e.name)).sort()) if (f.endsWith('.hbs')) out.push(`${e.name}/${f}`);
    }
  }
  return out;
}

/**
 * The parts of a parse tree the fast path reads (fast.ts): node types, their children, names and
 * values. Source locations and whitespace-control flags (already applied by the parser) are left
 * out, and so is the original text of content and literals.
 */
const TREE_KEYS = new Set([
  'type',
  'body',
  'blockParams',
  'path',
  'params',
  'hash',
  'pairs',
  'key',
  'value',
  'program',
  'inverse',
  'name',
  'indent',
  'data',
  'depth',
  'parts',
  'original',
]);
function readTree(tree: unknown): unknown {
  return JSON.parse(
    JSON.stringify(tree, function (this: Record<string, unknown>, k: string, v: unknown) {
      if (k === '' || Array.isArray(this)) return v;
      if (!TREE_KEYS.has(k)) return undefined;
      return k === 'original' && this.type !== 'PathExpression' ? undefined : v;
    }),
  );
}

/** The two files' contents for the templates under `dir` (build time: loads Handlebars' compiler). */
export function precompileTemplates(dir: string): { json: string; cjs: string } {
  const hb = requireCjs('handlebars') as { parse: (s: string) => unknown; precompile: (s: string, o: object) => string };
  const files: Record<string, PrecompiledFile> = {};
  const specs: string[] = [];
  for (const rel of templateFiles(dir)) {
    const source = readFileSync(join(dir, rel), 'utf8');
    const text = registeredText(rel, source);
    files[rel] = { source, tree: readTree(hb.parse(text)) };
    specs.push(`exports[${JSON.stringify(rel)}] = ${hb.precompile(text, COMPILE_OPTIONS)};`);
  }
  const artifact: Artifact = { format: FORMAT, handlebars: handlebarsVersion(), files };
  return {
    json: `${JSON.stringify(artifact)}\n`,
    cjs: `'use strict';\n// Generated at build time from templates/ (src/back/precompile.ts): each template as Handlebars.precompile() gives it.\n${specs.join('\n')}\n`,
  };
}

let loaded: Map<string, PrecompiledFile> | null | undefined;

/** The precompiled files of the build, by path under the templates directory; empty when there is no build of this format. */
function precompiledFiles(): Map<string, PrecompiledFile> {
  if (loaded === undefined) {
    loaded = null;
    if (existsSync(PRECOMPILED_JSON) && existsSync(PRECOMPILED_CJS)) {
      const a = JSON.parse(readFileSync(PRECOMPILED_JSON, 'utf8')) as Artifact;
      if (a.format === FORMAT && a.handlebars === handlebarsVersion()) loaded = new Map(Object.entries(a.files));
    }
  }
  return loaded ?? new Map();
}

/** The precompiled forms of `relPath`, when the build has them and the file still holds `raw`. */
export function precompiled(relPath: string, raw: string): PrecompiledFile | undefined {
  const f = precompiledFiles().get(relPath);
  return f !== undefined && f.source === raw ? f : undefined;
}

let specs: Record<string, object> | undefined;

/** Handlebars' precompiled form of a file that precompiled() matched (the module loads on first need). */
export function precompiledSpec(relPath: string): object | undefined {
  specs ??= requireCjs(PRECOMPILED_CJS) as Record<string, object>;
  return specs[relPath];
}
