/**
 * Mutations of valid revision files: structural ones on the parsed document (keys deleted,
 * duplicated, swapped or renamed, values of the wrong type, deep nesting, huge numbers, odd
 * strings, wrong ops, ids that clash) and textual ones on the file (truncation, inserted
 * control characters and NUL, deleted spans, comments in odd places). Every mutation is a
 * function of the case's generator only.
 */
import { parse as treeParse } from 'jsonc-parser';
import type { Rng } from './seed.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Raw number texts JSON.stringify cannot write; placed through a sentinel string. */
const RAW_NUMBERS = ['1e400', '-1e400', '123456789012345678901234567890', '-0', '1e-400', '9007199254740993', '0.1', '-2147483649', '4294967296'];
const RAW = (i: number) => `\u0001RAW${i}\u0001`;

const STRINGS = [
  '',
  ' ',
  'x',
  'a'.repeat(64),
  'a'.repeat(33),
  'a'.repeat(100_000),
  '\u0000',
  'x\u0000y',
  '\u001b[31mred\u001b[0m',
  '\u001b]0;title\u0007',
  'line\nbreak',
  'cr\rhere',
  '\t',
  '\u2028',
  '\u2029',
  '\u0085',
  '😀',
  '\u202e',
  'é',
  'Ω',
  '\ud800',
  '\udfff',
  '\ufeff',
  "'; DROP TABLE x; --",
  '"',
  '\\',
  '/* */',
  '-- c',
  '$$',
  '$x$',
  '\\! touch pwned',
  '\\g',
  '.shell ls',
  'delimiter //',
  'head',
  'base',
  'heads',
  'head-1',
  '-1',
  '+1',
  '@head',
  'expand@head',
  ':',
  'a:b',
  '%(here)s',
  '../../../x',
  'CON',
  'nul',
  'integer',
  'string(0)',
  'string(-1)',
  'string(99999999999)',
  'numeric(1000,2000)',
  'enum',
  'kilo',
  'start_neutron_lbaas',
  'ABCD0001',
  'abcd0001',
  'lbaasv2',
  'lbaas_loadbalancers',
  'id',
  'upgrade',
  'downgrade',
  'CURRENT_TIMESTAMP',
  'NULL',
];

/** The strings that break things most often, drawn more often than the rest. */
const HOSTILE = ['\u0000', 'x\u0000y', '\u001b[2J', 'a\nb', 'a\rb', '\u2028', '\ud800', '\\e', "'", '"', '\\', '😀', 'a'.repeat(70)];
/** Whether generated string values may hold NUL (see MutateOptions.nulInStrings). */
let nulInStrings = true;
function oddString(rng: Rng): string {
  for (;;) {
    const s = rng.chance(0.4) ? rng.pick(HOSTILE) : rng.pick(STRINGS);
    if (nulInStrings || !s.includes('\u0000')) return s;
  }
}

const KEYS = [
  'revision',
  'down_revision',
  'message',
  'upgrade',
  'downgrade',
  'branch_labels',
  'depends_on',
  'milestones',
  'create_date',
  'irreversible',
  'waivers',
  'op',
  'table',
  'column',
  'columns',
  'name',
  'type',
  'nullable',
  'server_default',
  'primary_key',
  'foreign_key',
  'sql',
  'dialects',
  'rows',
  'condition',
  'unique',
  'new_name',
  'referent_table',
  'referent_columns',
  'ondelete',
  'autoincrement',
  'values',
  'key',
  'using',
  '__proto__',
  'constructor',
  'toString',
  '',
];

const OPS = [
  'create_table',
  'drop_table',
  'rename_table',
  'add_column',
  'drop_column',
  'alter_column',
  'rename_column',
  'create_index',
  'drop_index',
  'create_unique_constraint',
  'create_foreign_key',
  'create_check_constraint',
  'drop_constraint',
  'execute',
  'bulk_insert',
  'create_enum',
  'Create_Table',
  'createTable',
  'drop',
  '',
  'execute ',
  'exec',
  'noop',
];

function oddValue(rng: Rng, depth = 0): Json {
  switch (rng.int(depth > 1 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, 1, -1, 32, 33, 255, 256, 65536, 2 ** 31, 1.5, -0.5]);
    case 3:
      return RAW(rng.int(RAW_NUMBERS.length));
    case 4:
    case 5:
      return oddString(rng);
    case 6:
      return Array.from({ length: rng.int(4) }, () => oddValue(rng, depth + 1));
    case 7: {
      const o: Record<string, Json> = {};
      for (let i = rng.int(4); i > 0; i--) setKey(o, rng.pick(KEYS), oddValue(rng, depth + 1));
      return o;
    }
    default:
      return rng.pick(OPS);
  }
}

/** Sets a key as an own property, '__proto__' included (JSON.parse makes it one too). */
function setKey(o: Record<string, Json>, k: string, v: Json): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Nesting `depth` deep, as a sentinel that the writer expands to text (deep values overflow JSON.stringify). */
function nested(rng: Rng, depth: number): Json {
  return `\u0002NEST${depth}${rng.chance(0.5) ? 'o' : 'a'}\u0002`;
}

