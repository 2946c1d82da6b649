import { readFileSync } from 'node:fs';
import type { Node } from 'jsonc-parser';
import { treeParser } from './jsonc.js';
import type { SourceRef } from '../core/source.js';

/** One file's position tree and the offsets of its line breaks (null tree: none could be built). */
interface Parsed {
  tree: Node | null;
  breaks: number[];
}

/**
 * Parsed files by text cache and file: all the diagnostics printed with one cache share them.
 * A file with thousands of problems would otherwise be parsed, searched and counted again for
 * each (minutes for a few thousand unknown fields).
 */
const PARSED = new WeakMap<Map<string, string>, Map<string, Parsed>>();
/** An object node's properties by key (the first of a key written twice, as a linear search finds it). */
const KEYS = new WeakMap<Node, Map<string, Node>>();

/**
 * Resolves a SourceRef to line:col by re-reading and tree-parsing the file.
 * Only called when a diagnostic is printed, so the compile fast path never
 * builds a position tree. Points at the value of the deepest existing path
 * element; with `atKey` (the key itself is the problem: an unknown field), at
 * the key.
 */
export function locate(root: string, ref: SourceRef, textCache = new Map<string, string>(), atKey = false): { line: number; col: number } | undefined {
  let text = textCache.get(ref.file);
  if (text === undefined) {
    try {
      text = readFileSync(`${root}/${ref.file}`, 'utf8');
    } catch {
      return undefined;
    }
    textCache.set(ref.file, text);
  }
  let files = PARSED.get(textCache);
  if (!files) PARSED.set(textCache, (files = new Map()));
  let parsed = files.get(ref.file);
  if (parsed === undefined) {
    parsed = { tree: parse(text), breaks: [] };
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) parsed.breaks.push(i);
    files.set(ref.file, parsed);
  }
  const { tree, breaks } = parsed;
  if (!tree) return undefined;
  // The deepest node the path reaches.
  let node = tree;
  let n = 0;
  for (; n < ref.path.length; n++) {
    const next = child(node, ref.path[n]!);
    if (!next) break;
    node = next;
  }
  const target = atKey && n === ref.path.length ? (keyOf(node) ?? node) : node;
  return position(breaks, target.offset);
}

function parse(text: string): Node | null {
  try {
    return treeParser().parseTree(text, [], { allowTrailingComma: true, disallowComments: false }) ?? null;
  } catch {
    // Recursive: a text nested deeper than the stack allows has no position (the loader refuses such files).
    return null;
  }
}

/** The value at `segment` of an object or list node (what jsonc-parser's findNodeAtLocation finds, in constant time). */
function child(node: Node, segment: string | number): Node | undefined {
  if (typeof segment === 'string') {
    if (node.type !== 'object') return undefined;
    let keys = KEYS.get(node);
    if (!keys) {
      keys = new Map();
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v && p.children!.length === 2 && !keys.has(k.value as string)) keys.set(k.value as string, v);
      }
      KEYS.set(node, keys);
    }
    return keys.get(segment);
  }
  if (node.type !== 'array' || segment < 0 || !node.children || segment >= node.children.length) return undefined;
  return node.children[segment];
}

/** 1-based line and column of `offset`, from the sorted offsets of the line breaks (as lineCol counts them). */
function position(breaks: number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return { line: lo + 1, col: offset - (lo === 0 ? -1 : breaks[lo - 1]!) };
}

function keyOf(node: Node): Node | undefined {
  const parent = node.parent;
  if (parent && parent.type === 'property' && parent.children && parent.children[1] === node) return parent.children[0];
  return undefined;
}
