import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceRef } from '../core/source.js';

/**
 * The outcome of a graph query that can fail: either a value (possibly with
 * warnings) or the diagnostics explaining why there is none.
 */
export type Result<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function ok<T>(value: T, diagnostics: Diagnostic[] = []): Result<T> {
  return { ok: true, value, diagnostics };
}

export function fail<T>(...diagnostics: Diagnostic[]): Result<T> {
  return { ok: false, diagnostics };
}

/** Builds an error diagnostic; optional parts are left out rather than set to undefined. */
export function err(code: string, message: string, extra: { at?: SourceRef; hint?: string; related?: { message: string; at: SourceRef }[] } = {}): Diagnostic {
  const d: Diagnostic = { code, severity: 'error', message };
  if (extra.at) d.at = extra.at;
  if (extra.hint) d.hint = extra.hint;
  if (extra.related && extra.related.length > 0) d.related = extra.related;
  return d;
}

export function warn(code: string, message: string, extra: Parameters<typeof err>[2] = {}): Diagnostic {
  return { ...err(code, message, extra), severity: 'warning' };
}

/** Code-unit order: the same on every platform and locale. */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `'a', 'b', 'c'` for messages. */
export function quoteList(ids: Iterable<string>): string {
  return [...ids].map((i) => `'${i}'`).join(', ');
}