function nestedText(depth: number, objects: boolean): string {
  return objects ? `${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
}

/** Every container node with the path to it. */
function containers(v: Json, path: (string | number)[] = [], out: { node: Json[] | Record<string, Json>; path: (string | number)[] }[] = []) {
  if (Array.isArray(v)) {
    out.push({ node: v, path });
    v.forEach((x, i) => containers(x, [...path, i], out));
  } else if (v !== null && typeof v === 'object') {
    out.push({ node: v, path });
    for (const [k, x] of Object.entries(v)) containers(x, [...path, k], out);
  }
  return out;
}

export interface Mutated {
  text: string;
  /** What was done, for failure messages. */
  what: string[];
}

/** Limits on what is generated (known defects are left out until they are fixed). */
export interface MutateOptions {
  maxNesting: number;
  /** Whether string values may be given a NUL (a raw NUL in the text is always tried). */
  nulInStrings: boolean;
}

function structural(rng: Rng, doc: Json, opts: MutateOptions, what: string[], ids: readonly string[]): Json {
  const all = containers(doc);
  const objs = all.filter((c) => !Array.isArray(c.node)) as { node: Record<string, Json>; path: (string | number)[] }[];
  const arrs = all.filter((c) => Array.isArray(c.node)) as { node: Json[]; path: (string | number)[] }[];
  const at = (p: (string | number)[]) => JSON.stringify(p);
  switch (rng.int(14)) {
    case 12:
    case 13: {
      // any string leaf, at any depth, made odd
      const leaves: { o: Record<string, Json> | Json[]; k: string | number }[] = [];
      for (const c of all)
        for (const [k, v] of Object.entries(c.node)) if (typeof v === 'string') leaves.push({ o: c.node, k: Array.isArray(c.node) ? Number(k) : k });
      if (!leaves.length) break;
      const { o, k } = rng.pick(leaves);
      const s = oddString(rng);
      const v = rng.chance(0.5) ? s : `${(o as Record<string, Json>)[k as string] as string}${s}`;
      if (Array.isArray(o)) o[k as number] = v;
      else setKey(o, k as string, v);
      what.push(`string leaf ${JSON.stringify(k)} = ${JSON.stringify(v.slice(0, 40))}`);
      break;
    }
    case 0: {
      // delete a key
      const o = rng.pick(objs);
      const ks = Object.keys(o.node);
      if (!ks.length) break;
      const k = rng.pick(ks);
      delete o.node[k];
      what.push(`delete ${at([...o.path, k])}`);
      break;
    }
    case 1: {
      // swap the values of two keys
      const o = rng.pick(objs);
      const ks = Object.keys(o.node);
      if (ks.length < 2) break;
      const a = rng.pick(ks),
        b = rng.pick(ks);
      [o.node[a], o.node[b]] = [o.node[b]!, o.node[a]!];
      what.push(`swap ${at([...o.path, a])} and ${b}`);
      break;
    }
    case 2: {
      // rename a key
      const o = rng.pick(objs);
      const ks = Object.keys(o.node);
      if (!ks.length) break;
      const k = rng.pick(ks);
      const to = rng.pick(KEYS);
      const v = o.node[k]!;
      delete o.node[k];
      setKey(o.node, to, v);
      what.push(`rename ${at([...o.path, k])} to ${JSON.stringify(to)}`);
      break;
    }
    case 3:
    case 4: {
      // a value of another type
      const o = rng.pick(objs);
      const ks = Object.keys(o.node);
      if (!ks.length) break;
      const k = rng.pick(ks);
      setKey(o.node, k, oddValue(rng));
      what.push(`set ${at([...o.path, k])}`);
      break;
    }
    case 5: {
      // an array element replaced, duplicated or removed
      if (!arrs.length) break;
      const a = rng.pick(arrs);
      if (!a.node.length) {
        a.node.push(oddValue(rng));
        what.push(`push into ${at(a.path)}`);
        break;
      }
      const i = rng.int(a.node.length);
      const m = rng.int(3);
      if (m === 0) a.node[i] = oddValue(rng);
      else if (m === 1) a.node.splice(i, 0, JSON.parse(JSON.stringify(a.node[i])) as Json);
      else a.node.splice(i, 1);
      what.push(`${['replace', 'duplicate', 'remove'][m]} ${at([...a.path, i])}`);
      break;
    }
    case 6: {
      // a wrong op
      const ops = objs.filter((o) => 'op' in o.node);
      if (!ops.length) break;
      const o = rng.pick(ops);
      o.node.op = rng.pick(OPS);
      what.push(`op at ${at(o.path)} = ${JSON.stringify(o.node.op)}`);
      break;
    }
    case 7: {
      // deep nesting
      const o = rng.pick(objs);
      const ks = Object.keys(o.node);
      const k = ks.length ? rng.pick(ks) : 'x';
      const d = 1 + rng.int(opts.maxNesting);
      setKey(o.node, k, nested(rng, d));
      what.push(`nest ${at([...o.path, k])} ${d} deep`);
      break;
    }
    case 8: {
      // ids that clash or dangle
      if (Array.isArray(doc) || doc === null || typeof doc !== 'object') break;
      const d = doc as Record<string, Json>;
      const k = rng.pick(['revision', 'down_revision', 'depends_on', 'branch_labels']);
      const v = rng.pick<Json>([
        ...ids.slice(0, 8),
        d.revision ?? null,
        'nonexistent0001',
        [d.revision ?? 'x', d.revision ?? 'x'],
        [],
        ['kilo', 'kilo'],
        'KILO',
      ]);
      d[k] = v;
      what.push(`${k} = ${JSON.stringify(v)}`);
      break;
    }
    case 9: {
      // an op duplicated, or upgrade and downgrade exchanged
      if (Array.isArray(doc) || doc === null || typeof doc !== 'object') break;
      const d = doc as Record<string, Json>;
      if (rng.chance(0.5)) {
        [d.upgrade, d.downgrade] = [d.downgrade ?? [], d.upgrade ?? []];
        what.push('exchange upgrade and downgrade');
        break;
      }
      const up = d.upgrade;
      if (Array.isArray(up) && up.length) {
        up.push(JSON.parse(JSON.stringify(rng.pick(up))) as Json);
        what.push('duplicate an upgrade op');
      }
      break;
    }
    case 10: {
      // a string value changed into an odd string
      const o = rng.pick(objs);
      const ks = Object.keys(o.node).filter((k) => typeof o.node[k] === 'string');
      if (!ks.length) break;
      const k = rng.pick(ks);
      const s = oddString(rng);
      setKey(o.node, k, rng.chance(0.5) ? s : `${o.node[k] as string}${s}`);
      what.push(`string ${at([...o.path, k])}`);
      break;
    }
    default: {
      // a key added
      const o = rng.pick(objs);
      const k = rng.pick(KEYS);
      setKey(o.node, k, oddValue(rng));
      what.push(`add ${at([...o.path, k])}`);
    }
  }
  return doc;
}

const TEXT_INSERTS = [
  '\u0000',
  '\u0001',
  '\u001b',
  '\r',
  '\n',
  '\t',
  '\v',
  '\f',
  '\u2028',
  '\ufeff',
  '"',
  "'",
  '\\',
  '/',
  '/*',
  '*/',
  '//',
  ',',
  ':',
  '[',
  ']',
  '{',
  '}',
  '😀',
  '\ud800',
  'null',
  '-',
  '0',
  'e',
  '.',
];

function textual(rng: Rng, text: string, what: string[]): string {
  const at = rng.int(text.length + 1);
  switch (rng.int(6)) {
    case 0:
      what.push(`truncate at ${at}`);
      return text.slice(0, at);
    case 1: {
      const s = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(TEXT_INSERTS)).join('');
      what.push(`insert ${JSON.stringify(s)} at ${at}`);
      return text.slice(0, at) + s + text.slice(at);
    }
    case 2: {
      const n = 1 + rng.int(20);
      what.push(`delete ${n} at ${at}`);
      return text.slice(0, at) + text.slice(at + n);
    }
    case 3: {
      const c = rng.pick(['// c\n', '/* c */', '/* unclosed', '// c', '/* a\n b */']);
      what.push(`comment ${JSON.stringify(c)} at ${at}`);
      return text.slice(0, at) + c + text.slice(at);
    }
    case 4: {
      // a line duplicated (in pretty-printed JSON: a key given twice)
      const lines = text.split('\n');
      const i = rng.int(lines.length);
      lines.splice(i, 0, lines[i]!);
      what.push(`duplicate line ${i + 1}`);
      return lines.join('\n');
    }
    default: {
      const lines = text.split('\n');
      const i = rng.int(lines.length);
      lines.splice(i, 1);
      what.push(`delete line ${i + 1}`);
      return lines.join('\n');
    }
  }
}

/** A mutated copy of the revision file `text` (valid JSONC); `ids` are the history's revision ids. */
export function mutateRevision(rng: Rng, text: string, ids: readonly string[], opts: MutateOptions): Mutated {
  const what: string[] = [];
  nulInStrings = opts.nulInStrings;
  let out: string;
  if (rng.chance(0.75)) {
    let doc = treeParse(text) as Json;
    for (let n = 1 + rng.int(3); n > 0; n--) doc = structural(rng, doc, opts, what, ids);
    const body = JSON.stringify(doc, null, rng.pick([0, 2, 4]))
      .replace(/"\\u0001RAW(\d+)\\u0001"/g, (_, i: string) => RAW_NUMBERS[Number(i)]!)
      .replace(/"\\u0002NEST(\d+)([oa])\\u0002"/g, (_, d: string, k: string) => nestedText(Number(d), k === 'o'));
    out =
      (rng.chance(0.5)
        ? `// ${what
            .join('; ')
            .replace(/[\n\r\u2028\u2029]/g, ' ')
            .slice(0, 200)}\n`
        : '') + body;
  } else {
    out = text;
  }
  if (what.length === 0 || rng.chance(0.2)) out = textual(rng, out, what);
  return { text: out, what };
}
