import type { ColumnType, Default } from '../core/types.js';

/**
 * SQL type spellings (any engine's) to the portable column types. `args` are
 * the numbers in parentheses. Returns undefined for a type the revision
 * format has no word for. `autoincrement` is set for SERIAL types.
 */
export function portableType(name: string, args: readonly number[], enumValues?: readonly string[]): { type: ColumnType; autoincrement?: boolean } | undefined {
  const t = name.trim().toUpperCase().replace(/\s+/g, ' ');
  const compact = t.replace(/ /g, '');
  const a0 = args[0];
  switch (compact) {
    case 'VARCHAR':
    case 'CHARACTERVARYING':
    case 'NVARCHAR':
    case 'VARCHAR2':
    case 'CHAR':
    case 'CHARACTER':
    case 'NCHAR':
      return a0 !== undefined && a0 >= 1 && a0 <= 65535 ? { type: { kind: 'string', length: a0 } } : undefined;
    case 'TEXT':
    case 'TINYTEXT':
    case 'MEDIUMTEXT':
    case 'LONGTEXT':
    case 'CLOB':
      return { type: { kind: 'text' } };
    case 'INT':
    case 'INTEGER':
    case 'INT4':
    case 'MEDIUMINT':
      return { type: { kind: 'integer' } };
    case 'SMALLINT':
    case 'INT2':
      return { type: { kind: 'smallint' } };
    case 'TINYINT':
      return a0 === 1 ? { type: { kind: 'boolean' } } : { type: { kind: 'smallint' } };
    case 'BIGINT':
    case 'INT8':
      return { type: { kind: 'bigint' } };
    case 'SERIAL':
    case 'SERIAL4':
      return { type: { kind: 'integer' }, autoincrement: true };
    case 'SMALLSERIAL':
    case 'SERIAL2':
      return { type: { kind: 'smallint' }, autoincrement: true };
    case 'BIGSERIAL':
    case 'SERIAL8':
      return { type: { kind: 'bigint' }, autoincrement: true };
    case 'BOOLEAN':
    case 'BOOL':
      return { type: { kind: 'boolean' } };
    case 'FLOAT':
    case 'DOUBLE':
    case 'DOUBLEPRECISION':
    case 'REAL':
    case 'FLOAT8':
    case 'FLOAT4':
      return { type: { kind: 'float' } };
    case 'NUMERIC':
    case 'DECIMAL': {
      const p = a0 ?? 10;
      const s = args[1] ?? 0;
      return p >= 1 && p <= 99 && s >= 0 && s <= p ? { type: { kind: 'numeric', precision: p, scale: s } } : undefined;
    }
    case 'DATE':
      return { type: { kind: 'date' } };
    case 'DATETIME':
      return { type: { kind: 'datetime' } };
    case 'TIMESTAMP':
    case 'TIMESTAMPWITHOUTTIMEZONE':
      return { type: { kind: 'timestamp' } };
    case 'BYTEA':
    case 'BLOB':
    case 'LONGBLOB':
    case 'MEDIUMBLOB':
    case 'TINYBLOB':
    case 'BINARY':
    case 'VARBINARY':
      return { type: { kind: 'binary' } };
    case 'ENUM':
      return enumValues?.length ? { type: { kind: 'enum', name: '', values: [...enumValues] } } : undefined;
    default:
      return undefined;
  }
}

const NUMERIC_KINDS = new Set(['integer', 'smallint', 'bigint', 'float', 'numeric']);

/** Canonical digits: `1.50` -> `1.5`, `+3` -> `3`, `-0` -> `0`. */
export function canonicalNumber(text: string): string {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return t;
  const n = Number(t);
  return Number.isFinite(n) ? String(n === 0 ? 0 : n) : t;
}

/**
 * A default as the model would hold it for a column of this type: numbers on
 * numeric columns, booleans on boolean columns (engines store 1/0 or t/f),
 * NULL as no default.
 */
export function normalizeDefault(d: Default | null, type: ColumnType): Default | null {
  if (d === null) return null;
  if (d.kind === 'expr' && d.value === 'NULL') return null;
  if (type.kind === 'boolean') {
    const raw = d.kind === 'boolean' ? String(d.value) : d.kind === 'expr' ? d.value : d.value;
    const t = raw.trim().toLowerCase();
    if (['1', 'true', 't'].includes(t)) return { kind: 'boolean', value: true };
    if (['0', 'false', 'f'].includes(t)) return { kind: 'boolean', value: false };
    return d;
  }
  if (NUMERIC_KINDS.has(type.kind)) {
    if (d.kind === 'number' || d.kind === 'string') {
      const c = canonicalNumber(d.value);
      if (/^-?\d/.test(c) && Number.isFinite(Number(c))) return { kind: 'number', value: c };
    }
    if (d.kind === 'boolean') return { kind: 'number', value: d.value ? '1' : '0' };
    return d;
  }
  if (d.kind === 'number') return { kind: 'string', value: d.value };
  if (d.kind === 'boolean' && type.kind !== 'enum') return { kind: 'string', value: String(d.value) };
  return d;
}

/** Two defaults are the same for a column of this type. */
export function sameDefault(a: Default | null, b: Default | null, type: ColumnType): boolean {
  const x = normalizeDefault(a, type);
  const y = normalizeDefault(b, type);
  if (x === null || y === null) return x === y;
  return x.kind === y.kind && String(x.value) === String(y.value);
}

/** Default expressions every engine spells its own way, mapped to the portable words. */
export function defaultExpr(text: string): Default | undefined {
  const t = text
    .trim()
    .replace(/\(\s*\)$/, '')
    .toUpperCase();
  if (t === 'CURRENT_TIMESTAMP' || t === 'NOW' || t === 'LOCALTIMESTAMP' || t === 'CURRENT_TIMESTAMP(0)') return { kind: 'expr', value: 'CURRENT_TIMESTAMP' };
  if (t === 'CURRENT_DATE' || t === 'CURDATE') return { kind: 'expr', value: 'CURRENT_DATE' };
  if (t === 'NULL') return { kind: 'expr', value: 'NULL' };
  return undefined;
}
