import { didYouMean, type Diagnostic } from '../core/diagnostics.js';
import { NONE } from '../core/ops.js';
import { pathToString, sharedPath, type SourceRef } from '../core/source.js';

/**
 * Typed field access over parsed JSON that records a diagnostic (with the JSON
 * path, the field, what was expected and a hint) instead of throwing.
 */
export class Reader {
  constructor(
    readonly file: string,
    readonly diagnostics: Diagnostic[],
  ) {}

  ref(path: (string | number)[]): SourceRef {
    return { file: this.file, path: sharedPath(path) };
  }

  error(path: (string | number)[], message: string, hint?: string, code = 'LD002'): void {
    this.diagnostics.push({ code, severity: 'error', message, at: this.ref(path), ...(hint ? { hint } : {}) });
  }

  expected(path: (string | number)[], what: string, got: unknown, hint?: string): void {
    this.error(path, `field '${pathToString(path)}': expected ${what}, found ${describe(got)}`, hint);
  }

  /** Checks `obj` is an object with only `allowed` keys; reports unknown keys with a suggestion. */
  object(v: unknown, path: (string | number)[], allowed: readonly string[] | ReadonlySet<string>, what = 'an object'): v is Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.expected(path, what, v);
      return false;
    }
    const ok = Array.isArray(allowed) ? (k: string) => allowed.includes(k) : (k: string) => (allowed as ReadonlySet<string>).has(k);
    // for-in over a parsed JSON object visits its own keys, in Object.keys order, without building a list.
    for (const k in v) {
      if (!ok(k)) {
        const names = [...allowed];
        const near = k.length <= 64 ? didYouMean(k, names) : undefined;
        this.error(
          [...path, k],
          `unknown field '${pathToString([...path, k.length > 80 ? `${k.slice(0, 80)}…` : k])}'`,
          near ? `did you mean '${near}'?` : `allowed fields here: ${names.join(', ')}`,
          'LD003',
        );
      }
    }
    return true;
  }

  str(o: Record<string, unknown>, key: string, path: (string | number)[], required: true): string | undefined;
  str(o: Record<string, unknown>, key: string, path: (string | number)[], required?: false): string | undefined;
  str(o: Record<string, unknown>, key: string, path: (string | number)[], required = false): string | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.error([...path, key], `missing required field '${pathToString([...path, key])}'`, undefined, 'LD004');
      return undefined;
    }
    if (typeof v !== 'string' || v === '') {
      this.expected([...path, key], 'a non-empty string', v);
      return undefined;
    }
    return v;
  }

  bool(o: Record<string, unknown>, key: string, path: (string | number)[]): boolean | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.expected([...path, key], 'true or false', v);
      return undefined;
    }
    return v;
  }

  /** A string or a list of strings (Alembic accepts both for down_revision, depends_on, labels). */
  strList(o: Record<string, unknown>, key: string, path: (string | number)[], opts: { nullable?: boolean; nonEmpty?: boolean } = {}): string[] | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (v === null && opts.nullable) return NONE;
    if (typeof v === 'string' && v !== '') return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '')) {
      if (opts.nonEmpty && v.length === 0) {
        this.expected([...path, key], 'a non-empty list of strings', v);
        return undefined;
      }
      return v as string[];
    }
    this.expected([...path, key], opts.nullable ? 'null, a string or a list of strings' : 'a string or a list of strings', v);
    return undefined;
  }

  oneOf<T extends string>(o: Record<string, unknown>, key: string, path: (string | number)[], allowed: readonly T[]): T | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    const near = typeof v === 'string' ? didYouMean(v, allowed) : undefined;
    this.expected([...path, key], `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, v, near ? `did you mean '${near}'?` : undefined);
    return undefined;
  }

  array(o: Record<string, unknown>, key: string, path: (string | number)[], required = false): unknown[] | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.error([...path, key], `missing required field '${pathToString([...path, key])}'`, undefined, 'LD004');
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.expected([...path, key], 'a list', v);
      return undefined;
    }
    return v;
  }
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
