/**
 * Finds the shadow-page field list of mmu.rst and turns each entry into a
 * FieldEntry.
 *
 * In mmu.rst the list is the definition list nested under the lead-in
 * "Shadow pages contain the following information:" (which docutils parses as
 * the term of an outer definition list, since the list follows it without a
 * blank line). A reworded lead-in still works: every definition list is
 * scored by how many of its terms look like struct members, known members
 * counting more, and the lead-in only breaks ties.
 */
import type {Position} from 'unist';
import {location} from 'vfile-location';
import type {
  Definition,
  DefinitionList,
  DefinitionListItem,
  RstNode,
  RstRoot,
  Term
} from '../rst/types.js';
import {MappedText, type Locator} from '../util/mapped-text.js';
import type {FieldEntry, FieldModel} from './types.js';

export type {FieldEntry, FieldModel} from './types.js';

/** A term naming members: `gfn:`, `role.level:`, `root_count / tdp_mmu_root_count:`. */
const NAME = /^(?:role\.)?[A-Za-z_][A-Za-z0-9_]*$/;
const LEAD_IN = /\b(?:shadow pages?|kvm_mmu_page)\b.*\b(?:contain|information|fields?|members?)\b/i;

export interface FindFieldsOptions {
  /** Names known in any version: entries naming them weigh more when choosing the list. */
  isKnownName?: (name: string) => boolean;
  locator?: Locator;
}

/** Splits a term's text into member names, with their offsets in the term text. */
export function splitTermNames(term: string): Array<{name: string; start: number}> {
  let body = term;
  // Drop the trailing colon and whitespace.
  let end = body.length;
  while (end > 0 && /\s/.test(body[end - 1])) end--;
  if (end > 0 && body[end - 1] === ':') end--;
  body = body.slice(0, end);
  const names: Array<{name: string; start: number}> = [];
  const re = /[^\s/,]+/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(body))) {
    const word = match[0];
    if (word === 'and' || word === 'or') continue;
    names.push({name: word, start: match.index});
  }
  return names;
}

function isMemberLike(termText: string): boolean {
  const names = splitTermNames(termText);
  return names.length > 0 && names.every((n) => NAME.test(n.name));
}

function sliceOf(text: string, node: {position?: Position}): string {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return '';
  return text.slice(p.start.offset, p.end.offset);
}

const INLINE_PARENTS = new Set(['paragraph', 'title', 'term', 'classifier', 'fieldName']);

function* definitionLists(node: RstNode): Generator<{list: DefinitionList; parent?: DefinitionListItem}> {
  const stack: Array<{node: RstNode; parent?: DefinitionListItem}> = [{node}];
  while (stack.length > 0) {
    const {node: current, parent} = stack.pop()!;
    if (current.type === 'definitionList') yield {list: current, parent};
    // Block containers only: inline content (parsed lazily) holds no lists.
    if (INLINE_PARENTS.has(current.type)) continue;
    if ('children' in current && Array.isArray(current.children)) {
      const owner = current.type === 'definitionListItem' ? current : current.type === 'definition' ? parent : undefined;
      for (let i = current.children.length - 1; i >= 0; i--) {
        stack.push({node: current.children[i] as RstNode, parent: owner});
      }
    }
  }
}

function termOf(item: DefinitionListItem): Term | undefined {
  const first = item.children[0];
  return first && first.type === 'term' ? first : undefined;
}

function definitionOf(item: DefinitionListItem): Definition | undefined {
  const last = item.children[item.children.length - 1];
  return last && last.type === 'definition' ? last : undefined;
}

/**
 * Finds the field list in a parsed document. Returns undefined when the
 * document has none.
 */
export function findFields(tree: RstRoot, text: string, options: FindFieldsOptions = {}): FieldModel | undefined {
  const isKnown = options.isKnownName ?? (() => false);
  let best: {list: DefinitionList; parent?: DefinitionListItem; score: number; leadIn: boolean} | undefined;
  for (const {list, parent} of definitionLists(tree)) {
    let memberLike = 0;
    let known = 0;
    for (const item of list.children) {
      const term = termOf(item);
      if (!term) continue;
      const termText = sliceOf(text, term);
      if (!isMemberLike(termText)) continue;
      memberLike++;
      if (splitTermNames(termText).some((n) => isKnown(n.name))) known++;
    }
    const leadInText = parent ? sliceOf(text, termOf(parent) ?? {}) : '';
    const leadIn = LEAD_IN.test(leadInText);
    // A field list: mostly member-like terms, and some known or a lead-in
    // (with a lead-in, one entry is enough: a patch may add the first).
    if (memberLike < (leadIn ? 1 : 2) || memberLike * 2 < list.children.length) continue;
    if (known === 0 && !leadIn) continue;
    const score = memberLike + known * 2 + (leadIn ? 1000 : 0);
    if (!best || score > best.score) best = {list, parent, score, leadIn};
  }
  if (!best) return undefined;

  const locator = options.locator ?? location(text);
  const entries: FieldEntry[] = [];
  for (const item of best.list.children) {
    const entry = toEntry(item, text, locator);
    if (entry) entries.push(entry);
  }
  const model: FieldModel = {list: best.list, entries};
  const leadTerm = best.parent ? termOf(best.parent) : undefined;
  if (leadTerm?.position) model.leadIn = {text: sliceOf(text, leadTerm), place: leadTerm.position};
  return model;
}

function pointAt(locator: Locator, offset: number) {
  const p = locator.toPoint(offset);
  return {line: p?.line ?? 1, column: p?.column ?? 1, offset};
}

function toEntry(item: DefinitionListItem, text: string, locator: Locator): FieldEntry | undefined {
  const term = termOf(item);
  if (!term?.position) return undefined;
  const termStart = term.position.start.offset ?? 0;
  const termText = sliceOf(text, term);
  const parts = splitTermNames(termText);
  const names = parts.map((p) => p.name);
  const namePlaces = parts.map((p) => ({
    start: pointAt(locator, termStart + p.start),
    end: pointAt(locator, termStart + p.start + p.name.length)
  }));
  const definition = definitionOf(item);
  return {
    names,
    namePlaces,
    termText,
    termPlace: term.position,
    term,
    item,
    definition,
    description: definition?.children ?? [],
    text: descriptionText(definition, text, locator)
  };
}

/** The description's lines without indentation, blank lines kept, mapped back to the file. */
function descriptionText(definition: Definition | undefined, text: string, locator: Locator): MappedText {
  const p = definition?.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) {
    return new MappedText('', [], locator);
  }
  const ranges: Array<[number, number]> = [];
  let lineStart = p.start.offset;
  // Back up to the start of the first line.
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const end = p.end.offset;
  while (lineStart < end) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    let first = lineStart;
    while (first < lineEnd && (text[first] === ' ' || text[first] === '\t')) first++;
    ranges.push([first, Math.min(lineEnd, Math.max(end, first))]);
    lineStart = lineEnd;
    if (text[lineStart] === '\r') lineStart++;
    if (text[lineStart] === '\n') lineStart++;
  }
  return MappedText.fromRanges(text, ranges, locator);
}
