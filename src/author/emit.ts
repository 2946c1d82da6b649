import { existsSync } from 'node:fs';
import { posix, relative, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../core/diagnostics.js';
import type { Revision } from '../core/ops.js';
import { lineCol, parseJsonc } from '../front/jsonc.js';
import { validateRevision } from '../front/validate.js';
import { buildGraph } from '../graph/graph.js';
import { revisionFileName } from './file-names.js';
import { AUTHOR_CODES } from './place.js';
import { renderRevision, type RevisionDraft } from './render.js';
import { writeNewFileAtomic } from './write-new.js';
import { fsReason, isFsError } from '../workspace/output.js';

export const SCHEMA_FILE = 'revision.schema.json';

/** A draft with where it goes: `dir` relative to the project root. */
export interface PlacedDraft {
  draft: RevisionDraft;
  dir: string;
}

export interface RenderedRevision {
  /** Path relative to the root, forward slashes. */
  file: string;
  abs: string;
  text: string;
  revision: Revision;
}

/**
 * Renders drafts and reads them back through the loader, so what is written is
 * exactly what the tool will load; with the existing revisions they must form
 * a valid graph.
 */
export function renderDrafts(
  root: string,
  versionsRel: string,
  existing: readonly Revision[],
  placed: readonly PlacedDraft[],
): { rendered: RenderedRevision[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rendered: RenderedRevision[] = [];
  for (const { draft, dir } of placed) {
    const file = posix.join(dir, revisionFileName(draft.id, draft.message));
    const abs = resolve(root, file);
    const schema = posix.relative(posix.dirname(file), posix.join(versionsRel, SCHEMA_FILE)) || SCHEMA_FILE;
    const text = renderRevision(draft, schema.startsWith('.') ? schema : `./${schema}`);
    const parsed = parseJsonc(text);
    const ds: Diagnostic[] = [];
    const rev = 'error' in parsed ? undefined : validateRevision(parsed.value, file, ds);
    if (!rev || hasErrors(ds)) {
      const where = 'error' in parsed ? lineCol(text, parsed.error.offset) : undefined;
      diagnostics.push({
        code: AUTHOR_CODES.invalid,
        severity: 'error',
        message: `internal: the rendered revision ${file} does not load back${where ? ` (line ${where.line}: ${text.split('\n')[where.line - 1]?.trim()})` : ''}`,
        hint: ('error' in parsed ? [parsed.error.message] : ds.map((d) => d.message)).join('; '),
      });
      continue;
    }
    rendered.push({ file, abs, text, revision: rev });
  }
  if (diagnostics.length === 0) {
    const { diagnostics: gd } = buildGraph([...existing, ...rendered.map((r) => r.revision)]);
    diagnostics.push(...gd.filter((d) => d.severity === 'error'));
  }
  return { rendered, diagnostics };
}

/** Writes rendered revisions, refusing to overwrite; returns Alembic-style progress lines. */
export function writeRendered(cwd: string, rendered: readonly RenderedRevision[]): { lines: string[]; files: string[]; diagnostics: Diagnostic[] } {
  const lines: string[] = [];
  const files: string[] = [];
  for (const r of rendered) {
    let written: boolean;
    try {
      written = !existsSync(r.abs) && writeNewFileAtomic(r.abs, r.text);
    } catch (e) {
      if (!isFsError(e)) throw e;
      return {
        lines,
        files,
        diagnostics: [
          {
            code: 'CL003',
            severity: 'error',
            message: `cannot write ${r.file}: ${fsReason(e)}`,
            hint: lines.length
              ? 'the files listed above were written; remove them or write the rest by hand'
              : 'nothing was written; check that the revision folder is a writable directory',
          },
        ],
      };
    }
    if (!written) {
      return {
        lines,
        files,
        diagnostics: [
          {
            code: AUTHOR_CODES.exists,
            severity: 'error',
            message: `${r.file} already exists; nothing was overwritten`,
            hint: 'choose another --rev-id or message',
          },
        ],
      };
    }
    lines.push(`  Generating ${relative(cwd, r.abs) || r.abs} ... done`);
    files.push(relative(cwd, r.abs) || r.abs);
  }
  return { lines, files, diagnostics: [] };
}

/** What `revision` and `merge` print: Alembic's "Generating ... done" lines, or with --json the files written. */
export function generated(w: { lines: string[]; files: string[] }, json: boolean): string {
  return json ? JSON.stringify({ ok: true, written: w.files }, null, 2) + '\n' : w.lines.join('\n') + '\n';
}
