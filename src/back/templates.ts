import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import type { Dialect } from '../core/dialect.js';
import { CompileError } from '../core/diagnostics.js';
import { CAPABILITIES } from '../dialects/capabilities.js';
import { BAIL, compileFast } from './fast.js';
import { SqlWriter } from './helpers.js';

/** The templates shipped with the tool (package root /templates). */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Directories searched for a dialect's templates, most specific first: mariadb -> mysql -> _shared. */
export function lookupChain(d: Dialect): string[] {
  const chain: string[] = [];
  for (let x: Dialect | undefined = d; x; x = CAPABILITIES[x].extends) chain.push(x);
  chain.push('_shared');
  return chain;
}

/**
 * The character set and collation of the tables a MySQL/MariaDB script creates. Neutron's
 * tables (and so the LBaaS tables that reference them) are utf8 (utf8mb3): a new table in the
 * database's default set (often utf8mb4) could not hold a foreign key to them. `[mysql] charset`
 * and `[mysql] collation` change it for sites whose tables differ.
 */
export interface TableCharset { charset: string; collation: string }
export const DEFAULT_MYSQL_CHARSET = 'utf8';
/** A character set or collation name as it may reach a script: letters, digits and '_'. */
export const CHARSET_NAME_RE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** The table character set: the default, or the one given, with its `_general_ci` collation unless one is given. */
export function tableCharset(c: Partial<TableCharset> = {}): TableCharset {
  const charset = c.charset ?? DEFAULT_MYSQL_CHARSET;
  const collation = c.collation ?? `${charset}_general_ci`;
  for (const n of [charset, collation]) {
    if (!CHARSET_NAME_RE.test(n)) throw new Error(`internal: unsafe character set or collation reached the back end: ${JSON.stringify(n)}`);
  }
  return { charset, collation };
}

export interface TemplateFile { name: string; path: string; relPath: string }

const COMPILE_OPTIONS = { noEscape: true, strict: true };

/**
 * Handlebars loads in two parts: its parser, for every template (fast.ts compiles
 * the parse tree), and the whole library (compiler, runtime, source maps) only
 * when some template renders through Handlebars itself. Both are the same
 * installed package; the parser is the module Handlebars' own parse() comes from.
 */
const requireCjs = createRequire(import.meta.url);
let parser: ((src: string) => unknown) | undefined;
const parseTemplate = (src: string): unknown =>
  (parser ??= (requireCjs('handlebars/dist/cjs/handlebars/compiler/base.js') as { parse: (src: string) => unknown }).parse)(src);
let library: typeof Handlebars | undefined;
const handlebars = (): typeof Handlebars => (library ??= requireCjs('handlebars') as typeof Handlebars);

/** A template: Handlebars' compiled form (made on first need) and, when it has one, the fast path (see fast.ts). */
interface Compiled {
  source: string;
  fast: ((data: object) => string) | undefined;
  hb?: Handlebars.TemplateDelegate;
}

/**
 * Renders statements for one dialect from templates/<dialect>/<name>.sql.hbs.
 * Templates compile lazily (once per run) with noEscape and strict; every quote
 * and escape goes through the dialect's SqlWriter. Rendering takes the fast
 * path of fast.ts where a template allows it (same bytes as Handlebars, without
 * Handlebars' per-call set-up); LBAAS_CHECK_TEMPLATES=1 renders every call
 * through Handlebars as well and fails on any difference.
 */
export class Renderer {
  readonly sql: SqlWriter;
  /** This renderer's Handlebars environment (helpers and partials registered), made on first need. */
  private env?: typeof Handlebars;
  private readonly compiled = new Map<string, Compiled>();
  /** The helpers registered here and the partials' sources, as the fast path needs them. */
  private readonly helpers: Record<string, (...args: never[]) => unknown> = {};
  private readonly partials = new Map<string, string>();
  private readonly check = !!process.env.LBAAS_CHECK_TEMPLATES;
  /** Template files actually used, for manifests (name -> path relative to templates dir). */
  readonly used = new Map<string, string>();

  /** MySQL/MariaDB: the character set and collation every created table states. */
  readonly tableCharset: TableCharset;

