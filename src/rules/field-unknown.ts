/**
 * field-unknown: an entry naming something that is not a member (or role
 * bit) at the target version. Renamed, added or removed members are
 * warnings that say when; names that never existed are errors.
 */
import {closestName, explainAbsence, layoutNames} from './shared/names.js';
import type {Finding, Rule} from './types.js';

const rule: Rule = {
  id: 'field-unknown',
  description: 'An entry names a member or role bit that does not exist at the target version (error when it never existed)',
  defaultSeverity: 'warn',
  *check(ctx): Iterable<Finding> {
    if (!ctx.model) return;
    const present = layoutNames(ctx.layout);
    present.add('role');
    for (const entry of ctx.model.entries) {
      for (let i = 0; i < entry.names.length; i++) {
        const name = entry.names[i];
        if (present.has(name)) continue;
        const absence = explainAbsence(name, ctx.kernel, ctx.layout, ctx.spec);
        const suggestion = absence.replacement ?? closestName(name, present);
        let reason = absence.reason;
        if (!absence.replacement && suggestion) reason += `; did you mean \`${suggestion}\`?`;
        yield {
          reason,
          place: entry.namePlaces[i],
          severity: absence.neverExisted ? 'error' : 'warn',
          note: absence.note,
          expected: suggestion ? [suggestion] : undefined
        };
      }
    }
  }
};

export default rule;
