/** mmu-flavor: a claim about which MMU (TDP or shadow) uses a member contradicts the spec. */
import {semanticsAt, semanticsFor, usable} from '../../spec/locking/index.js';
import {inSpan} from '../../spec/version.js';
import type {FlavorClaim} from '../../claims/types.js';
import type {Finding, Rule} from '../types.js';
import {claimsOf, holdsElsewhere, note, quote, versionFor} from './util.js';

export function flavorWrong(c: FlavorClaim, spec: 'tdp' | 'shadow' | 'both'): boolean {
  if (c.mmu === 'both') return !c.negated && spec !== 'both';
  const other = c.mmu === 'tdp' ? 'shadow' : 'tdp';
  if (c.negated) return spec === c.mmu || spec === 'both';
  if (c.only) return spec !== c.mmu;
  return spec === other;
}

const NAME = {tdp: 'the TDP MMU', shadow: 'the shadow MMU', both: 'both MMUs'};

const rule: Rule = {
  id: 'mmu-flavor',
  description: 'A claim about which MMU (TDP or shadow) uses a member contradicts the spec',
  defaultSeverity: 'error',
  *check(ctx): Iterable<Finding> {
    for (const c of claimsOf(ctx, 'mmu-flavor')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      if (!c.subject) continue;
      const s = semanticsAt(c.subject, v);
      if (c.aspect === 'generation' && s?.meaningMmu && usable(s.meaningConfidence)) {
        if (!flavorWrong(c, s.meaningMmu)) continue;
        const says = s.meaningSays ?? s.says;
        yield {
          reason: `${quote(c.phrase)} is wrong for ${c.subject}: ${says}`,
          place: c.phrasePlace,
          note: note(says, s.meaningCite ?? s.cite),
        };
        continue;
      }
      if (!s?.mmu || !usable(s.mmuConfidence)) continue;
      if (!flavorWrong(c, s.mmu)) continue;
      const elsewhere = holdsElsewhere(v, semanticsFor(c.subject).filter((g) => !inSpan(v, g) && g.mmu && usable(g.mmuConfidence) && !flavorWrong(c, g.mmu)));
      yield {
        reason: `${quote(c.phrase)} is wrong for ${c.subject}: it is used by ${NAME[s.mmu]}${s.mmu === 'both' ? '' : ' only'}${elsewhere ? ` (the sentence is ${elsewhere})` : ''}`,
        place: c.phrasePlace,
        note: note(s.says, s.cite),
      };
    }
  },
};

export default rule;