  constructor(readonly dialect: Dialect, readonly dir: string = DEFAULT_TEMPLATES_DIR, charset: Partial<TableCharset> = {}) {
    this.sql = new SqlWriter(CAPABILITIES[dialect]);
    const w = this.sql;
    this.tableCharset = tableCharset(charset);
    const tc = this.tableCharset;
    const helper = (name: string, fn: (...args: never[]) => unknown) => {
      this.helpers[name] = fn;
    };
    helper('ident', (n: string) => w.ident(n));
    helper('idents', (ns: string[]) => w.idents(ns));
    helper('literal', (v: unknown) => w.literal(v as never));
    helper('sqltype', (t: unknown, auto: unknown) => w.type(t as never, auto === true));
    helper('default_sql', (d: unknown, t: unknown) => w.default(d as never, t as never));
    helper('enum_check', (c: string, t: unknown) => w.enumCheck(c, t as never));
    helper('string', (s: string) => w.string(s));
    // MySQL/MariaDB table options: `{{table_options table}}` (the argument is only there to make it a helper call).
    helper('table_options', () => `ENGINE=InnoDB DEFAULT CHARSET=${tc.charset} COLLATE=${tc.collation}`);
    for (const sub of [...lookupChain(dialect)].reverse()) {
      const d = join(dir, sub);
      if (!existsSync(d)) continue;
      for (const f of readdirSync(d).sort()) {
        if (f.startsWith('_') && f.endsWith('.hbs')) {
          const name = f.slice(1, -'.hbs'.length);
          const path = join(d, f);
          this.partials.set(name, readFileSync(path, 'utf8').replace(/\n$/, ''));
          this.used.set(`partial:${name}`, `${sub}/${f}`);
        }
      }
    }
  }

  private get hb(): typeof Handlebars {
    if (!this.env) {
      const h = handlebars().create();
      for (const [name, fn] of Object.entries(this.helpers)) h.registerHelper(name, fn as Handlebars.HelperDelegate);
      for (const [name, text] of this.partials) h.registerPartial(name, text);
      this.env = h;
    }
    return this.env;
  }

  /** The file that provides `name` for this dialect, or undefined when none does. */
  find(name: string): TemplateFile | undefined {
    for (const sub of lookupChain(this.dialect)) {
      const path = join(this.dir, sub, `${name}.sql.hbs`);
      if (existsSync(path)) return { name, path, relPath: `${sub}/${name}.sql.hbs` };
    }
    return undefined;
  }

  render(name: string, data: object): string {
    let t = this.compiled.get(name);
    if (!t) {
      const file = this.find(name);
      if (!file) {
        const looked = lookupChain(this.dialect).join(', ');
        // The shipped templates cover every statement; another directory (--templates) may not.
        if (this.dir === DEFAULT_TEMPLATES_DIR) throw new Error(`internal: no template '${name}' for ${this.dialect} (looked in ${looked})`);
        throw new CompileError([{
          code: 'TP001', severity: 'error',
          message: `no template '${name}.sql.hbs' for ${this.dialect} in the templates directory ${this.dir} (looked in ${looked})`,
          hint: existsSync(this.dir) ? 'copy the shipped templates/ directory and change the files you need: every template must be there' : 'the templates directory does not exist',
        }]);
      }
      const source = readFileSync(file.path, 'utf8');
      const fast = compileFast(source, {
        helpers: this.helpers as Record<string, (...args: unknown[]) => unknown>, partials: this.partials,
        parse: parseTemplate, // Handlebars' parse(); of the compile options only ignoreStandalone (not set) would change the tree
      });
      t = { source, fast };
      this.compiled.set(name, t);
      this.used.set(name, file.relPath);
    }
    let out: string | undefined;
    if (t.fast) {
      try {
        out = t.fast(data);
      } catch (e) {
        // BAIL, or an error: Handlebars gives the result, or the error, that it always gave.
        if (e !== BAIL && this.check) throw e;
      }
    }
    if (out === undefined || this.check) {
      t.hb ??= this.hb.compile(t.source, COMPILE_OPTIONS);
      const slow = t.hb(data);
      if (out !== undefined && out !== slow) {
        throw new Error(`internal: template '${name}' (${this.dialect}) renders differently on the fast path:\n${JSON.stringify(out)}\nHandlebars:\n${JSON.stringify(slow)}`);
      }
      out = slow;
    }
    return out.trimEnd(); // the same characters as /\s+$/: white space and line terminators
  }
}
