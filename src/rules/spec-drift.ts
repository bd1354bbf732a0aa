/**
 * spec-drift: where a kernel tree's headers and the spec's version table
 * disagree, say so once (info), so the spec can be corrected.
 */
import type {Finding, Rule} from './types.js';

const rule: Rule = {
  id: 'spec-drift',
  description: "The kernel tree's struct kvm_mmu_page or role union differs from the spec's table for its version",
  defaultSeverity: 'info',
  *check(ctx): Iterable<Finding> {
    for (const drift of ctx.evidence?.drift ?? []) {
      yield {reason: drift.message, place: {line: 1, column: 1}};
    }
  }
};

export default rule;
