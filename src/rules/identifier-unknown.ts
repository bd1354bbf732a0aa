/**
 * identifier-unknown: a member-like identifier inside a description
 * (`snake_case`, `role.x`, `sp->field`) that is not a member at the target
 * version but is close to one, or is one under another name in another
 * version.
 */
import {closestName, explainAbsence, layoutNames} from './shared/names.js';
import type {Finding, Rule} from './types.js';

/** Identifiers with `.` or `->` paths; the separator is not an identifier character, so this is linear. */
const IDENT = /[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|->)[A-Za-z_][A-Za-z0-9_]*)*/g;
/** Bases of `x->field` that are shadow pages. */
const PAGE_BASE = /^(?:[a-z]+_)?sp\d*$|^(?:root|parent|child)(?:_sp)?$/;

/** [A-Za-z0-9_$] */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
}

interface Candidate {
  name: string;
  start: number;
}

/** Member-like names in a text, with their offsets. */
export function memberCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  IDENT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = IDENT.exec(text))) {
    const token = match[0];
    const start = match.index;
    // Not part of a longer word or path (e.g. `efer.nx`, `cr4.smep`).
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
    if (token.startsWith('role.')) {
      const bit = token.split(/\.|->/)[1];
      out.push({name: `role.${bit}`, start});
      continue;
    }
    const arrow = token.indexOf('->');
    if (arrow > 0) {
      const base = token.slice(0, arrow);
      if (!PAGE_BASE.test(base)) continue;
      const member = token.slice(arrow + 2).split(/\.|->/)[0];
      out.push({name: member, start: start + arrow + 2});
      continue;
    }
    if (token.includes('.') || !token.includes('_') || token.startsWith('_')) continue;
    out.push({name: token, start});
  }
  return out;
}

const rule: Rule = {
  id: 'identifier-unknown',
  description: 'An identifier in a description looks like a member but is not one at the target version (did you mean …?)',
  defaultSeverity: 'warn',
  *check(ctx): Iterable<Finding> {
    if (!ctx.model) return;
    const present = layoutNames(ctx.layout);
    present.add('role');
    present.add('role.word');
    for (const entry of ctx.model.entries) {
      for (const candidate of memberCandidates(entry.text.text)) {
        const {name} = candidate;
        if (present.has(name)) continue;
        const place = entry.text.position(candidate.start, candidate.start + name.length);
        const known = ctx.spec.history(name).length > 0;
        if (known) {
          const absence = explainAbsence(name, ctx.kernel, ctx.layout, ctx.spec);
          yield {
            reason: absence.reason,
            place,
            note: absence.note,
            expected: absence.replacement ? [absence.replacement] : undefined
          };
          continue;
        }
        const suggestion = closestName(name, present);
        if (!suggestion) continue;
        const owner = name.startsWith('role.') ? 'a role bit' : 'a member of struct kvm_mmu_page';
        yield {
          reason: `\`${name}\` is not ${owner}; did you mean \`${suggestion}\`?`,
          place,
          expected: [suggestion]
        };
      }
    }
  }
};

export default rule;
