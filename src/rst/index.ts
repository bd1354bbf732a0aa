/**
 * reStructuredText parser producing the unist tree of `./types.ts`, with
 * the block structure docutils would build and exact positions on every
 * node. `rstParse` plugs it into unified (v11) as the parser.
 */
import type {Plugin, Processor} from 'unified';
import type {RstNode, RstRoot} from './types.js';
import {BlockParser} from './block.js';

export type * from './types.js';
export {BODY_DIRECTIVES} from './block.js';

/** Parse RST text. Pure and synchronous; never throws. */
export function parseRst(text: string): RstRoot {
  try {
    return new BlockParser(text).parse();
  } catch {
    // Defensive: a bug must not take the linter down; return an empty tree.
    const lines = text.split(/\r\n|\r|\n/);
    const last = lines[lines.length - 1] ?? '';
    return {
      type: 'root',
      children: [],
      position: {
        start: {line: 1, column: 1, offset: 0},
        end: {line: lines.length, column: last.length + 1, offset: text.length},
      },
    };
  }
}

/** unified plugin: `unified().use(rstParse)` parses RST into an `RstRoot`. */
export const rstParse: Plugin<[], string, RstRoot> = function rstParse(this: Processor) {
  // unified types `this` as the processor before the plugin applies
  (this as unknown as Processor<RstRoot>).parser = (doc: string) => parseRst(String(doc));
};

/** Plain text of a node: text and literal values concatenated. */
export function rstToString(node: RstNode | RstNode[] | null | undefined): string {
  if (!node) return '';
  if (Array.isArray(node)) {
    let out = '';
    for (const n of node) out += rstToString(n);
    return out;
  }
  const hasChildren = 'children' in node && Array.isArray(node.children) && node.children.length > 0;
  if (hasChildren) return rstToString(node.children as RstNode[]);
  if ('value' in node && typeof node.value === 'string') return node.value;
  return '';
}
