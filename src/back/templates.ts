import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Dialect } from '../core/dialect.js';
import { CAPABILITIES } from '../dialects/capabilities.js';
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

export interface TemplateFile { name: string; path: string; relPath: string }

/**
 * Renders statements for one dialect from templates/<dialect>/<name>.sql.hbs.
 * Templates compile lazily (once per run) with noEscape and strict; every quote
 * and escape goes through the dialect's SqlWriter.
 */
export class Renderer {
  readonly sql: SqlWriter;
  private readonly hb: typeof Handlebars;
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
  /** Template files actually used, for manifests (name -> path relative to templates dir). */
  readonly used = new Map<string, string>();

  constructor(readonly dialect: Dialect, readonly dir: string = DEFAULT_TEMPLATES_DIR) {
    this.sql = new SqlWriter(CAPABILITIES[dialect]);
    this.hb = Handlebars.create();
    const w = this.sql;
    const h = this.hb;
    h.registerHelper('ident', (n: string) => w.ident(n));
    h.registerHelper('idents', (ns: string[]) => w.idents(ns));
    h.registerHelper('literal', (v: unknown) => w.literal(v as never));
    h.registerHelper('sqltype', (t: unknown, auto: unknown) => w.type(t as never, auto === true));
    h.registerHelper('default_sql', (d: unknown, t: unknown) => w.default(d as never, t as never));
    h.registerHelper('enum_check', (c: string, t: unknown) => w.enumCheck(c, t as never));
    h.registerHelper('string', (s: string) => w.string(s));
    for (const sub of [...lookupChain(dialect)].reverse()) {
      const d = join(dir, sub);
      if (!existsSync(d)) continue;
      for (const f of readdirSync(d).sort()) {
        if (f.startsWith('_') && f.endsWith('.hbs')) {
          const name = f.slice(1, -'.hbs'.length);
          const path = join(d, f);
          h.registerPartial(name, readFileSync(path, 'utf8').replace(/\n$/, ''));
          this.used.set(`partial:${name}`, `${sub}/${f}`);
        }
      }
    }
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
      if (!file) throw new Error(`internal: no template '${name}' for ${this.dialect} (looked in ${lookupChain(this.dialect).join(', ')})`);
      t = this.hb.compile(readFileSync(file.path, 'utf8'), { noEscape: true, strict: true });
      this.compiled.set(name, t);
      this.used.set(name, file.relPath);
    }
    return t(data).replace(/\s+$/, '');
  }
}
