/**
 * A fast path for rendering templates: compiles a template's Handlebars AST
 * (from Handlebars' own parser, so whitespace control and standalone lines are
 * Handlebars' work) into plain closures. It covers what the statement
 * templates use: text, {{path}}, {{helper args}}, #if / #unless / #each with
 * {{else}}, @first / @last / @index / @key / @root, {{> partial [context]}}
 * with Handlebars' indentation of standalone partials, and partial blocks
 * ({{#> partial}}...{{/partial}} with {{> @partial-block}} in the partial). The
 * parse tree comes from Handlebars' parser, at build time for the shipped
 * templates (src/back/precompile.ts) and at run time for a template a site
 * changed.
 *
 * Why: Handlebars sets up its runtime on every top-level call (merging and
 * wrapping every helper, building proto-access tables), which costs far more
 * than rendering a one-line statement. A long history renders tens of
 * thousands of statements.
 *
 * Exactness: the output must be byte for byte what Handlebars gives.
 * Anything outside the subset is not compiled (compileFast returns
 * undefined, and the template renders through Handlebars), and anything the
 * fast path cannot decide exactly at run time (a missing field under strict
 * mode, a function value, an inherited property, #each over a non-array
 * object) throws BAIL: the caller renders that call through Handlebars, which
 * then gives its own result or its own error. LBAAS_CHECK_TEMPLATES=1 renders
 * every call both ways and fails on any difference (see Renderer).
 */

/** Thrown when a render must go through Handlebars instead. */
export const BAIL: unique symbol = Symbol('render through Handlebars');

type Data = Record<string, unknown>;
type Helper = (...args: unknown[]) => unknown;
/** A compiled program: context and @data in, text out. */
export type Program = (ctx: unknown, data: Data | undefined) => string;
type Value = (ctx: unknown, data: Data | undefined) => unknown;

// The parts of Handlebars' AST the fast path reads (handlebars/types: hbs.AST).
interface Node {
  type: string;
}
interface ProgramNode extends Node {
  body: Node[];
  blockParams?: string[];
}
interface PathNode extends Node {
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
interface LiteralNode extends Node {
  value: unknown;
  original?: unknown;
}
interface HashNode extends Node {
  pairs: { key: string; value: Node }[];
}
interface CallNode extends Node {
  path: Node;
  params: Node[];
  hash?: HashNode;
}
interface BlockNode extends CallNode {
  program?: ProgramNode;
  inverse?: ProgramNode;
}
interface PartialNode extends Node {
  name: Node;
  params: Node[];
  hash?: HashNode;
  indent?: string;
}
interface PartialBlockNode extends PartialNode {
  program?: ProgramNode;
}
interface ContentNode extends Node {
  value: string;
}

class Unsupported extends Error {}
const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

/** Handlebars' "null context" for helpers called where the context is null or undefined. */
const NULL_CONTEXT = Object.seal({});
const EMPTY_HASH = Object.freeze({});
/** Names Handlebars handles itself (built-in helpers and hooks): never compiled here as plain helpers. */
const BUILTIN = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);

const hasOwn = (o: unknown, k: string): boolean => Object.hasOwn(o as object, k);

/** Handlebars' container.lookupProperty; an inherited value (a proto-access decision) goes to Handlebars. */
function lookupProperty(parent: unknown, name: string): unknown {
  const result = (parent as Record<string, unknown>)[name]; // TypeError on null/undefined, as in Handlebars
  if (result == null) return result;
  if (hasOwn(parent, name)) return result;
  throw BAIL;
}

/** Handlebars' container.strict (strict mode, terminal lookup of a {{mustache}}): missing means an error there. */
function strictLookup(obj: unknown, name: string): unknown {
  if (!obj || typeof obj !== 'object' || !(name in obj)) throw BAIL;
  return lookupProperty(obj, name);
}

/** Handlebars' createFrame. */
function createFrame(object: Data | undefined): Data {
  const frame: Data = {};
  for (const k in object) if (hasOwn(object, k)) frame[k] = object[k];
  frame._parent = object;
  return frame;
}

