/** atomicity: a claim that a member is (not) atomic, or of an atomic type, contradicts its C type. */
import {semanticsAt, semanticsFor, usable} from '../../spec/locking/index.js';
import {inSpan} from '../../spec/version.js';
import type {Finding, Rule} from '../types.js';
import {claimsOf, holdsElsewhere, note, quote, versionFor} from './util.js';

const TYPES = new Set(['refcount_t', 'atomic_t', 'atomic64_t', 'int', 'u8', 'unsigned long', 'bool']);

/** "an atomic_t", "an int", "an unsigned long", but "a u8", "a refcount_t", "a bool". */
function article(cType: string): string {
  return /^(?:a|i|unsigned)/.test(cType) ? 'an' : 'a';
}

/** "An u8" → "A u8" after a type was swapped in. */
function fixArticle(phrase: string, cType: string): string {
  const want = article(cType);
  return phrase.replace(new RegExp(`\\b(an?)(\\s+)(?=${cType.replace(' ', '\\s+')}\\b)`, 'i'), (_m, a: string, sp: string) =>
    (a[0] === 'A' ? want[0].toUpperCase() + want.slice(1) : want) + sp
  );
}

function claimedAtomic(c: {atomic: boolean; negated: boolean}): boolean {
  return c.atomic !== c.negated;
}

const rule: Rule = {
  id: 'atomicity',
  description: 'A claim that a member is atomic (or not), or of some atomic type, contradicts its C type',
  defaultSeverity: 'error',
  *check(ctx): Iterable<Finding> {
    for (const c of claimsOf(ctx, 'atomicity')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      if (!c.subject) continue;
      const s = semanticsAt(c.subject, v);
      if (!s || s.atomic === undefined || !usable(s.confidence)) continue;
      const claimed = c.atomic !== c.negated;
      if (s.absent) {
        // "tdp_mmu_root_count is a refcount_t" before the member existed.
        if (c.negated || claimedAtomic(c) === s.atomic && (!c.cType || c.cType === s.cType)) continue;
        yield {reason: `${quote(c.phrase)} is wrong for ${v.id}: ${s.says}`, place: c.phrasePlace, note: note(s.says, s.cite)};
        continue;
      }
      if (c.cType && !c.negated && s.cType && TYPES.has(c.cType) && TYPES.has(s.cType) && c.cType !== s.cType) {
        yield {
          reason: `${c.subject} is not ${article(c.cType)} ${c.cType}: it is ${article(s.cType)} ${s.cType}${s.atomic ? '' : ' and not atomic'}`,
          place: c.phrasePlace,
          note: note(s.says, s.cite),
          expected: [fixArticle(c.phrase.replace(c.cType === 'int' ? /\b(?:int|integer)\b/ : new RegExp(`\\b${c.cType.replace(' ', '\\s+')}\\b`, 'i'), s.cType), s.cType)],
        };
        continue;
      }
      // "a refcount_t, not an atomic_t": a negated type says nothing about atomicity.
      if (c.cType && c.negated) continue;
      if (claimed === s.atomic) continue;
      const elsewhere = holdsElsewhere(v, semanticsFor(c.subject).filter((g) => !inSpan(v, g) && g.atomic === claimed));
      yield {
        reason: `${quote(c.phrase)} is wrong for ${c.subject}: ${s.says}${elsewhere ? ` (the sentence is ${elsewhere})` : ''}`,
        place: c.phrasePlace,
        note: note(s.says, s.cite),
      };
    }
  },
};

export default rule;
