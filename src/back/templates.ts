import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import type { Dialect } from '../core/dialect.js';
import { CompileError } from '../core/diagnostics.js';
import { caps } from '../dialects/registry.js';
import { BAIL, compileFast } from './fast.js';
import { COMPILE_OPTIONS, precompiled, precompiledSpec, registeredText, type PrecompiledFile } from './precompile.js';
import { SqlWriter } from './helpers.js';

/** The templates shipped with the tool (package root /templates). */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Directories searched for a dialect's templates, most specific first: mariadb -> mysql -> _shared. */
export function lookupChain(d: Dialect): string[] {
  const chain: string[] = [];
  for (let x: Dialect | undefined = d; x; x = caps(x).extends) chain.push(x);
  chain.push('_shared');
  return chain;
}

/**
 * The character set and collation of the tables a MySQL/MariaDB script creates. Neutron's
 * tables (and so the LBaaS tables that reference them) are utf8 (utf8mb3): a new table in the
 * database's default set (often utf8mb4) could not hold a foreign key to them. `[mysql] charset`
 * and `[mysql] collation` change it for sites whose tables differ.
 */
export interface TableCharset {
  charset: string;
  collation: string;
}
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

export interface TemplateFile {
  name: string;
  path: string;
  relPath: string;
}

/**
 * Shipped templates that render through Handlebars (precompiled) instead of the fast path of
 * fast.ts, and why: they read the enclosing context through `../`, which the fast path does not
 * implement. Each renders once per data file of a populate script. test/back/templates.test.ts
 * checks that the fast path compiles every other shipped template and none of these.
 */
export const VIA_HANDLEBARS: Readonly<Record<string, string>> = {
  'postgresql/populate_guard.sql.hbs': '../table and ../hint inside #each',
  'postgresql/upsert.sql.hbs': '../table inside #each',
  'sqlite/populate_guard_check.sql.hbs': '../table inside #each',
  'sqlite/upsert.sql.hbs': '../table inside #each',
};

/**
 * Handlebars loads in parts, each when first needed: its parser, only for a template that a site
 * changed (the shipped ones are parsed at build time, see precompile.ts); its runtime, when a
 * template renders through Handlebars; the whole library (the compiler) when such a template, or
 * a partial, is not the shipped one, and for the LBAAS_CHECK_TEMPLATES cross-check. All are the
 * same installed package; the parser is the module Handlebars' own parse() comes from.
 */
const requireCjs = createRequire(import.meta.url);
let parser: ((src: string) => unknown) | undefined;
const parseTemplate = (src: string): unknown =>
  (parser ??= (requireCjs('handlebars/dist/cjs/handlebars/compiler/base.js') as { parse: (src: string) => unknown }).parse)(src);
let library: typeof Handlebars | undefined;
const handlebars = (): typeof Handlebars => (library ??= requireCjs('handlebars') as typeof Handlebars);
let runtime: typeof Handlebars | undefined;
const handlebarsRuntime = (): typeof Handlebars => (runtime ??= requireCjs('handlebars/runtime') as typeof Handlebars);

/** A template or partial file as this run reads it. */
interface Source {
  relPath: string;
  /** The text as Handlebars gets it (a partial without its last line break). */
  text: string;
  /** The build's compiled forms, while the file holds the text they were made from. */
  pre: PrecompiledFile | undefined;
  /** The parse tree (the build's, or parsed now for a changed file), made on first need. */
  tree?: unknown;
}

/** A template: its source, the fast path when it has one, Handlebars' compiled form (made on first need). */
interface Compiled {
  src: Source;
  fast: ((data: object) => string) | undefined;
  hb?: Handlebars.TemplateDelegate;
  /** LBAAS_CHECK_TEMPLATES: Handlebars compiled from the file's text at run time, the reference. */
  reference?: Handlebars.TemplateDelegate;
}

/**
 * Renders statements for one dialect from templates/<dialect>/<name>.sql.hbs.
 * Templates compile once per run, with noEscape and strict, from the build's compiled forms
 * (precompile.ts) unless the file differs from what was built; every quote and escape goes
 * through the dialect's SqlWriter. Rendering takes the fast path of fast.ts where a template
 * allows it (same bytes as Handlebars, without Handlebars' per-call set-up), and Handlebars
 * (precompiled) otherwise: the templates of VIA_HANDLEBARS, and any single call the fast path
 * cannot decide. LBAAS_CHECK_TEMPLATES=1 renders every call again through Handlebars compiled
 * from the file's text at run time, and fails on any difference.
 */
export class Renderer {
  readonly sql: SqlWriter;
  /** Handlebars environments (helpers and partials registered), made on first need: runtime-only, and with the compiler. */
  private envRuntime?: typeof Handlebars;
  private envFull?: typeof Handlebars;
  private envReference?: typeof Handlebars;
  private readonly compiled = new Map<string, Compiled>();
  /** The helpers registered here and the partials, as the fast path and Handlebars need them. */
  private readonly helpers: Record<string, (...args: never[]) => unknown> = {};
  private readonly partials = new Map<string, Source>();
  private readonly check = !!process.env.LBAAS_CHECK_TEMPLATES;
  /** Template files actually used, for manifests (name -> path relative to templates dir). */
  readonly used = new Map<string, string>();

  /** MySQL/MariaDB: the character set and collation every created table states. */
  readonly tableCharset: TableCharset;

