/** value-domain: claimed values of a member fall outside its domain, or its domain is bigger than an "only" claim says. */
import {semanticsAt, semanticsFor, usable, widthDomain} from '../../spec/locking/index.js';
import {inSpan} from '../../spec/version.js';
import type {Finding, Rule} from '../types.js';
import {claimsOf, holdsElsewhere, note, quote, versionFor} from './util.js';

type Domain = readonly number[] | {min: number; max: number};

function has(d: Domain, x: number): boolean {
  return Array.isArray(d) ? d.includes(x) : x >= (d as {min: number}).min && x <= (d as {max: number}).max;
}
function size(d: Domain): number {
  return Array.isArray(d) ? d.length : (d as {max: number}).max - (d as {min: number}).min + 1;
}
function show(d: Domain): string {
  if (Array.isArray(d)) return d.length === 2 ? `${d[0]} or ${d[1]}` : d.join(', ');
  const r = d as {min: number; max: number};
  return `${r.min}..${r.max}`;
}

/** A claimed range reworded to the domain in the sentence's own words ("from 1 to 4" → "from 1 to 5"). */
function rewordRange(phrase: string, isRange: boolean, domain: unknown): string | undefined {
  const d = domain as {min?: number; max?: number};
  if (!isRange || d.min === undefined || d.max === undefined) return undefined;
  const nums = phrase.match(/\d{1,3}/g);
  if (!nums || nums.length !== 2) return undefined;
  return phrase.replace(/\d{1,3}/, String(d.min)).replace(/(\D)\d{1,3}(\D*)$/, `$1${d.max}$2`);
}

const rule: Rule = {
  id: 'value-domain',
  description: 'Claimed values of a member contradict its value domain (mmu_valid_gen 0 or 1, role.quadrant 0..3, role bit widths)',
  defaultSeverity: 'error',
  *check(ctx): Iterable<Finding> {
    for (const c of claimsOf(ctx, 'values')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      if (!c.subject || c.negated) continue;
      const s = semanticsAt(c.subject, v);
      if (c.change) {
        if (!s?.change || s.change === c.change || !usable(s.valuesConfidence)) continue;
        const elsewhere = holdsElsewhere(v, semanticsFor(c.subject).filter((g) => !inSpan(v, g) && g.change === c.change));
        yield {
          reason: `${quote(c.phrase)} is wrong for ${v.id}: ${s.says}${elsewhere ? ` (the sentence is ${elsewhere})` : ''}`,
          place: c.phrasePlace,
          note: note(s.says, s.cite),
          ...(c.change === 'increment' && /^increment/i.test(c.phrase) ? {expected: [c.phrase.replace(/^increment(s|ed|ing)?/i, (_m, x: string | undefined) => `flip${x === 'ed' ? 'ped' : x === 'ing' ? 'ping' : x ?? ''}`)]} : {}),
        };
        continue;
      }
      let domain: Domain | undefined;
      let exact = false;
      let says = '';
      let cite = s?.cite ?? [];
      if (s?.values && usable(s.valuesConfidence)) {
        domain = s.values;
        exact = true;
        says = s.says;
      } else if (c.subject.startsWith('role.') && v.id === ctx.kernel.id) {
        const bit = ctx.layout.roleBits.find((b) => b.name === c.subject);
        const d = bit ? widthDomain(bit.cType) : undefined;
        if (d && bit) {
          domain = d;
          exact = d.max === 1;
          says = `${c.subject} is a ${bit.cType.split(':')[1]}-bit field (${show(d)})`;
          cite = bit.cite;
        }
      }
      if (!domain) continue;
      if (c.max !== undefined) {
        // "at most 3" / "up to 5 levels": the largest value must be the domain's.
        const top = Array.isArray(domain) ? Math.max(...(domain as number[])) : (domain as {max: number}).max;
        if (c.max === top || c.conditional) continue;
        yield {
          reason: `${quote(c.phrase)} is wrong for ${c.subject}: ${says}, so its largest value is ${top}`,
          place: c.phrasePlace,
          note: note(says, cite),
          expected: [c.phrase.replace(/\b(?:\d{1,3}|zero|one|two|three|four|five|six|seven|eight)\b(?!.*\b(?:\d|zero|one|two|three|four|five|six|seven|eight)\b)/i, String(top))],
        };
        continue;
      }
      const claimed = c.values ?? (c.range ? Array.from({length: c.range.max - c.range.min + 1}, (_x, i) => c.range!.min + i) : []);
      const outside = claimed.filter((x) => !has(domain!, x));
      if (outside.length > 0) {
        const expected = rewordRange(c.phrase, c.range !== undefined, domain);
        yield {
          reason: `${quote(c.phrase)} is outside the values of ${c.subject}: ${says}`,
          place: c.phrasePlace,
          note: note(says, cite),
          ...(expected && expected !== c.phrase ? {expected: [expected]} : {}),
        };
        continue;
      }
      if (c.only && !c.conditional && exact && new Set(claimed).size < size(domain)) {
        const reworded = rewordRange(c.phrase, c.range !== undefined, domain);
        yield {
          reason: `${quote(c.phrase)} leaves out values ${c.subject} can take: ${says}`,
          place: c.phrasePlace,
          note: note(says, cite),
          expected: [reworded && reworded !== c.phrase ? reworded : show(domain)],
        };
      }
    }
  },
};

export default rule;
