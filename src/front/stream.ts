import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CreateTableOp, Revision, RevisionHead } from '../core/ops.js';
import { parseJsonc } from './jsonc.js';
import { listRevisionFiles, loadExternal, readWhole } from './load.js';
import { CONTROL_RE, validateHead, validateRevision } from './validate.js';

/**
 * Thrown when a streamed load meets anything it does not decide itself: an unreadable file, a
 * syntax error, a wrong field. The caller then loads the history the ordinary way
 * (loadHistoryFiles), which reports every problem of every file, in file order, exactly as a
 * command that never streams would.
 */
export class NotStreamable extends Error {
  constructor(readonly file: string) {
    super(`internal: ${file} cannot be streamed; load the history whole`);
  }
}

/** Where one file's bytes lie in the arena. */
interface Span {
  block: Buffer;
  start: number;
  end: number;
}

/** Size of each block of the arena; a larger file gets a block of its own size. */
const BLOCK = 1 << 20;

/**
 * The revision files' bytes, kept outside the JavaScript heap between the two passes of a
 * streamed load: the collector neither scans nor moves them, and the text each pass needs is
 * decoded from them when it needs it and dropped after.
 */
class Arena {
  private block: Buffer = Buffer.allocUnsafe(BLOCK);
  private used = 0;

  /** Reads the whole file at `path` into the arena (into a new block when it does not fit). */
  read(path: string): Span {
    const { buffer, start, end } = readWhole(path, this.block, this.used);
    this.block = buffer;
    this.used = end;
    return { block: buffer, start, end };
  }
}

/**
 * The first pass of a streamed load: every revision file read once, its head (id, parents,
 * labels, message) validated and kept, its bytes kept off the heap. `load` is the second pass
 * for one revision: its ops, parsed and validated when the compile reaches it, and garbage as
 * soon as the compile has moved on. Nothing of a revision's ops is held between revisions, so
 * a long history compiles in the memory of its schema model and its script.
 *
 * Results equal loadHistoryFiles's whenever neither pass throws NotStreamable: the same parser,
 * the same validation, the same file list.
 */
export class HistoryIndex {
  readonly heads: RevisionHead[] = [];
  readonly external: CreateTableOp[];
  private readonly spans = new Map<RevisionHead, Span>();
  /** Heads whose ops have been read and validated. */
  private readonly checked = new Set<RevisionHead>();

  constructor(root: string, versionsDir = 'versions') {
    const abs = join(root, versionsDir);
    let files: string[];
    const listed: Diagnostic[] = [];
    try {
      files = listRevisionFiles(abs, listed);
    } catch {
      throw new NotStreamable(versionsDir);
    }
    if (listed.length > 0) throw new NotStreamable(versionsDir);
    const arena = new Arena();
    const scratch: Diagnostic[] = [];
    for (const f of files) {
      const rel = `${versionsDir}/${f}`;
      if (CONTROL_RE.test(rel)) throw new NotStreamable(rel);
      let span: Span;
      try {
        span = arena.read(join(abs, f));
      } catch {
        throw new NotStreamable(rel);
      }
      const head = validateHead(parse(span, rel), rel, scratch);
      if (!head || scratch.length > 0) throw new NotStreamable(rel);
      this.heads.push(head);
      this.spans.set(head, span);
    }
    this.external = loadExternal(abs, versionsDir, scratch);
    if (scratch.length > 0) throw new NotStreamable(`${versionsDir}/external.jsonc`);
  }

  /** One revision whole: its file parsed and validated again, ops and all. */
  load(head: RevisionHead): Revision {
    const span = this.spans.get(head);
    if (!span) throw new Error(`internal: ${head.id} is not a revision of this index`);
    const scratch: Diagnostic[] = [];
    const rev = validateRevision(parse(span, head.file), head.file, scratch);
    if (!rev || scratch.length > 0) throw new NotStreamable(head.file);
    this.checked.add(head);
    return rev;
  }

  /** Validates the ops of every revision the compile did not read, as a whole load would. */
  checkRest(): void {
    for (const h of this.heads) if (!this.checked.has(h)) this.load(h);
  }
}

function parse(span: Span, rel: string): unknown {
  const res = parseJsonc(span.block.toString('utf8', span.start, span.end));
  if ('error' in res) throw new NotStreamable(rel);
  return res.value;
}
