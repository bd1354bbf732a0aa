/** initial-value: a claimed initial value of a root's reference count contradicts the spec (2 since v6.4, 1 before). */
import {initialValuesFor, usable} from '../../spec/locking/index.js';
import {inSpan} from '../../spec/version.js';
import type {Finding, Rule} from '../types.js';
import {claimsOf, holdsElsewhere, note, quote, versionFor} from './util.js';

const WORDS = ['zero', 'one', 'two', 'three'];

const rule: Rule = {
  id: 'initial-value',
  description: 'A claimed initial value (a new TDP MMU root\'s reference count) contradicts the spec',
  defaultSeverity: 'error',
  *check(ctx): Iterable<Finding> {
    for (const c of claimsOf(ctx, 'initial-value')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      if (!c.subject || c.negated) continue;
      const facts = initialValuesFor(c.subject);
      const f = facts.find((g) => inSpan(v, g));
      if (!f || !usable(f.confidence) || f.value === c.value) continue;
      const elsewhere = holdsElsewhere(v, facts.filter((g) => !inSpan(v, g) && g.value === c.value));
      const expected = c.phrase.replace(/\b(?:\d|zero|one|two|three)\b(?=[^\w]*$)/i, (w) => (/\d/.test(w) ? String(f.value) : WORDS[f.value] ?? String(f.value)));
      yield {
        reason: `${quote(c.phrase)} is wrong for ${v.id}: ${f.says}${elsewhere ? ` (the sentence is ${elsewhere})` : ''}`,
        place: c.phrasePlace,
        note: note(f.says, f.cite),
        ...(expected !== c.phrase ? {expected: [expected]} : {}),
      };
    }
  },
};

export default rule;
