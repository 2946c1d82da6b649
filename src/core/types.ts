/** Portable column types. Revision files spell them as strings (`string(36)`) or, for enums, objects. */
export type ColumnType =
  | { kind: 'string'; length: number }
  | { kind: 'text' }
  | { kind: 'integer' }
  | { kind: 'smallint' }
  | { kind: 'bigint' }
  | { kind: 'boolean' }
  | { kind: 'float' }
  | { kind: 'numeric'; precision: number; scale: number }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'timestamp' }
  | { kind: 'binary' }
  | { kind: 'enum'; name: string; values: string[] };

export const SIMPLE_TYPES = ['text', 'integer', 'smallint', 'bigint', 'boolean', 'float', 'date', 'datetime', 'timestamp', 'binary'] as const;

/** The types a column with autoincrement may have. */
export const AUTOINCREMENT_TYPES = ['integer', 'smallint', 'bigint'] as const;

const STRING_RE = /^string\((\d{1,5})\)$/;
const NUMERIC_RE = /^numeric\((\d{1,2})\s*,\s*(\d{1,2})\)$/;

/** Parses a type spelling; returns null when it is not one (the caller reports the diagnostic). */
export function parseTypeName(s: string): ColumnType | null {
  if ((SIMPLE_TYPES as readonly string[]).includes(s)) return { kind: s } as ColumnType;
  let m = STRING_RE.exec(s);
  if (m) {
    const length = Number(m[1]);
    return length >= 1 && length <= 65535 ? { kind: 'string', length } : null;
  }
  m = NUMERIC_RE.exec(s);
  if (m) {
    const precision = Number(m[1]);
    const scale = Number(m[2]);
    return precision >= 1 && scale <= precision ? { kind: 'numeric', precision, scale } : null;
  }
  return null;
}

export function typeToString(t: ColumnType): string {
  switch (t.kind) {
    case 'string':
      return `string(${t.length})`;
    case 'numeric':
      return `numeric(${t.precision},${t.scale})`;
    case 'enum':
      return `enum ${t.name}(${t.values.join(', ')})`;
    default:
      return t.kind;
  }
}

export function sameType(a: ColumnType, b: ColumnType): boolean {
  return typeToString(a) === typeToString(b);
}

/**
 * True when changing `from` into `to` can lose data or fail on existing rows
 * (shorter string, smaller integer, fewer enum values, text to string, ...).
 */
export function isNarrowing(from: ColumnType, to: ColumnType): boolean {
  if (sameType(from, to)) return false;
  const intRank: Record<string, number> = { smallint: 1, integer: 2, bigint: 3 };
  if (from.kind in intRank && to.kind in intRank) return intRank[to.kind]! < intRank[from.kind]!;
  if (from.kind === 'string' && to.kind === 'string') return to.length < from.length;
  if (from.kind === 'string' && to.kind === 'text') return false;
  if (from.kind === 'enum' && to.kind === 'enum') return from.values.some((v) => !to.values.includes(v));
  if (from.kind === 'enum' && (to.kind === 'text' || to.kind === 'string')) {
    return to.kind === 'string' && from.values.some((v) => v.length > to.length);
  }
  if (from.kind === 'numeric' && to.kind === 'numeric') {
    return to.scale < from.scale || to.precision - to.scale < from.precision - from.scale;
  }
  if (from.kind === 'date' && (to.kind === 'datetime' || to.kind === 'timestamp')) return false;
  if ((from.kind === 'datetime' && to.kind === 'timestamp') || (from.kind === 'timestamp' && to.kind === 'datetime')) return false;
  return true;
}

/** A server default: a literal, or one of a few SQL expressions every dialect spells the same way. */
export type Default =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'expr'; value: DefaultExpr };

export const DEFAULT_EXPRS = ['CURRENT_TIMESTAMP', 'CURRENT_DATE', 'NULL'] as const;
export type DefaultExpr = (typeof DEFAULT_EXPRS)[number];

export function defaultToString(d: Default | null): string {
  if (!d) return 'none';
  switch (d.kind) {
    case 'string':
      return JSON.stringify(d.value);
    case 'number':
      return d.value;
    case 'boolean':
      return String(d.value);
    case 'expr':
      return d.value;
  }
}

/** A literal value in bulk_insert rows and populate data. */
export type Literal = string | number | boolean | null;
