import { DEFAULT_TEMPLATES_DIR, fileTemplate } from '../back/templates.js';
import { formatOp, type FileOp } from './format.js';

/** An op of a revision being written, with `//` comment lines to put above it. */
export interface DraftOp {
  op: FileOp;
  comments: string[];
}

/** A revision file before it is rendered. */
export interface RevisionDraft {
  id: string;
  down: string[];
  branchLabels: string[];
  dependsOn: string[];
  message: string;
  createDate: string;
  /** Header comment lines (without `//`). */
  header: string[];
  upgrade: DraftOp[];
  downgrade: DraftOp[];
}

export const REVISION_TEMPLATE = 'revision.jsonc.hbs';

const OP_INDENT = '    ';

function listOrNull(xs: readonly string[]): string | null {
  return xs.length === 0 ? null : JSON.stringify(xs).replace(/","/g, '", "');
}

function entries(ops: readonly DraftOp[]) {
  return ops.map((o) => ({ comments: o.comments.flatMap((c) => c.split('\n')), text: formatOp(o.op, OP_INDENT) }));
}

/**
 * Renders a revision file from templates/revision.jsonc.hbs (noEscape, strict; precompiled at
 * build time unless the file was changed).
 * Every value reaches the template as JSON text, so the file is valid JSONC
 * whatever the message holds.
 */
export function renderRevision(d: RevisionDraft, schemaPath: string, templatesDir: string = DEFAULT_TEMPLATES_DIR): string {
  const template = fileTemplate(templatesDir, REVISION_TEMPLATE);
  const down = d.down.length === 0 ? 'null' : d.down.length === 1 ? JSON.stringify(d.down[0]) : listOrNull(d.down)!;
  return template({
    header: d.header.flatMap((h) => h.split('\n')).map((h) => h.trimEnd()),
    schema: JSON.stringify(schemaPath),
    revision: JSON.stringify(d.id),
    down_revision: down,
    branch_labels: listOrNull(d.branchLabels),
    depends_on: listOrNull(d.dependsOn),
    message: JSON.stringify(d.message),
    create_date: JSON.stringify(d.createDate),
    upgrade: entries(d.upgrade),
    downgrade: entries(d.downgrade),
  });
}
