/**
 * Where something came from: a revision file and the JSON path inside it.
 * Line and column are resolved lazily (only when a diagnostic is printed),
 * so the fast path never pays for position tracking.
 */
export interface SourceRef {
  /** Path of the file, relative to the project root (forward slashes). */
  file: string;
  /** JSON path inside the file, e.g. ["upgrade", 2, "columns", 0, "type"]. */
  path: (string | number)[];
}

export function child(ref: SourceRef, ...more: (string | number)[]): SourceRef {
  return { file: ref.file, path: [...ref.path, ...more] };
}

export function pathToString(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out || '(document)';
}
