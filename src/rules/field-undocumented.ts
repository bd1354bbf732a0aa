/**
 * field-undocumented: a member of struct kvm_mmu_page (or a role bit) at the
 * target version that has no entry in the field list.
 */
import {formatSpan} from '../spec/version.js';
import type {FieldFact} from '../spec/types.js';
import {documentedNames, formatCite, structOf} from './shared/names.js';
import type {Finding, Rule} from './types.js';

function describe(fact: FieldFact): string {
  const details = [fact.cType];
  if (fact.union && fact.union.length > 0) {
    details.push(`in a union with ${fact.union.map((n) => `\`${n}\``).join(', ')}`);
  }
  if (fact.config) details.push(`${fact.config} only`);
  return details.join(', ');
}

const rule: Rule = {
  id: 'field-undocumented',
  description: 'A member of struct kvm_mmu_page or a role bit at the target version has no entry in the field list',
  defaultSeverity: 'warn',
  needsWholeFile: true,
  *check(ctx): Iterable<Finding> {
    if (!ctx.model) {
      yield {
        reason: 'No shadow-page field list found (a definition list of struct kvm_mmu_page members, e.g. under "Shadow pages contain the following information:")',
        place: {line: 1, column: 1}
      };
      return;
    }
    const documented = documentedNames(ctx.model.entries);
    const ignore = new Set(Array.isArray(ctx.options.ignore) ? (ctx.options.ignore as unknown[]).map(String) : []);
    const place = ctx.model.leadIn?.place ?? ctx.model.list.position ?? {line: 1, column: 1};
    const where = ctx.layout.source === 'tree' ? `${ctx.kernel.id} (kernel tree)` : ctx.kernel.id;
    for (const fact of [...ctx.layout.members, ...ctx.layout.roleBits]) {
      if (documented.has(fact.name) || ignore.has(fact.name)) continue;
      const kind = fact.struct === 'kvm_mmu_page_role' ? 'bit' : 'member';
      const span = formatSpan(fact);
      yield {
        reason: `\`${fact.name}\` (${describe(fact)}), a ${kind} of ${structOf(fact.name)} at ${where}, has no entry`,
        place,
        note: [fact.since ? `\`${fact.name}\` exists ${span}` : '', formatCite(fact.cite)].filter(Boolean).join('; ') || undefined
      };
    }
  }
};

export default rule;
