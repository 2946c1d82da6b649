import type { SourceRef } from './source.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found while loading, checking or compiling. Diagnostics are values:
 * stages collect them and the CLI prints them and picks the exit code.
 * Codes: LD* loading/validation, GR* graph, MD* model replay, DL* dialect,
 * LN* lint, VF* verification, CF* configuration.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Where the problem is (file and JSON path; line:col resolved when printed). */
  at?: SourceRef;
  /** Resolved position, when known without re-reading the file (e.g. a syntax error). */
  line?: number;
  col?: number;
  /** Other places worth naming (where an object was defined, the other duplicate, ...). */
  related?: { message: string; at: SourceRef; line?: number; col?: number }[];
  hint?: string;
}

/** Thrown to abort a stage after it has collected its diagnostics. */
export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
    this.name = 'CompileError';
  }
}

/**
 * Thrown by library code to stop with its diagnostics. `status` says what kind of failure it is:
 * 1, the input (history, configuration, database state) is wrong; 2, the request is wrong (a usage
 * error); other values for the failures a command reports with a status of its own. Only the
 * command line (src/cli/) turns it into text and an exit status, with this status.
 */
export class DiagnosticError extends Error {
  constructor(
    readonly status: number,
    readonly diagnostics: Diagnostic[] = [],
    message = '',
  ) {
    super(message || diagnostics.map((d) => d.message).join('\n'));
    this.name = 'DiagnosticError';
  }
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate to `word`, if one is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