export interface FastSources {
  /** The helpers registered on top of Handlebars' built-ins (if, unless, each, ... are handled here). */
  helpers: Record<string, Helper>;
  /** A registered partial's parse tree (Handlebars' parse() of its text), or undefined when there is none of that name. */
  partial: (name: string) => unknown;
}

/** The name under which a partial block's content is called from inside the partial. */
const PARTIAL_BLOCK = '@partial-block';
/** The @partial-block functions the fast path makes: only these are called (anything else goes to Handlebars). */
const BLOCKS = new WeakSet<object>();

/** Compiles a template's parse tree to a fast program, or undefined when it uses something outside the subset. */
export function compileFast(tree: unknown, s: FastSources): ((ctx: unknown) => string) | undefined {
  const partials = new Map<string, Program>();

  const partial = (name: string): Program => {
    let p = partials.get(name);
    if (!p) {
      const partialTree = s.partial(name);
      if (partialTree === undefined) unsupported(`partial ${name}`);
      // A placeholder breaks recursion (a partial that includes itself is left to Handlebars).
      partials.set(name, () => unsupported('recursive partial'));
      p = program(partialTree as ProgramNode);
      partials.set(name, p);
    }
    return p;
  };

  function program(node: ProgramNode | undefined): Program {
    if (!node) return () => '';
    if (node.blockParams?.length) unsupported('block params');
    const parts: (string | Program)[] = [];
    for (const st of node.body) {
      const c = statement(st);
      if (c === null) continue;
      const prev = parts[parts.length - 1];
      if (typeof c === 'string' && typeof prev === 'string') parts[parts.length - 1] = prev + c;
      else parts.push(c);
    }
    if (parts.length === 0) return () => '';
    if (parts.length === 1) {
      const only = parts[0]!;
      return typeof only === 'string' ? () => only : only;
    }
    return (ctx, data) => {
      let out = '';
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        out += typeof p === 'string' ? p : p(ctx, data);
      }
      return out;
    };
  }

  function statement(n: Node): string | Program | null {
    switch (n.type) {
      case 'ContentStatement':
        return (n as ContentNode).value;
      case 'CommentStatement':
        return null;
      case 'MustacheStatement': {
        const v = mustache(n as CallNode);
        return (ctx, data) => {
          const x = v(ctx, data);
          return x != null ? '' + (x as string) : '';
        };
      }
      case 'BlockStatement':
        return block(n as BlockNode);
      case 'PartialStatement':
        return partialStatement(n as PartialNode);
      case 'PartialBlockStatement':
        return partialBlock(n as PartialBlockNode);
      default:
        return unsupported(n.type);
    }
  }

  /** The value of {{x}} or {{helper args}}. */
  function mustache(n: CallNode): Value {
    if (n.path.type !== 'PathExpression') unsupported('literal mustache');
    const path = n.path as PathNode;
    const isHelper = n.params.length > 0 || !!n.hash;
    if (isHelper) return helperCall(n);
    if (path.depth > 0) unsupported('../ path');
    if (isSimpleId(path)) {
      // Ambiguous: a helper of that name wins, else the (strict) field; a function value is Handlebars' business.
      const name = path.parts[0]!;
      if (BUILTIN.has(name)) unsupported(`built-in ${name}`);
      const h = ownHelper(name);
      if (h) {
        const opts = options(name, undefined);
        return (ctx, data) => {
          opts.data = data;
          return h.call(ctx != null ? ctx : NULL_CONTEXT, opts);
        };
      }
      const get = path.data ? (_c: unknown, data: Data | undefined) => strictLookup(data, name) : (ctx: unknown) => strictLookup(ctx, name);
      return (ctx, data) => {
        const x = get(ctx, data);
        if (typeof x === 'function') throw BAIL;
        return x;
      };
    }
    const get = pathValue(path, true);
    return (ctx, data) => {
      const x = get(ctx, data);
      if (typeof x === 'function') throw BAIL; // resolvePossibleLambda
      return x;
    };
  }

  function ownHelper(name: string): Helper | undefined {
    return hasOwn(s.helpers, name) ? s.helpers[name] : undefined;
  }

  function isSimpleId(p: PathNode): boolean {
    return p.parts.length === 1 && !/^\.|this\b/.test(p.original) && !p.depth;
  }

  /** {{name p1 p2 k=v}} or (name p1 ...): a registered (non built-in) helper. */
  function helperCall(n: CallNode): Value {
    const path = n.path as PathNode;
    if (path.type !== 'PathExpression' || !isSimpleId(path) || path.data) unsupported('helper path');
    const name = path.parts[0]!;
    const h = ownHelper(name);
    if (!h || BUILTIN.has(name)) unsupported(`helper ${name}`);
    const params = n.params.map(param);
    const hash = n.hash && n.hash.pairs.length > 0 ? hashValue(n.hash) : undefined;
    const opts = options(name, hash);
    if (params.length === 1 && !hash) {
      const p0 = params[0]!;
      return (ctx, data) => {
        const a = p0(ctx, data);
        opts.data = data;
        return h!.call(ctx != null ? ctx : NULL_CONTEXT, a, opts);
      };
    }
    return (ctx, data) => {
      const args: unknown[] = [];
      for (let i = 0; i < params.length; i++) args.push(params[i]!(ctx, data));
      if (hash) opts.hash = hash(ctx, data);
      opts.data = data;
      args.push(opts);
      return h!.apply(ctx != null ? ctx : NULL_CONTEXT, args);
    };
  }

  function hashValue(h: HashNode): (ctx: unknown, data: Data | undefined) => Data {
    const pairs = h.pairs.map((p) => [p.key, param(p.value)] as const);
    return (ctx, data) => {
      const out: Data = {};
      for (const [k, v] of pairs) out[k] = v(ctx, data);
      return out;
    };
  }

  /**
   * The options object a helper receives last, one per call site: the helpers registered here read none
   * of it (they only pass it on), so it is not rebuilt per call; `data` (and a hash with pairs) is set
   * before each call.
   */
  function options(name: string, hash: unknown): Data {
    return { lookupProperty, name, hash: hash ? {} : EMPTY_HASH, data: undefined };
  }

  /** A helper or block parameter: paths look up without the strict terminal check. */
  function param(n: Node): Value {
    switch (n.type) {
      case 'PathExpression': {
        const p = n as PathNode;
        if (p.depth > 0) unsupported('../ path');
        return pathValue(p, false);
      }
      case 'SubExpression':
        return helperCall(n as CallNode);
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral': {
        const v = (n as LiteralNode).value;
        return () => v;
      }
      case 'UndefinedLiteral':
        return () => undefined;
      case 'NullLiteral':
        return () => null;
      default:
        return unsupported(n.type);
    }
  }

  /** A path's value: each step through lookupProperty; with `strict`, the last through container.strict. */
  function pathValue(p: PathNode, strict: boolean): Value {
    const parts = p.parts;
    const base: Value = p.data ? (_c, data) => data : (ctx) => ctx;
    if (parts.length === 0) return base;
    const n = parts.length;
    return (ctx, data) => {
      let v = base(ctx, data);
      try {
        for (let i = 0; i < n - 1; i++) v = lookupProperty(v, parts[i]!);
        return strict ? strictLookup(v, parts[n - 1]!) : lookupProperty(v, parts[n - 1]!);
      } catch (e) {
        if (e === BAIL || e instanceof TypeError) throw BAIL;
        throw e;
      }
    };
  }

  function block(n: BlockNode): Program {
    const path = n.path as PathNode;
    if (path.type !== 'PathExpression' || !isSimpleId(path) || path.data) unsupported('block path');
    const name = path.parts[0]!;
    if (name !== 'if' && name !== 'unless' && name !== 'each') unsupported(`block ${name}`);
    if (ownHelper(name)) unsupported(`overridden ${name}`);
    if (n.params.length !== 1 || (n.hash && n.hash.pairs.length > 0)) unsupported(`${name} arguments`);
    const cond = param(n.params[0]!);
    const fn = program(n.program);
    const inverse = program(n.inverse);
    if (name === 'if' || name === 'unless') {
      const [yes, no] = name === 'if' ? [fn, inverse] : [inverse, fn];
      return (ctx, data) => {
        const c = cond(ctx, data);
        if (typeof c === 'function') throw BAIL;
        const self = ctx != null ? ctx : NULL_CONTEXT;
        return !c || (Array.isArray(c) && c.length === 0) ? no(self, data) : yes(self, data);
      };
    }
    return (ctx, data) => {
      const list = cond(ctx, data);
      if (typeof list === 'function') throw BAIL;
      const self = ctx != null ? ctx : NULL_CONTEXT;
      if (list && typeof list === 'object') {
        if (!Array.isArray(list)) throw BAIL; // objects, Maps, Sets: Handlebars' iteration rules
        const frame = createFrame(data);
        let out = '';
        for (let i = 0, len = list.length; i < len; i++) {
          if (!(i in list)) continue; // holes are skipped, yet count as iterations
          frame.key = i;
          frame.index = i;
          frame.first = i === 0;
          frame.last = i === list.length - 1;
          out += fn(list[i], frame);
        }
        if (list.length > 0) return out;
      }
      return inverse(self, data);
    };
  }

  /** The partial's name; only the plain forms {{> name}} and {{> name context}} are compiled. */
  function partialName(n: PartialNode): string {
    if (n.name.type !== 'PathExpression') unsupported('dynamic partial');
    const name = (n.name as PathNode).original;
    if (((n.name as PathNode).data && name !== PARTIAL_BLOCK) || (n.hash && n.hash.pairs.length > 0) || n.params.length > 1) unsupported('partial form');
    return name;
  }

  function partialStatement(n: PartialNode): Program {
    const name = partialName(n);
    const ctxOf: Value = n.params.length === 1 ? param(n.params[0]!) : (ctx) => ctx;
    const indent = n.indent ?? '';
    if (name === PARTIAL_BLOCK) {
      // Handlebars' resolvePartial: @partial-block is the block the enclosing partial was called with.
      if (s.partial(name) !== undefined) unsupported('a partial named @partial-block');
      return (ctx, data) => {
        const block = data ? data['partial-block'] : undefined;
        if (typeof block !== 'function' || !BLOCKS.has(block)) throw BAIL; // none: Handlebars' own error
        return indented((block as Program)(ctxOf(ctx, data), data), indent);
      };
    }
    const target = partial(name);
    return (ctx, data) => indented(target(ctxOf(ctx, data), data), indent);
  }

  /**
   * {{#> name}}content{{/name}}: the partial, called with a new @data frame whose @partial-block
   * renders the content (Handlebars' invokePartial); the content itself runs in a frame whose
   * @partial-block is the one outside this call.
   */
  function partialBlock(n: PartialBlockNode): Program {
    const name = partialName(n);
    if (name === PARTIAL_BLOCK) unsupported('@partial-block as a block');
    const target = partial(name);
    const content = program(n.program);
    const ctxOf: Value = n.params.length === 1 ? param(n.params[0]!) : (ctx) => ctx;
    const indent = n.indent ?? '';
    return (ctx, data) => {
      const outer = data ? data['partial-block'] : undefined;
      const frame = createFrame(data);
      const block: Program = (blockCtx, blockData) => {
        const inner = createFrame(blockData);
        inner['partial-block'] = outer;
        return content(blockCtx, inner);
      };
      BLOCKS.add(block);
      frame['partial-block'] = block;
      return indented(target(ctxOf(ctx, data), frame), indent);
    };
  }

  let main: Program;
  try {
    main = program(tree as ProgramNode);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  return (ctx) => main(ctx, { root: ctx });
}

/** Handlebars' indentation of a standalone partial's lines (invokePartialWrapper). */
function indented(result: string, indent: string): string {
  if (!indent) return result;
  const lines = result.split('\n');
  for (let i = 0, l = lines.length; i < l; i++) {
    if (!lines[i] && i + 1 === l) break;
    lines[i] = indent + lines[i];
  }
  return lines.join('\n');
}
