/**
 * Helpers the structure rules share: what the field list documents, what a
 * name was in other versions, and the closest member to a misspelt name.
 */
import type {FieldEntry} from '../../fields/types.js';
import {formatSpan, mergeSpans} from '../../spec/version.js';
import {editDistance} from '../../util/edit-distance.js';

export {editDistance};
import type {Cite, ParsedVersion, StructLayout} from '../../spec/types.js';
import type {SpecView} from '../../spec/view.js';

export function layoutNames(layout: StructLayout): Set<string> {
  const names = new Set<string>();
  for (const fact of layout.members) names.add(fact.name);
  for (const fact of layout.roleBits) names.add(fact.name);
  return names;
}

/** Names with an entry; `role` counts as documented when any `role.*` is. */
export function documentedNames(entries: readonly FieldEntry[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    for (const name of entry.names) {
      names.add(name);
      if (name.startsWith('role.')) names.add('role');
    }
  }
  return names;
}

function citeList(cite: readonly Cite[] | Cite | undefined): Cite[] {
  const list = cite === undefined ? [] : Array.isArray(cite) ? [...cite] : [cite as Cite];
  // Commits first: they are what a reviewer can look up.
  return list.sort((a, b) => Number(Boolean(b.commit)) - Number(Boolean(a.commit)));
}

/** Full citations for a note: `6a97575d5cff ("subject"); source`; at most `max`. */
export function formatCite(cite: readonly Cite[] | Cite | undefined, max = 2): string {
  return citeList(cite)
    .slice(0, max)
    .map((c) => (c.commit ? `${c.commit.slice(0, 12)} ("${c.source}")` : c.source))
    .join('; ');
}

/** ` (6a97575d5cff)` when a commit is known, else nothing: for reasons. */
export function commitSuffix(cite: readonly Cite[] | Cite | undefined): string {
  const commit = citeList(cite).find((c) => c.commit)?.commit;
  return commit ? ` (${commit.slice(0, 12)})` : '';
}

/** The closest name to `name` within a distance that scales with its length. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const max = name.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    // role bits only match role bits, members only members.
    if (candidate.startsWith('role.') !== name.startsWith('role.')) continue;
    const distance = editDistance(name, candidate, max);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= max ? best : undefined;
}

export interface Absence {
  /** One sentence: what the name is at the target version. */
  reason: string;
  note?: string;
  /** The name to use instead, when there is one. */
  replacement?: string;
  /** True when no version of the spec knows the name. */
  neverExisted: boolean;
}

function what(name: string): string {
  return name.startsWith('role.') ? 'role bit' : 'member';
}

/**
 * Explains why `name` is not in the layout of the target version, using the
 * spec's history of the name: renamed, added later, removed.
 */
export function explainAbsence(name: string, kernel: ParsedVersion, layout: StructLayout, spec: SpecView): Absence {
  const history = spec.history(name);
  const inTree = layout.source === 'tree';
  const where = inTree ? "the kernel tree's headers" : kernel.id;
  if (history.length === 0) {
    return {
      reason: `\`${name}\` is not a ${what(name)} of ${structOf(name)} in any version from ${spec.oldest.id} to ${spec.newest.id}`,
      neverExisted: true
    };
  }
  const present = layoutNames(layout);
  const renamedTo = history.find((f) => f.renamedTo)?.renamedTo;
  if (renamedTo && present.has(renamedTo.name)) {
    return {
      reason: `\`${name}\` was renamed \`${renamedTo.name}\` in ${renamedTo.in}${commitSuffix(renamedTo.cite)}`,
      note: `At ${where} the ${what(name)} is \`${renamedTo.name}\`. Source: ${formatCite(renamedTo.cite)}.`,
      replacement: renamedTo.name,
      neverExisted: false
    };
  }
  const renamedFrom = history.find((f) => f.renamedFrom)?.renamedFrom;
  if (renamedFrom && present.has(renamedFrom.name)) {
    return {
      reason: `\`${name}\` is the ${renamedFrom.in} name of \`${renamedFrom.name}\`; at ${where} the ${what(name)} is still \`${renamedFrom.name}\``,
      note: `Renamed in ${renamedFrom.in}. Source: ${formatCite(renamedFrom.cite)}.`,
      replacement: renamedFrom.name,
      neverExisted: false
    };
  }
  const spans = mergeSpans(history)
    .map((span) => formatSpan(span))
    .join(', ');
  const approximate = history.some((f) => f.confidence === 'unverified' || f.confidence === 'inferred');
  return {
    reason: `\`${name}\` is not a ${what(name)} of ${structOf(name)} at ${where}; it exists ${spans}${approximate ? ' (release approximate)' : ''}`,
    note: formatCite(history[history.length - 1].cite) || undefined,
    neverExisted: false
  };
}

export function structOf(name: string): string {
  return name.startsWith('role.') ? 'union kvm_mmu_page_role' : 'struct kvm_mmu_page';
}
