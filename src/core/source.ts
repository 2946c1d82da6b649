/** A JSON path inside a file, e.g. ["upgrade", 2, "columns", 0, "type"]. */
export type JsonPath = (string | number)[];

/**
 * Where something came from: a revision file and the JSON path inside it.
 * Line and column are resolved lazily (only when a diagnostic is printed),
 * so the fast path never pays for position tracking.
 */
export interface SourceRef {
  /** Path of the file, relative to the project root (forward slashes). */
  file: string;
  /** JSON path inside the file, e.g. ["upgrade", 2, "columns", 0, "type"]. */
  path: JsonPath;
}

export function child(ref: SourceRef, ...more: (string | number)[]): SourceRef {
  return { file: ref.file, path: sharedPath(ref.path, more) };
}

/** One node of the table of shared paths: its path, and the paths one key longer (made when first needed). */
interface PathNode {
  path: (string | number)[];
  next?: Map<string | number, PathNode>;
}
const PATHS: PathNode = { path: Object.freeze([]) as unknown as (string | number)[] };

/**
 * The one shared, frozen array equal to `base` followed by `more`. Revision files repeat the same
 * few shapes (["upgrade", 2, "columns", 0] in file after file), and the schema model keeps the
 * source of every column, key and index it holds: sharing the paths keeps one array per shape
 * for the whole history instead of one per element of every file. Equal paths are the same
 * array; nothing may change one (they are frozen). The table keeps every path it has made for
 * the life of the process: as many as the files have shapes (ops per revision, columns per
 * table), not revisions, so a path per data row is made only for a diagnostic.
 */
export function sharedPath(base: readonly (string | number)[], more: readonly (string | number)[] = []): (string | number)[] {
  let node = PATHS;
  for (let i = 0; i < base.length + more.length; i++) {
    const key = i < base.length ? base[i]! : more[i - base.length]!;
    node.next ??= new Map();
    let next = node.next.get(key);
    if (!next) {
      next = { path: Object.freeze([...node.path, key]) as (string | number)[] };
      node.next.set(key, next);
    }
    node = next;
  }
  return node.path;
}

export function pathToString(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out || '(document)';
}
