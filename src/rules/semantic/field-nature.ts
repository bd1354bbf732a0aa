/** field-nature: what a member is (ptep is a pointer to the parent SPTE, not a reverse map; which members share a union). */
import {semanticsAt, usable} from '../../spec/locking/index.js';
import {compareVersions} from '../../spec/version.js';
import type {Finding, Rule} from '../types.js';
import {claimsOf, note, quote, versionFor} from './util.js';

const rule: Rule = {
  id: 'field-nature',
  description: 'A claim about what a member is (reverse map, pointer to the parent SPTE, union partner) contradicts the spec',
  defaultSeverity: 'error',
  *check(ctx): Iterable<Finding> {
    const initialValueSentences = new Set(claimsOf(ctx, 'initial-value').map((c) => c.place.start.offset));
    for (const c of claimsOf(ctx, 'ref-holders')) {
      const v = versionFor(c, ctx.kernel);
      if (!v || !c.subject) continue;
      // "Initialize the refcount to two; one for the vCPU, one for the TDP MMU": initial-value already judges the sentence.
      if (!c.only && c.holders.includes('tdp-mmu') && initialValueSentences.has(c.place.start.offset)) continue;
      const s = semanticsAt(c.subject, v);
      if (!s?.refHolders || !usable(s.confidence)) continue;
      if (c.only) {
        if (c.negated) continue;
        const missing = s.refHolders.filter((a) => !c.holders.includes(a));
        if (missing.length === 0) continue;
      } else if (c.negated) {
        // "Root iterators never take a reference": they do.
        if (!c.holders.some((a) => s.refHolders!.includes(a))) continue;
      } else if (c.holders.every((a) => s.refHolders!.includes(a))) {
        continue;
      }
      const says = s.refHoldersSays ?? s.says;
      yield {
        reason: `${quote(c.phrase)} is wrong: ${says}`,
        place: c.phrasePlace,
        note: note(says, s.cite),
      };
    }
    for (const c of claimsOf(ctx, 'field-nature')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      if (!c.subject) continue;
      if (c.existsOn !== undefined) {
        const s = semanticsAt(c.subject, v);
        if (c.negated || !s?.onlyOn || s.onlyOn === c.existsOn || !usable(s.confidence)) continue;
        yield {
          reason: `${quote(c.phrase)} is wrong for ${c.subject}: ${s.says}`,
          place: c.phrasePlace,
          note: note(s.says, s.cite),
        };
        continue;
      }
      if (c.unionWith) {
        if (c.negated || compareVersions(v, ctx.kernel) !== 0) continue;
        const member = ctx.layout.members.find((m) => m.name === c.subject);
        const partner = ctx.layout.members.find((m) => m.name === c.unionWith);
        if (member && !partner && ctx.spec.allNames().includes(c.unionWith)) {
          // "reused as tdp_mmu_scheduled_root_to_zap" before that member existed.
          // Not judged where the partner's arrival is not pinned down (tdp_mmu_root_count at v5.12).
          const ps = semanticsAt(c.unionWith, v);
          if (ps && !usable(ps.confidence)) continue;
          const first = ctx.spec.history(c.unionWith)[0];
          const since = first?.since && usable(first.confidence) ? ` (it was added in ${first.since})` : first?.since ? ' (it was added later)' : '';
          const with_ = member.union?.length ? `${c.subject} shares storage with ${member.union.join(', ')}` : `${c.subject} is not in a union`;
          yield {
            reason: `${quote(c.phrase)} is wrong for ${v.id}: struct kvm_mmu_page has no member ${c.unionWith} at ${v.id}${since}; ${with_}`,
            place: c.phrasePlace,
            note: note(`struct kvm_mmu_page at ${v.id}: ${with_}`, member.cite),
          };
          continue;
        }
        if (!member || !partner || member.union?.includes(c.unionWith)) continue;
        const with_ = member.union?.length ? `it shares storage with ${member.union.join(', ')}` : 'it is not in a union';
        yield {
          reason: `${quote(c.phrase)} is wrong for ${v.id}: ${c.subject} is not in a union with ${c.unionWith}; ${with_}`,
          place: c.phrasePlace,
          note: note(`struct kvm_mmu_page at ${v.id}: ${with_}`, member.cite),
        };
        continue;
      }
      const s = semanticsAt(c.subject, v);
      if (!s || !c.nature || !usable(s.confidence)) continue;
      const wrong = c.negated ? s.natureIs?.includes(c.nature) : s.natureIsNot?.includes(c.nature);
      if (!wrong) continue;
      yield {
        reason: `${quote(c.phrase)} is wrong for ${c.subject}: ${s.says}`,
        place: c.phrasePlace,
        note: note(s.says, s.cite),
      };
    }
  },
};

export default rule;
