/** vcpu-blocking: a claim about whether the fast zap blocks vCPUs contradicts the spec (briefly, under mmu_lock write). */
import {blockingFor, usable} from '../../spec/locking/index.js';
import {inSpan} from '../../spec/version.js';
import type {Finding, Rule} from '../types.js';
import {claimsOf, note, quote, versionFor} from './util.js';

const rule: Rule = {
  id: 'vcpu-blocking',
  description: 'A claim that the fast zap does not block vCPUs at all, or blocks them until it is done',
  defaultSeverity: 'error',
  *check(ctx): Iterable<Finding> {
    for (const c of claimsOf(ctx, 'blocking')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      if (!c.actor) continue;
      const f = blockingFor(c.actor).find((g) => inSpan(v, g));
      if (!f || !usable(f.confidence) || f.blocks === c.blocks) continue;
      const finding: Finding = {
        reason: c.blocks === 'no'
          ? `${quote(c.phrase)} is wrong: the fast zap blocks vCPUs, but only briefly`
          : `${quote(c.phrase)} is wrong: the fast zap blocks vCPUs only briefly, not until it is done`,
        place: c.phrasePlace,
        note: note(f.says, f.cite),
      };
      if (c.blocks === 'no' && /^without\s(?:ever\s)?blocking\s/i.test(c.phrase)) finding.expected = [`${c.phrase} too long`];
      yield finding;
    }
  },
};

export default rule;
