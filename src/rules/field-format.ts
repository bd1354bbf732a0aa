/**
 * field-format: the layout of the field list itself. A term ends with `:`;
 * terms and descriptions are indented like the list's majority; no tabs;
 * no member described twice.
 */
import {splitTermNames} from '../fields/index.js';
import type {FieldEntry} from '../fields/types.js';
import type {RstNode} from '../rst/types.js';
import type {Finding, Rule} from './types.js';

interface Layout {
  entry: FieldEntry;
  termIndent: number;
  /** Offset of the first description line in the file, and its indentation. */
  bodyLineStart?: number;
  bodyIndent?: number;
}

function lineStartOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

function indentOf(text: string, lineStart: number): {width: number; tab: number} {
  let width = 0;
  let tab = -1;
  for (let i = lineStart; i < text.length; i++) {
    const c = text[i];
    if (c === ' ') width++;
    else if (c === '\t') {
      if (tab < 0) tab = i;
      width = (Math.floor(width / 8) + 1) * 8;
    } else break;
  }
  return {width, tab};
}

function majority(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function plural(n: number): string {
  return n === 1 ? '1 column' : `${n} columns`;
}

const rule: Rule = {
  id: 'field-format',
  description: 'A term ends with a colon; entries and descriptions are indented like the rest of the list; no tabs; no duplicates',
  defaultSeverity: 'warn',
  *check(ctx): Iterable<Finding> {
    if (!ctx.model) return;
    const {text} = ctx;
    const layouts: Layout[] = [];
    for (const entry of ctx.model.entries) {
      const termStart = entry.termPlace.start.offset ?? 0;
      const termLine = lineStartOf(text, termStart);
      const layout: Layout = {entry, termIndent: indentOf(text, termLine).width};
      const bodyStart = entry.definition?.position?.start.offset;
      if (bodyStart !== undefined) {
        layout.bodyLineStart = lineStartOf(text, bodyStart);
        layout.bodyIndent = indentOf(text, layout.bodyLineStart).width;
      }
      layouts.push(layout);
    }
    const termIndent = majority(layouts.map((l) => l.termIndent));
    const bodyStep = majority(
      layouts.filter((l) => l.bodyIndent !== undefined).map((l) => (l.bodyIndent ?? 0) - l.termIndent)
    );
    const seen = new Map<string, number>();

    for (const layout of layouts) {
      const {entry} = layout;
      const term = entry.termText.trimEnd();
      const label = entry.names.join(' / ') || term;
      if (!term.endsWith(':')) {
        yield {
          reason: `The term \`${term}\` does not end with a colon`,
          place: entry.termPlace,
          expected: [`${term}:`]
        };
      }
      if (
        bodyStep !== undefined &&
        layout.bodyIndent !== undefined &&
        layout.bodyLineStart !== undefined &&
        layout.bodyIndent - layout.termIndent !== bodyStep
      ) {
        const want = layout.termIndent + bodyStep;
        yield {
          reason: `The description of \`${label}\` is indented ${plural(layout.bodyIndent)}; the other descriptions use ${want}`,
          place: ctx.place(layout.bodyLineStart, layout.bodyLineStart + indentWidthInChars(text, layout.bodyLineStart)),
          expected: [' '.repeat(want)]
        };
      }
      const tab = firstTab(ctx.text, entry);
      if (tab !== undefined) {
        yield {
          reason: `The entry \`${label}\` is indented with a tab; use spaces`,
          place: ctx.place(tab, tab + 1)
        };
      }
      for (const stray of strayEntries(entry, text, (name) => ctx.spec.history(name).length > 0)) {
        const indent = indentOf(text, lineStartOf(text, stray.start)).width;
        yield {
          reason: `\`${stray.term}\` is indented ${plural(indent)}, so RST reads it as part of the description of \`${label}\`, not as an entry`,
          place: ctx.place(stray.start, stray.end),
          expected: termIndent === undefined ? undefined : [' '.repeat(termIndent) + stray.term]
        };
      }
      for (let i = 0; i < entry.names.length; i++) {
        const name = entry.names[i];
        const first = seen.get(name);
        if (first !== undefined) {
          yield {
            reason: `\`${name}\` is described twice (first at line ${first})`,
            place: entry.namePlaces[i]
          };
        } else seen.set(name, entry.namePlaces[i].start.line);
      }
    }
  }
};

/** Terms naming members inside an entry's description: entries indented wrongly. */
function strayEntries(entry: FieldEntry, text: string, isKnown: (name: string) => boolean): Array<{term: string; start: number; end: number}> {
  const out: Array<{term: string; start: number; end: number}> = [];
  const stack: RstNode[] = [...entry.description];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definitionListItem') {
      const term = node.children[0];
      const start = term?.position?.start.offset;
      const end = term?.position?.end.offset;
      if (term?.type === 'term' && start !== undefined && end !== undefined) {
        const termText = text.slice(start, end);
        const names = splitTermNames(termText);
        if (termText.trimEnd().endsWith(':') && names.length > 0 && names.every((n) => isKnown(n.name))) {
          out.push({term: termText.trimEnd(), start, end});
        }
      }
    }
    // Block containers only: inline content (parsed lazily) holds no entries.
    if (node.type === 'paragraph' || node.type === 'term' || node.type === 'classifier') continue;
    if ('children' in node && Array.isArray(node.children)) stack.push(...(node.children as RstNode[]));
  }
  return out.sort((a, b) => a.start - b.start);
}

function indentWidthInChars(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - lineStart;
}

/** The first tab in the indentation of the entry's lines (term and description). */
function firstTab(text: string, entry: FieldEntry): number | undefined {
  const start = lineStartOf(text, entry.termPlace.start.offset ?? 0);
  const end = entry.item.position?.end.offset ?? entry.termPlace.end.offset ?? start;
  let lineStart = start;
  while (lineStart < end) {
    for (let i = lineStart; i < text.length && (text[i] === ' ' || text[i] === '\t'); i++) {
      if (text[i] === '\t') return i;
    }
    const next = text.indexOf('\n', lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return undefined;
}

export default rule;
