/**
 * JSON text for revision files, in the history's style: an op on one line when
 * it fits, otherwise one field per line with lists of objects one item per line.
 */
export type FileValue = string | number | boolean | null | FileValue[] | { [k: string]: FileValue | undefined };
export type FileOp = { op: string; [k: string]: FileValue | undefined };

/** One line of JSON with a space after `:` and `,` (`{ "op": "drop_table", "table": "t" }`). */
export function inline(v: FileValue | undefined): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
}

export const LINE_LIMIT = 140;

/**
 * An op as JSON text. The first line carries no indentation (the caller places
 * it); following lines start with `indent` plus their own nesting.
 */
export function formatOp(op: FileOp, indent: string, limit = LINE_LIMIT): string {
  const one = inline(op);
  if (indent.length + one.length <= limit) return one;
  const inner = `${indent}  `;
  const lines = Object.entries(op)
    .filter(([, x]) => x !== undefined)
    .map(([k, x]) => {
      const key = `${inner}${JSON.stringify(k)}: `;
      if (Array.isArray(x) && x.length > 0 && x.some((e) => e !== null && typeof e === 'object')) {
        return `${key}[\n${x.map((e) => `${inner}  ${inline(e)}`).join(',\n')}\n${inner}]`;
      }
      return `${key}${inline(x)}`;
    });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
