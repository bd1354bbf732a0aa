/** The rule registry. */
import fieldFormat from './field-format.js';
import fieldUndocumented from './field-undocumented.js';
import fieldUnknown from './field-unknown.js';
import identifierUnknown from './identifier-unknown.js';
import seeDangling from './see-dangling.js';
import specDrift from './spec-drift.js';
import {semanticRules} from './semantic/index.js';
import {suppressionRules} from '../suppress/rules.js';
import type {Rule} from './types.js';

export type {Finding, FindingSeverity, Rule, RuleContext, Severity} from './types.js';

export const rules: readonly Rule[] = [
  fieldUndocumented,
  fieldUnknown,
  identifierUnknown,
  seeDangling,
  fieldFormat,
  specDrift,
  ...semanticRules,
  ...suppressionRules
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

export function ruleIds(): string[] {
  return rules.map((rule) => rule.id);
}
