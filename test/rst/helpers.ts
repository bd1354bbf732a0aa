/** Shared helpers for the RST parser tests. */
import {location} from 'vfile-location';
import type {Point} from 'unist';
import type {RstNode, RstRoot} from '../../src/rst/index.js';

type AnyNode = RstNode & {children?: AnyNode[]};

/** Depth-first list of nodes. */
export function allNodes(root: RstNode): AnyNode[] {
  const out: AnyNode[] = [];
  const walk = (n: AnyNode) => {
    out.push(n);
    if (Array.isArray(n.children)) for (const c of n.children) walk(c);
  };
  walk(root as AnyNode);
  return out;
}

/** First node of a type (depth-first), or throws. */
export function find<T extends RstNode['type']>(root: RstNode, type: T, nth = 0): Extract<RstNode, {type: T}> {
  const hits = allNodes(root).filter((n) => n.type === type);
  if (!hits[nth]) throw new Error(`no ${type} #${nth}`);
  return hits[nth] as Extract<RstNode, {type: T}>;
}

/** [line, column, offset] of a point. */
export const lco = (p: Point | undefined): [number, number, number] => [p!.line, p!.column, p!.offset!];

/** Problems with positions: missing, out of input, inconsistent, outside parent. */
export function positionProblems(root: RstRoot, text: string): string[] {
  const loc = location(text);
  const problems: string[] = [];
  const check = (n: AnyNode, parent: AnyNode | null) => {
    const p = n.position;
    if (!p || p.start.offset === undefined || p.end.offset === undefined) {
      problems.push(`${n.type}: no position`);
      return;
    }
    const {start, end} = p;
    if (start.offset! < 0 || end.offset! > text.length) problems.push(`${n.type}: outside input ${start.offset}-${end.offset}`);
    if (start.offset! > end.offset!) problems.push(`${n.type}: start after end`);
    for (const pt of [start, end]) {
      const want = loc.toPoint(pt.offset!);
      if (!want || want.line !== pt.line || want.column !== pt.column) {
        problems.push(`${n.type}: ${pt.line}:${pt.column}@${pt.offset} but offset is ${want?.line}:${want?.column}`);
      }
    }
    if (parent && parent.type !== 'root' && parent.position) {
      if (start.offset! < parent.position.start.offset! || end.offset! > parent.position.end.offset!) {
        problems.push(`${n.type} ${start.offset}-${end.offset} outside ${parent.type} ${parent.position.start.offset}-${parent.position.end.offset}`);
      }
    }
    if (Array.isArray(n.children)) for (const c of n.children) check(c, n);
  };
  check(root as AnyNode, null);
  return problems;
}