  constructor(
    readonly dialect: Dialect,
    readonly dir: string = DEFAULT_TEMPLATES_DIR,
    charset: Partial<TableCharset> = {},
  ) {
    this.sql = new SqlWriter(caps(dialect));
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
          const relPath = `${sub}/${f}`;
          this.partials.set(name, source(relPath, readFileSync(join(d, f), 'utf8')));
          this.used.set(`partial:${name}`, relPath);
        }
      }
    }
  }

  /** The parse tree of a template or partial: the build's, or Handlebars' parse() of a changed file. */
  private tree(src: Source): unknown {
    return (src.tree ??= src.pre ? src.pre.tree : parseTemplate(src.text));
  }

  /**
   * The Handlebars environment for a template: Handlebars' runtime alone when the template and
   * every partial are the shipped ones (all precompiled), else the whole library. Partials are
   * registered compiled, with the templates' options.
   */
  private env(src: Source): typeof Handlebars {
    const shipped = !!src.pre && [...this.partials.values()].every((p) => p.pre);
    if (shipped) return (this.envRuntime ??= this.environment(handlebarsRuntime()));
    return (this.envFull ??= this.environment(handlebars()));
  }

  private environment(lib: typeof Handlebars): typeof Handlebars {
    const h = lib.create();
    for (const [name, fn] of Object.entries(this.helpers)) h.registerHelper(name, fn as Handlebars.HelperDelegate);
    for (const [name, p] of this.partials) h.registerPartial(name, compileWith(h, p));
    return h;
  }

  /** LBAAS_CHECK_TEMPLATES: plain Handlebars, everything compiled from the files' text now (partials registered as text). */
  private reference(src: Source): Handlebars.TemplateDelegate {
    if (!this.envReference) {
      const h = handlebars().create();
      for (const [name, fn] of Object.entries(this.helpers)) h.registerHelper(name, fn as Handlebars.HelperDelegate);
      for (const [name, p] of this.partials) h.registerPartial(name, p.text);
      this.envReference = h;
    }
    return this.envReference.compile(src.text, COMPILE_OPTIONS);
  }

  /** The file that provides `name` for this dialect, or undefined when none does. */
  find(name: string): TemplateFile | undefined {
    for (const sub of lookupChain(this.dialect)) {
      const path = join(this.dir, sub, `${name}.sql.hbs`);
      if (existsSync(path)) return { name, path, relPath: `${sub}/${name}.sql.hbs` };
    }
    return undefined;
  }

  private load(name: string): Compiled {
    const file = this.find(name);
    if (!file) {
      const looked = lookupChain(this.dialect).join(', ');
      // The shipped templates cover every statement; another directory (--templates) may not.
      if (this.dir === DEFAULT_TEMPLATES_DIR) throw new Error(`internal: no template '${name}' for ${this.dialect} (looked in ${looked})`);
      throw new CompileError([
        {
          code: 'TP001',
          severity: 'error',
          message: `no template '${name}.sql.hbs' for ${this.dialect} in the templates directory ${this.dir} (looked in ${looked})`,
          hint: existsSync(this.dir)
            ? 'copy the shipped templates/ directory and change the files you need: every template must be there'
            : 'the templates directory does not exist',
        },
      ]);
    }
    const src = source(file.relPath, readFileSync(file.path, 'utf8'));
    // Of the compile options only ignoreStandalone (not set) would change the parse tree.
    const fast =
      src.pre && VIA_HANDLEBARS[file.relPath] !== undefined
        ? undefined
        : compileFast(this.tree(src), {
            helpers: this.helpers as Record<string, (...args: unknown[]) => unknown>,
            partial: (n) => {
              const p = this.partials.get(n);
              return p && this.tree(p);
            },
          });
    const t: Compiled = { src, fast };
    this.compiled.set(name, t);
    this.used.set(name, file.relPath);
    return t;
  }

  render(name: string, data: object): string {
    const t = this.compiled.get(name) ?? this.load(name);
    let out: string | undefined;
    if (t.fast) {
      try {
        out = t.fast(data);
      } catch (e) {
        // BAIL, or an error: Handlebars gives the result, or the error, that it always gave.
        if (e !== BAIL && this.check) throw e;
      }
    }
    if (out === undefined) out = (t.hb ??= compileWith(this.env(t.src), t.src))(data);
    if (this.check) {
      const plain = (t.reference ??= this.reference(t.src))(data);
      if (out !== plain) {
        throw new Error(
          `internal: template '${name}' (${this.dialect}) renders differently ${t.fast ? 'on the fast path' : 'precompiled'}:\n${JSON.stringify(out)}\nHandlebars:\n${JSON.stringify(plain)}`,
        );
      }
    }
    return out.trimEnd(); // the same characters as /\s+$/: white space and line terminators
  }
}

/** A template or partial file read now, with the build's compiled forms when it is the file they were made from. */
function source(relPath: string, raw: string): Source {
  return { relPath, text: registeredText(relPath, raw), pre: precompiled(relPath, raw) };
}

/** A file compiled in environment `h`: from the build's precompiled form when it has one, else from its text. */
function compileWith(h: typeof Handlebars, src: Source): Handlebars.TemplateDelegate {
  const spec = src.pre && precompiledSpec(src.relPath);
  return spec ? h.template(spec as never) : h.compile(src.text, COMPILE_OPTIONS);
}

/**
 * A whole-file template outside the statement renderer (templates/revision.jsonc.hbs): precompiled
 * when the file is the shipped one, compiled from its text otherwise; noEscape and strict.
 */
export function fileTemplate(dir: string, relPath: string): Handlebars.TemplateDelegate {
  const src = source(relPath, readFileSync(join(dir, relPath), 'utf8'));
  return compileWith(src.pre ? handlebarsRuntime().create() : handlebars().create(), src);
}
