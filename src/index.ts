/**
 * mmu-doc-lint's public API: the unified plugins and `lint()`.
 *
 *   import {lint} from 'mmu-doc-lint';
 *   const [file] = lint(text, {kernel: 'v6.9'});
 *   for (const m of file.messages) console.log(m.line, m.column, m.reason);
 */
export {lint, mmuDocLint, getSpec, resolveKernel, type LintOptions, type RuleSetting} from './lint.js';
export {rstParse, parseRst} from './rst/index.js';
export {findFields} from './fields/index.js';
export {extractClaims} from './claims/index.js';
export {rules, getRule, ruleIds} from './rules/index.js';
export type {Finding, Rule, RuleContext, Severity} from './rules/types.js';
export type {FieldEntry, FieldModel} from './fields/types.js';
export type {Claim} from './claims/types.js';
export {parseVersion} from './spec/version.js';
export type {FieldFact, ParsedVersion, StructLayout, Version} from './spec/types.js';
