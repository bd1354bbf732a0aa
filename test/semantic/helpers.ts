import assert from 'node:assert/strict';
import {test} from 'node:test';
import {lint} from '../../src/index.js';

export const SEMANTIC = new Set(['lock-mode', 'lock-name', 'atomicity', 'value-domain', 'vcpu-blocking', 'mmu-flavor', 'initial-value', 'field-nature']);

/** A one-entry field list document. */
export function doc(term: string, description: string): string {
  const other = term === 'spt' ? 'gfn' : 'spt';
  return `Shadow pages contain the following information:\n  ${term}:\n    ${description.split('\n').join('\n    ')}\n  ${other}:\n    Set when the page is created.\n`;
}

export interface Msg {
  rule: string;
  reason: string;
  place: string;
  fatal: boolean | null | undefined;
  note: string | undefined;
  expected: string[] | undefined;
}

export function semantic(text: string, kernel: string): Msg[] {
  const [file] = lint(text, {kernel});
  return file.messages
    .filter((m) => SEMANTIC.has(m.ruleId ?? ''))
    .map((m) => ({
      rule: m.ruleId!,
      reason: m.reason,
      place: `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : ''}`,
      fatal: m.fatal,
      note: m.note,
      expected: m.expected as string[] | undefined,
    }));
}

export function rulesOf(term: string, description: string, kernel: string): string[] {
  return semantic(doc(term, description), kernel).map((m) => m.rule);
}

export type SemanticRule = 'lock-mode' | 'lock-name' | 'atomicity' | 'value-domain' | 'vcpu-blocking' | 'mmu-flavor' | 'initial-value' | 'field-nature';
/** `ok`: no semantic finding; otherwise exactly these rules fire. */
export type Want = 'ok' | SemanticRule | SemanticRule[];
export type PhrasingRow = [kernel: string, entry: string, sentence: string, want: Want];
export type KnownMiss = [kernel: string, entry: string, sentence: string];

/** One test per judged statement: exactly the expected semantic rules fire at that kernel. */
export function phrasingTests(rows: readonly PhrasingRow[]): void {
  for (const [kernel, entry, sentence, want] of rows) {
    test(`${Array.isArray(want) ? want.join('+') : want} @${kernel} ${entry}: ${sentence}`, () => {
      const rules = [...new Set(rulesOf(entry, sentence, kernel))].sort();
      assert.deepEqual(rules, want === 'ok' ? [] : Array.isArray(want) ? [...want].sort() : [want]);
    });
  }
}

/** Wrong statements not caught yet: pinned as silent, so a fix shows up here. */
export function knownMissTests(rows: readonly KnownMiss[]): void {
  for (const [kernel, entry, sentence] of rows) {
    test(`known miss @${kernel} ${entry}: ${sentence}`, () => {
      assert.deepEqual(rulesOf(entry, sentence, kernel), []);
    });
  }
}
