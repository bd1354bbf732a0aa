/**
 * Suppression comments in the document:
 *
 *     .. mmu-doc-lint: disable-next-line lock-mode -- the text says "usually"
 *     .. mmu-doc-lint: disable lock-mode atomicity -- reason
 *     .. mmu-doc-lint: enable lock-mode
 *     .. mmu-doc-lint: ignore lock-mode -- reason      (same as disable-next-line)
 *
 * `disable-next-line` / `ignore` silence the block that follows the comment
 * (the paragraph of the description it sits in front of); `disable` holds
 * until a matching `enable`. No rule ids means every rule. The RST parser
 * gives comments as `comment` nodes whose value is the text after `.. `.
 */
import {visit} from 'unist-util-visit';
import type {Comment, RstRoot} from '../rst/types.js';

export const MARK = 'mmu-doc-lint:';
export const VERBS = ['disable-next-line', 'disable', 'enable', 'ignore'] as const;
export type Verb = (typeof VERBS)[number];

export interface Directive {
  node: Comment;
  /** Undefined for a word that is not a verb. */
  verb?: Verb;
  /** The word written as the verb. */
  word: string;
  ruleIds: string[];
  /** The text after ` -- `, trimmed; undefined when absent or empty. */
  reason?: string;
}

/** Parses `mmu-doc-lint: <verb> [ids…] [-- reason]`; undefined for other comments. */
export function parseDirective(node: Comment): Directive | undefined {
  const value = node.value.trimStart();
  if (!value.startsWith(MARK)) return undefined;
  const body = value.slice(MARK.length).replace(/\s+/g, ' ').trim();
  const dash = body.indexOf(' -- ');
  const head = dash >= 0 ? body.slice(0, dash) : body.endsWith(' --') ? body.slice(0, -3) : body;
  const reason = dash >= 0 ? body.slice(dash + 4).trim() : undefined;
  const [word = '', ...ruleIds] = head.split(' ').filter(Boolean);
  const directive: Directive = {node, word, ruleIds};
  if ((VERBS as readonly string[]).includes(word)) directive.verb = word as Verb;
  if (reason) directive.reason = reason;
  return directive;
}

export function findDirectives(tree: RstRoot): Directive[] {
  const out: Directive[] = [];
  visit(tree, 'comment', (node) => {
    const directive = parseDirective(node as Comment);
    if (directive) out.push(directive);
  });
  return out;
}
