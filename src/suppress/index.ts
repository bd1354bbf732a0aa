/**
 * The suppression pass, run by lint() after the rules: unified-message-control
 * with an RST comment marker drops the findings that suppression comments
 * cover, then each `disable` / `disable-next-line` that covered nothing is
 * reported as `suppression-unused`. (unified-message-control 5 has no
 * `reportUnused`; a comment is unused when filtering without it keeps
 * exactly as many findings as filtering with it.)
 *
 * Only runs when the text has a `mmu-doc-lint:` comment; it is cheap then
 * too (one tree walk per directive, and documents carry a handful).
 */
import {messageControl} from 'unified-message-control';
import type {Node} from 'unist';
import {VFile} from 'vfile';
import type {Comment, RstRoot} from '../rst/types.js';
import {findDirectives, MARK, type Directive} from './directives.js';

const NAME = 'mmu-doc-lint';

export interface SuppressOptions {
  /** Severity of suppression-unused findings; 'off' skips the check. */
  unused: 'off' | 'warn' | 'error' | 'info';
  /** Rule ids the document may name. */
  known: readonly string[];
  /** Docs URL for suppression-unused. */
  url?: string;
}

function markerFor(skip: Directive | undefined, skipId: string | undefined, byNode: Map<Node, Directive>, known: Set<string>) {
  return (node: Node) => {
    const directive = byNode.get(node);
    if (!directive || !directive.verb) return null;
    let ids = directive.ruleIds.filter((id) => known.has(id));
    if (directive.ruleIds.length > 0 && ids.length === 0) return null;
    if (directive === skip) {
      if (skipId === undefined) return null;
      ids = ids.filter((id) => id !== skipId);
      if (ids.length === 0) return null;
    }
    const verb = directive.verb === 'disable-next-line' ? 'ignore' : directive.verb;
    return {name: NAME, attributes: [verb, ...ids].join(' '), parameters: {}, node: node as Comment};
  };
}

function filtered(tree: RstRoot, file: VFile, messages: VFile['messages'], marker: ReturnType<typeof markerFor>): number {
  const scratch = new VFile({value: file.value, path: file.path});
  scratch.messages = [...messages];
  messageControl(tree, {file: scratch, name: NAME, marker: marker as never, test: 'comment', source: NAME});
  return scratch.messages.length;
}

/** Drops suppressed findings from `file` and reports unused suppressions. */
export function suppress(tree: RstRoot, file: VFile, options: SuppressOptions): void {
  if (!String(file.value).includes(MARK)) return;
  const directives = findDirectives(tree);
  if (directives.length === 0) return;
  const byNode = new Map<Node, Directive>(directives.map((d) => [d.node, d]));
  const known = new Set(options.known);
  const all = markerFor(undefined, undefined, byNode, known);
  const unused: Directive[] = [];
  const unusedIds = new Map<Directive, string[]>();
  if (options.unused !== 'off') {
    const before = [...file.messages];
    const kept = filtered(tree, file, before, all);
    for (const directive of directives) {
      if (directive.verb !== 'disable' && directive.verb !== 'disable-next-line' && directive.verb !== 'ignore') continue;
      const ids = directive.ruleIds.filter((id) => known.has(id));
      if (directive.ruleIds.length === 0) {
        if (filtered(tree, file, before, markerFor(directive, undefined, byNode, known)) === kept) unused.push(directive);
        continue;
      }
      const stale = ids.filter((id) => filtered(tree, file, before, markerFor(directive, id, byNode, known)) === kept);
      if (stale.length > 0) {
        unused.push(directive);
        unusedIds.set(directive, stale);
      }
    }
  }
  messageControl(tree, {file, name: NAME, marker: all as never, test: 'comment', source: NAME});
  for (const directive of unused) {
    const ids = unusedIds.get(directive);
    const what = ids ? ids.map((id) => `\`${id}\``).join(', ') + ' finding' : 'finding';
    const message = file.message(`Unused suppression: no ${what} here to ${directive.verb === 'disable' ? 'disable' : 'ignore'}`, {
      place: directive.node.position,
      ruleId: 'suppression-unused',
      source: NAME
    });
    message.fatal = options.unused === 'error' ? true : options.unused === 'warn' ? false : undefined;
    if (options.url) message.url = options.url;
  }
}
