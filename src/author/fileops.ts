import type { ColumnType, Default } from '../core/types.js';
import { typeToString } from '../core/types.js';
import type { FileOp, FileValue } from './format.js';

/** A type as revision files spell it. */
export function typeFile(t: ColumnType): FileValue {
  if (t.kind === 'enum') return { enum: [...t.values], name: t.name };
  return typeToString(t).replace(/^numeric\((\d+),(\d+)\)$/, 'numeric($1,$2)');
}

/** A server default as revision files spell it. */
export function defaultFile(d: Default): FileValue {
  switch (d.kind) {
    case 'string':
      return d.value;
    case 'number': {
      const n = Number(d.value);
      return Number.isFinite(n) && String(n) === d.value ? n : Number.isFinite(n) ? n : d.value;
    }
    case 'boolean':
      return d.value;
    case 'expr':
      return { expr: d.value };
  }
}

export interface ColumnLike {
  name: string;
  type: ColumnType;
  nullable: boolean;
  default: Default | null;
  autoincrement: boolean;
}

/** A column object for create_table / add_column. */
export function columnFile(c: ColumnLike): { [k: string]: FileValue } {
  return {
    name: c.name,
    type: typeFile(c.type),
    nullable: c.nullable,
    ...(c.default !== null ? { server_default: defaultFile(c.default) } : {}),
    ...(c.autoincrement ? { autoincrement: true } : {}),
  };
}

export function op(kind: string, fields: Record<string, FileValue | undefined>): FileOp {
  return { op: kind, ...fields };
}
