import { readFileSync } from 'node:fs';
import type { Node } from 'jsonc-parser';
import { lineCol, treeParser } from './jsonc.js';
import type { SourceRef } from '../core/source.js';

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
  const { findNodeAtLocation, parseTree } = treeParser();
  let tree: Node | undefined;
  try {
    tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    // Recursive: a text nested deeper than the stack allows has no position (the loader refuses such files).
    return undefined;
  }
  if (!tree) return undefined;
  for (let n = ref.path.length; n >= 0; n--) {
    const path = ref.path.slice(0, n);
    const node: Node | undefined = path.length === 0 ? tree : findNodeAtLocation(tree, path);
    if (node) {
      const target = atKey && n === ref.path.length ? keyOf(node) ?? node : node;
      return lineCol(text, target.offset);
    }
  }
  return undefined;
}

function keyOf(node: Node): Node | undefined {
  const parent = node.parent;
  if (parent && parent.type === 'property' && parent.children && parent.children[1] === node) return parent.children[0];
  return undefined;
}
