/**
 * Kernel trees are evidence. Stable kernels carry backports (Debian's 6.1.192
 * has the v6.6-rc3 `tdp_mmu_scheduled_root_to_zap` union under the pre-6.2
 * names `lpage_disallowed*`), so when a tree is at hand the members its
 * headers declare win over the spec's version table. The spec's facts are
 * merged in where the names match (MMU flavour, values, citations), and every
 * disagreement becomes a Drift, reported as an info-level `spec-drift` finding.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {findAggregate, readMembers, stripComments, type CMember} from './c-decl.js';
import type {Cite, FieldFact, ParsedVersion, StructLayout, StructName} from './types.js';
import {compareVersions, formatSpan, mergeSpans, readKernelVersion} from './version.js';
import type {SpecView} from './view.js';

export const MMU_INTERNAL_PATH = 'arch/x86/kvm/mmu/mmu_internal.h';
export const KVM_HOST_PATH = 'arch/x86/include/asm/kvm_host.h';

export interface Drift {
  kind: 'missing-in-tree' | 'missing-in-spec' | 'type-differs';
  /** Member name, or `role.<bit>`. */
  name: string;
  /** The tree's declaration (type, and ` under CONFIG_…` when conditional). */
  tree?: string;
  /** The spec's declaration at the version. */
  spec?: string;
  /** One sentence for an info-level spec-drift finding. */
  message: string;
}

export interface TreeHeaders {
  mmuInternal: string;
  kvmHost: string;
  makefile: string;
}

/** A header without the struct or union the reader needs; `message` is one line. */
export class TreeReadError extends Error {
  override name = 'TreeReadError';
}

/**
 * Reads the top-level Makefile, mmu_internal.h and kvm_host.h of a kernel
 * tree. Undefined when `dir` is not a kernel tree (a file is missing or the
 * Makefile has no VERSION / PATCHLEVEL).
 */
export function readTreeHeaders(dir: string): TreeHeaders | undefined {
  try {
    const makefile = readFileSync(join(dir, 'Makefile'), 'utf8');
    if (!readKernelVersion(makefile)) return undefined;
    return {
      makefile,
      mmuInternal: readFileSync(join(dir, MMU_INTERNAL_PATH), 'utf8'),
      kvmHost: readFileSync(join(dir, KVM_HOST_PATH), 'utf8')
    };
  } catch {
    return undefined;
  }
}

const TREE_CITE: Record<StructName, Cite> = {
  kvm_mmu_page: {source: `kernel tree: ${MMU_INTERNAL_PATH}`},
  kvm_mmu_page_role: {source: `kernel tree: ${KVM_HOST_PATH}`}
};

const STRUCT_TITLE: Record<StructName, string> = {
  kvm_mmu_page: 'struct kvm_mmu_page',
  kvm_mmu_page_role: 'union kvm_mmu_page_role'
};

function declaration(cType: string, config: string | undefined): string {
  return config ? `${cType} under ${config}` : cType;
}

/** The fact of `name` closest to `version` (the last one starting at or before it). */
function nearest(history: readonly FieldFact[], version: ParsedVersion): FieldFact {
  let best = history[0];
  for (const f of history) if (f.since === undefined || compareVersions(f.since, version) <= 0) best = f;
  return best;
}

/** The commit of the change that bounds `name`'s presence: a rename's, else the first fact's own. */
function changeCommit(facts: readonly FieldFact[]): string | undefined {
  for (const f of facts) {
    const c = f.renamedFrom?.cite.commit ?? f.renamedTo?.cite.commit;
    if (c) return c;
  }
  return facts[0]?.cite[0]?.commit;
}

/** Names linked to `name` by renames, with the version of the rename. */
function renameLinks(history: readonly FieldFact[]): Array<{name: string; in: string; newer: boolean}> {
  const links: Array<{name: string; in: string; newer: boolean}> = [];
  for (const f of history) {
    if (f.renamedTo) links.push({name: f.renamedTo.name, in: f.renamedTo.in, newer: true});
    if (f.renamedFrom) links.push({name: f.renamedFrom.name, in: f.renamedFrom.in, newer: false});
  }
  return links;
}

