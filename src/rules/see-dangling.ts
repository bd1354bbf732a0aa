/**
 * see-dangling: "See X" in a description where X is a field with no entry,
 * or a quoted section title that the document does not have.
 */
import {rstToString} from '../rst/index.js';
import type {RstNode} from '../rst/types.js';
import {closestName, documentedNames} from './shared/names.js';
import type {Finding, Rule} from './types.js';

/** `See` / `see also`, then the first target. */
const SEE = /\b[Ss]ee(?:[ \t\n]+also)?[ \t\n]+/g;
const QUOTED = /^"([^"]{1,200})"/;
const NAME = /^(?:role\.)?[A-Za-z_][A-Za-z0-9_]*/;
const JOINER = /^(?:,[ \t\n]*(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+|[ \t\n]+or[ \t\n]+)/;

function normalise(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

function sectionTitles(tree: RstNode): Set<string> {
  const titles = new Set<string>();
  const stack: RstNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'title') titles.add(normalise(rstToString(node)).toLowerCase());
    // Titles live in sections only.
    if (node.type === 'root' || node.type === 'section') stack.push(...(node.children as RstNode[]));
  }
  return titles;
}

interface Reference {
  target: string;
  quoted: boolean;
  start: number;
  end: number;
}

/** The targets of every "See …" in a text. */
export function seeReferences(text: string): Reference[] {
  const out: Reference[] = [];
  SEE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SEE.exec(text))) {
    let at = match.index + match[0].length;
    for (let n = 0; n < 8; n++) {
      const rest = text.slice(at, at + 240);
      const quoted = QUOTED.exec(rest);
      const named = quoted ? null : NAME.exec(rest);
      if (quoted) {
        out.push({target: quoted[1], quoted: true, start: at, end: at + quoted[0].length});
        at += quoted[0].length;
      } else if (named) {
        // `see the treatment of …` is prose: the rule skips names that are not member-like.
        const name = named[0];
        out.push({target: name, quoted: false, start: at, end: at + name.length});
        at += name.length;
      } else break;
      const joiner = JOINER.exec(text.slice(at, at + 16));
      if (!joiner) break;
      at += joiner[0].length;
    }
  }
  return out;
}

const rule: Rule = {
  id: 'see-dangling',
  description: '"See X" refers to a field with no entry, or to a section title the document does not have',
  defaultSeverity: 'warn',
  *check(ctx): Iterable<Finding> {
    if (!ctx.model) return;
    const documented = documentedNames(ctx.model.entries);
    const known = new Set(ctx.spec.allNames());
    let titles: Set<string> | undefined;
    for (const entry of ctx.model.entries) {
      for (const ref of seeReferences(entry.text.text)) {
        const place = entry.text.position(ref.start, ref.end);
        if (ref.quoted) {
          titles ??= sectionTitles(ctx.tree);
          if (titles.has(normalise(ref.target).toLowerCase())) continue;
          yield {reason: `"${normalise(ref.target)}" is not a section title of this document`, place};
          continue;
        }
        const name = ref.target;
        const memberLike = name.startsWith('role.') || name.includes('_') || known.has(name) || documented.has(name);
        if (!memberLike || documented.has(name)) continue;
        const suggestion = closestName(name, documented);
        yield {
          reason: `"See ${name}" refers to \`${name}\`, which has no entry in the field list${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
          place,
          expected: suggestion ? [suggestion] : undefined
        };
      }
    }
  }
};

export default rule;
