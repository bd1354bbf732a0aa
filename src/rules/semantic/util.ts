/** Helpers shared by the semantic rules. */
import type {Claim} from '../../claims/types.js';
import type {RuleContext} from '../types.js';
import {compareVersions} from '../../spec/version.js';
import {formatCites} from '../../spec/locking/index.js';
import type {Cite, ParsedVersion, Span} from '../../spec/types.js';

export function claimsOf<K extends Claim['kind']>(ctx: RuleContext, kind: K): Extract<Claim, {kind: K}>[] {
  return ctx.claims().filter((c): c is Extract<Claim, {kind: K}> => c.kind === kind && !c.uncertain);
}

export function note(says: string, cite: readonly Cite[]): string {
  return `${capital(says)} (${formatCites(cite)}).`;
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "true until v6.9" / "true since v6.9" for the span where a claim holds, relative to `v`. */
export function holdsElsewhere(v: ParsedVersion, spans: readonly Span[]): string | undefined {
  for (const s of spans) {
    if (s.until && compareVersions(s.until, v) <= 0) return `true until ${s.until}`;
    if (s.since && compareVersions(s.since, v) > 0) return `true since ${s.since}`;
  }
  return undefined;
}

export function quote(s: string): string {
  return `"${s.replace(/\s+/g, ' ')}"`;
}

/** Swaps read ↔ write words in a lock phrase. */
export function swapMode(phrase: string, to: 'read' | 'write'): string | undefined {
  const from = to === 'read' ? 'write' : 'read';
  const map: [RegExp, string][] = to === 'read'
    ? [[/\bwriting\b/g, 'reading'], [/\bwrite\b/g, 'read'], [/\bWrite\b/g, 'Read'], [/\bexclusively\b/g, 'shared'], [/\bexclusive\b/g, 'shared']]
    : [[/\breading\b/g, 'writing'], [/\bread\b/g, 'write'], [/\bRead\b/g, 'Write'], [/\bshared\b/g, 'exclusively']];
  let out = phrase;
  for (const [re, rep] of map) out = out.replace(re, rep);
  void from;
  return out === phrase ? undefined : out;
}