function compare(
  struct: StructName,
  tree: readonly CMember[],
  specFacts: readonly FieldFact[],
  version: ParsedVersion,
  spec: SpecView,
  drift: Drift[]
): FieldFact[] {
  const title = STRUCT_TITLE[struct];
  const bySpec = new Map(specFacts.map((f) => [f.name, f]));
  const inTree = new Set(tree.map((m) => m.name));
  const out: FieldFact[] = [];
  for (const member of tree) {
    const treeDecl = declaration(member.cType, member.config);
    const fact = bySpec.get(member.name);
    const extra = {
      cType: member.cType,
      ...(member.union ? {union: member.union} : {}),
      ...(member.config ? {config: member.config} : {})
    };
    if (fact) {
      const {union: _u, config: _c, values, ...rest} = fact;
      // the spec's value domain holds for the spec's type only
      const kept = values !== undefined && fact.cType === member.cType ? {values} : {};
      out.push({...rest, ...kept, ...extra, cite: [...fact.cite, TREE_CITE[struct]]});
      const specDecl = declaration(fact.cType, fact.config);
      if (specDecl !== treeDecl) {
        drift.push({
          kind: 'type-differs',
          name: member.name,
          tree: treeDecl,
          spec: specDecl,
          message: `the tree declares \`${member.name}\` as \`${member.cType}\`${member.config ? ` under ${member.config}` : ''}, the spec as \`${fact.cType}\`${fact.config ? ` under ${fact.config}` : ''} at ${version.id}`
        });
      }
      continue;
    }
    const history = spec.history(member.name).filter((f) => f.struct === struct);
    if (history.length > 0) {
      const near = nearest(history, version);
      const {since: _s, until: _t, union: _u, config: _c, renamedFrom: _rf, renamedTo: _rt, ...rest} = near;
      out.push({...rest, ...extra, cite: [TREE_CITE[struct], ...near.cite]});
      const spans = mergeSpans(history).map(formatSpan).join(', ');
      const notes = [
        changeCommit(history),
        ...renameLinks(history).map((l) => (l.newer ? `renamed \`${l.name}\` in ${l.in}` : `renamed from \`${l.name}\` in ${l.in}`))
      ].filter((s) => s !== undefined);
      drift.push({
        kind: 'missing-in-spec',
        name: member.name,
        tree: treeDecl,
        message: `the tree's ${title} has \`${member.name}\`, which the spec places ${spans}${notes.length ? ` (${notes.join('; ')})` : ''}, not at ${version.id}`
      });
    } else {
      out.push({
        name: member.name,
        struct,
        ...extra,
        mmu: 'both',
        atomic: /^(atomic|refcount)/.test(member.cType),
        confidence: 'verified',
        cite: [TREE_CITE[struct]]
      });
      drift.push({
        kind: 'missing-in-spec',
        name: member.name,
        tree: treeDecl,
        message: `the tree's ${title} has \`${member.name}\` (\`${member.cType}\`), which the spec does not know in any version`
      });
    }
  }
  for (const fact of specFacts) {
    if (inTree.has(fact.name)) continue;
    const instead = renameLinks(spec.history(fact.name)).find((l) => inTree.has(l.name));
    drift.push({
      kind: 'missing-in-tree',
      name: fact.name,
      spec: declaration(fact.cType, fact.config),
      message:
        `the spec places \`${fact.name}\` in ${title} at ${version.id} (${formatSpan(fact)}), but the tree has no such ${struct === 'kvm_mmu_page' ? 'member' : 'bit'}` +
        (instead ? `; it has \`${instead.name}\`, the name ${instead.newer ? 'from' : 'until'} ${instead.in}` : '')
    });
  }
  return out;
}

/**
 * Reads struct kvm_mmu_page (mmu_internal.h) and union kvm_mmu_page_role
 * (kvm_host.h) from a tree's headers. Members present in the tree win; the
 * spec's layout at `version` supplies flavour, values and citations. Throws
 * TreeReadError when a header lacks the definition.
 */
export function readTreeLayout(
  headers: {mmuInternal: string; kvmHost: string},
  version: ParsedVersion,
  spec: SpecView
): {layout: StructLayout; drift: Drift[]} {
  const structBody = findAggregate(stripComments(headers.mmuInternal), 'struct', 'kvm_mmu_page');
  if (structBody === undefined) throw new TreeReadError(`${MMU_INTERNAL_PATH} has no definition of struct kvm_mmu_page`);
  const roleBody = findAggregate(stripComments(headers.kvmHost), 'union', 'kvm_mmu_page_role');
  if (roleBody === undefined) throw new TreeReadError(`${KVM_HOST_PATH} has no definition of union kvm_mmu_page_role`);

  const treeMembers = readMembers(structBody, 'struct');
  // Role bits: the bit-fields of the anonymous struct, not `u32 word`; no union partners.
  const treeBits = readMembers(roleBody, 'union')
    .filter((m) => m.depth > 0)
    .map(({union: _u, ...m}) => ({...m, name: `role.${m.name}`}));

  const specLayout = spec.layoutAt(version);
  const drift: Drift[] = [];
  const members = compare('kvm_mmu_page', treeMembers, specLayout.members, version, spec, drift);
  const roleBits = compare('kvm_mmu_page_role', treeBits, specLayout.roleBits, version, spec, drift);
  return {layout: {version, source: 'tree', members, roleBits}, drift};
}
