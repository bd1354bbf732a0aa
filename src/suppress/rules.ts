/**
 * The rules of suppression comments themselves. `suppression-reason` checks
 * each comment (a reason after ` -- `, a known verb and rule ids);
 * `suppression-unused` is computed by the suppression pass (src/suppress/
 * index.ts), which needs every other rule's findings: its check is empty and
 * it is registered so it can be configured, listed and explained.
 */
import {ruleIds} from '../rules/index.js';
import type {Finding, Rule} from '../rules/types.js';
import {findDirectives, MARK, VERBS} from './directives.js';

export const suppressionReason: Rule = {
  id: 'suppression-reason',
  description: 'A suppression comment (.. mmu-doc-lint: disable …) has no "-- reason", an unknown verb, or an unknown rule id',
  defaultSeverity: 'warn',
  *check(ctx): Iterable<Finding> {
    if (!ctx.text.includes(MARK)) return;
    const known = new Set(ruleIds());
    for (const directive of findDirectives(ctx.tree)) {
      const position = directive.node.position;
      if (!position) continue;
      if (!directive.verb) {
        yield {
          reason: `Unknown suppression verb \`${directive.word}\`: expected ${VERBS.map((v) => `\`${v}\``).join(', ')}`,
          place: position
        };
        continue;
      }
      for (const id of directive.ruleIds) {
        if (!known.has(id)) yield {reason: `Suppression names an unknown rule \`${id}\``, place: position};
      }
      if (directive.verb !== 'enable' && directive.reason === undefined) {
        yield {
          reason: 'Suppression without a reason: add ` -- <why the finding is wrong here>`',
          place: position
        };
      }
    }
  }
};

export const suppressionUnused: Rule = {
  id: 'suppression-unused',
  description: 'A suppression comment silences no finding (stale after a fix or a rule change)',
  defaultSeverity: 'warn',
  *check(): Iterable<Finding> {
    // Computed by the suppression pass after every rule has run.
  }
};

export const suppressionRules: readonly Rule[] = [suppressionReason, suppressionUnused];
