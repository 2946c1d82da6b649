import type { Capabilities } from '../dialects/capabilities.js';
import type { ColumnType, Default, Literal } from '../core/types.js';
import { IDENT_RE } from '../front/validate.js';

/**
 * All quoting and escaping for one dialect. Templates never interpolate a raw
 * name or value: they call these helpers ({{ident}}, {{literal}}, {{type}}, ...).
 * Names were validated at load time; quoting them again here is the second wall.
 */
export class SqlWriter {
  constructor(readonly caps: Capabilities) {}

  ident(name: string): string {
    if (!IDENT_RE.test(name) || name.length > this.caps.maxIdentifier) {
      throw new Error(`internal: unsafe identifier reached the back end: ${JSON.stringify(name)}`);
    }
    const q = this.caps.quote;
    return q + name + q;
  }

  idents(names: readonly string[]): string {
    return names.map((n) => this.ident(n)).join(', ');
  }

  /**
   * A string literal, escaped for the dialect, that reads back byte for byte.
   * MySQL/MariaDB: backslashes are escapes (the script's session turns NO_BACKSLASH_ESCAPES
   * off), and a carriage return is written as \r because the mysql/mariadb client drops a CR
   * that precedes a newline in its input. PostgreSQL: a string with a backslash is an E''
   * string, which means the same whatever standard_conforming_strings is (with it off, a plain
   * '...\' would swallow the closing quote). SQLite has no escapes, and the sqlite3 shell also
   * drops a CR before a newline: a string with a CR is spelled ('...' || char(13) || '...').
   */
  string(s: string): string {
    if (s.includes('\0')) throw new Error('internal: NUL byte in a string literal');
    const body = s.replace(/'/g, "''");
    if (this.caps.backslashes === 'escape') return `'${body.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\x1a/g, '\\Z')}'`;
    if (this.caps.backslashes === 'e-string' && body.includes('\\')) return `E'${body.replace(/\\/g, '\\\\')}'`;
    if (this.caps.backslashes === 'plain' && body.includes('\r'))
      return `(${body
        .split('\r')
        .map((p) => `'${p}'`)
        .join(' || char(13) || ')})`;
    return `'${body}'`;
  }

  literal(v: Literal): string {
    if (v === null) return 'NULL';
    if (typeof v === 'boolean') return this.caps.booleans[v ? 1 : 0]!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error('internal: non-finite number literal');
      return String(v);
    }
    return this.string(v);
  }

  default(d: Default, type?: ColumnType): string {
    switch (d.kind) {
      case 'string':
        return this.string(d.value);
      case 'number':
        return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(d.value) ? d.value : this.string(d.value);
      case 'boolean':
        return type && type.kind !== 'boolean' ? this.string(String(d.value)) : this.caps.booleans[d.value ? 1 : 0]!;
      case 'expr':
        return d.value;
    }
  }

  /** The column type as this dialect spells it. */
  type(t: ColumnType, autoincrement = false): string {
    const pg = this.caps.enumStyle === 'named-type';
    const my = this.caps.enumStyle === 'inline';
    switch (t.kind) {
      case 'string':
        return `VARCHAR(${t.length})`;
      case 'text':
        return 'TEXT';
      case 'integer':
        return autoincrement ? this.caps.types.serial.integer : 'INTEGER';
      case 'smallint':
        return autoincrement ? this.caps.types.serial.smallint : 'SMALLINT';
      case 'bigint':
        return autoincrement ? this.caps.types.serial.bigint : 'BIGINT';
      case 'boolean':
        return 'BOOLEAN';
      case 'float':
        return 'FLOAT';
      case 'numeric':
        return `NUMERIC(${t.precision}, ${t.scale})`;
      case 'date':
        return 'DATE';
      case 'datetime':
        return this.caps.types.datetime;
      case 'timestamp':
        return this.caps.types.timestamp;
      case 'binary':
        return this.caps.types.binary;
      case 'enum':
        if (pg) return this.ident(t.name);
        if (my) return `ENUM(${t.values.map((v) => this.string(v)).join(', ')})`;
        return `VARCHAR(${Math.max(...t.values.map((v) => v.length))})`;
    }
  }

  /** The CHECK condition that stands in for an enum on SQLite. */
  enumCheck(column: string, t: ColumnType): string {
    if (t.kind !== 'enum') throw new Error('internal: enumCheck on a non-enum column');
    return `${this.ident(column)} IN (${t.values.map((v) => this.string(v)).join(', ')})`;
  }
}
