/**
 * What the documented members are and mean: atomicity from the C type, value
 * domains, which MMU uses them, what they point at, initial values, and
 * whether the fast zap blocks vCPUs.
 * Facts file: Top-10 #2, #3, #4; (a.1), (a.2), (b), (c.3), (c.5), (e).
 */
import {K_HOST, K_MI, K_MMU, K_TDP, REFCOUNT_2, REFCOUNT_ATOMIC, SINGLE_GEN, SYNC_ZAP, T_MI_510, T_TDP_511} from './cites.js';
import type {BlockingFact, FieldSemantics, InitialValueFact} from './types.js';

const T_MI_60 = {commit: '6a97575d5cff', source: 'KVM: x86/mmu: Cache the access bits of shadowed translations'};

export const fieldSemantics: readonly FieldSemantics[] = [
  {
    // v5.10/v5.11: no refcount_t yet; the TDP MMU counts roots in the plain int root_count under the spinlock.
    name: 'tdp_mmu_root_count', since: 'v5.10', until: 'v5.12', absent: true, cType: 'int', atomic: false,
    confidence: 'verified', cite: [T_MI_510, T_TDP_511],
    refHolders: ['vcpu', 'root-walker'],
    refHoldersSays: 'before v5.12 references to a TDP MMU root (the plain int root_count) are held by the vCPUs using it and by root walkers (kvm_mmu_get_root / kvm_mmu_put_root); the TDP MMU keeps no reference of its own',
    says: 'before v5.12 there is no tdp_mmu_root_count and no refcount_t: TDP MMU roots are counted in the plain int root_count (starting at 1), changed under the mmu_lock spinlock',
  },
  {
    // The refcount_t union (11cccf5c0472) was released around v5.13 [unverified]: nothing is judged at v5.12.
    name: 'tdp_mmu_root_count', since: 'v5.12', until: 'v5.13', mmu: 'tdp', mmuConfidence: 'unverified', cType: 'refcount_t', atomic: true,
    natureIs: ['refcount'], confidence: 'unverified', cite: [REFCOUNT_ATOMIC],
    says: 'tdp_mmu_root_count (refcount_t) was added around v5.13; the exact release is not pinned down',
  },
  {
    name: 'tdp_mmu_root_count', since: 'v5.13', until: 'v6.4', mmu: 'tdp', mmuConfidence: 'verified', cType: 'refcount_t', atomic: true,
    natureIs: ['refcount'], confidence: 'verified', cite: [K_MI, T_TDP_511, REFCOUNT_2],
    refHolders: ['vcpu', 'root-walker'],
    refHoldersSays: 'before v6.4 references to a TDP MMU root are held by the vCPUs using it and by root walkers (the yield-safe iterators); the TDP MMU keeps no reference of its own, so a valid root is freed when its last user puts it',
    says: 'tdp_mmu_root_count is an atomic refcount_t (not an atomic_t) used only by the TDP MMU',
  },
  {
    name: 'tdp_mmu_root_count', since: 'v6.4', mmu: 'tdp', mmuConfidence: 'verified', cType: 'refcount_t', atomic: true,
    natureIs: ['refcount'], confidence: 'verified', cite: [K_MI, K_TDP, REFCOUNT_2],
    refHolders: ['vcpu', 'root-walker', 'tdp-mmu'],
    refHoldersSays: 'references to a TDP MMU root are held by vCPUs, by root walkers (the yield-safe iterators, tdp_mmu_next_root) and, since v6.4, by the TDP MMU itself until the root is invalidated',
    says: 'tdp_mmu_root_count is an atomic refcount_t (not an atomic_t) used only by the TDP MMU',
  },
  {
    name: 'root_count', until: 'v5.13', mmu: 'both', mmuConfidence: 'unverified', cType: 'int', atomic: false,
    natureIs: ['refcount'], confidence: 'verified', cite: [K_MI, T_TDP_511],
    says: 'root_count is a plain int changed under mmu_lock',
  },
  {
    name: 'root_count', since: 'v5.13', until: 'v6.0', cType: 'int', atomic: false, natureIs: ['refcount'],
    confidence: 'verified', cite: [K_MI],
    says: 'root_count is a plain int changed only with mmu_lock held for write',
  },
  {
    name: 'root_count', since: 'v6.0', mmu: 'shadow', mmuConfidence: 'verified', cType: 'int', atomic: false,
    natureIs: ['refcount'], confidence: 'verified', cite: [K_MI, K_MMU],
    says: 'root_count is a plain int, used by the shadow MMU and changed only with mmu_lock held for write',
  },
  {
    name: 'ptep', since: 'v6.0', mmu: 'tdp', mmuConfidence: 'verified', natureIs: ['parent-spte-pointer'],
    natureIsNot: ['reverse-map'], confidence: 'verified', cite: [K_MI, K_TDP],
    says: 'ptep is a pointer to the parent SPTE that points at this TDP MMU page (NULL for roots), not a reverse map; it shares storage with parent_ptes',
  },
  {
    name: 'parent_ptes', since: 'v6.0', mmu: 'shadow', mmuConfidence: 'verified',
    natureIs: ['reverse-map', 'parent-spte-pointer'], confidence: 'verified', cite: [K_MI],
    says: 'parent_ptes is the shadow MMU\'s reverse map (rmap) of the parent SPTEs; the TDP MMU uses ptep in its place',
  },
  {
    name: 'parent_ptes', until: 'v6.0', natureIs: ['reverse-map', 'parent-spte-pointer'], confidence: 'verified',
    cite: [K_MI], says: 'parent_ptes is the reverse map (rmap) of the parent SPTEs',
  },
  {
    name: 'shadowed_translation', mmu: 'shadow', mmuConfidence: 'inferred', natureIs: ['reverse-map', 'gfn-array'],
    confidence: 'verified', cite: [K_MI, T_MI_60],
    says: 'shadowed_translation is allocated only for indirect (shadow MMU) pages',
  },
  {
    name: 'gfns', mmu: 'shadow', mmuConfidence: 'inferred', natureIs: ['reverse-map', 'gfn-array'],
    confidence: 'verified', cite: [T_MI_60], says: 'gfns is allocated only for indirect (shadow MMU) pages',
  },
  {
    name: 'unsync', mmu: 'shadow', mmuConfidence: 'inferred', cType: 'bool', atomic: false, confidence: 'verified',
    cite: [K_MI, K_MMU], says: 'only shadow-MMU pages become unsync',
  },
  {
    name: 'unsync_children', mmu: 'shadow', mmuConfidence: 'verified', cType: 'unsigned int', atomic: false,
    confidence: 'verified', cite: [K_MI], says: 'unsync_children is not used by the TDP MMU',
  },
  {
    name: 'unsync_child_bitmap', mmu: 'shadow', mmuConfidence: 'inferred', confidence: 'verified', cite: [K_MI],
    says: 'unsync_child_bitmap is used only by the shadow MMU',
  },
  {
    name: 'write_flooding_count', mmu: 'shadow', mmuConfidence: 'inferred', cType: 'atomic_t', atomic: true,
    confidence: 'verified', cite: [K_MI], says: 'write_flooding_count is an atomic_t, not used by the TDP MMU',
  },
  {
    name: 'clear_spte_count', onlyOn: 32, cType: 'int', atomic: false, confidence: 'verified', cite: [K_MI],
    says: 'clear_spte_count is a plain int that exists only with CONFIG_X86_32 (32-bit kernels)',
  },
  {
    name: 'mmu_valid_gen', until: 'v5.5', cType: 'unsigned long', atomic: false, change: 'increment',
    valuesConfidence: 'ml', confidence: 'ml', cite: [SINGLE_GEN],
    says: 'before about v5.5 the MMU generation was an unsigned long that was incremented',
  },
  {
    name: 'mmu_valid_gen', since: 'v5.5', cType: 'u8', atomic: false, values: [0, 1], change: 'flip',
    valuesConfidence: 'ml', mmu: 'shadow', mmuConfidence: 'unverified', confidence: 'ml',
    meaningMmu: 'shadow', meaningConfidence: 'verified', meaningCite: [K_MMU],
    meaningSays: 'TDP MMU pages never become obsolete by generation: is_obsolete_sp() skips the mmu_valid_gen check for them',
    cite: [SINGLE_GEN, K_MMU, SYNC_ZAP],
    says: 'since about v5.5 mmu_valid_gen is a u8 that kvm_mmu_zap_all_fast() flips between 0 and 1',
  },
  {
    name: 'tdp_mmu_page', mmu: 'both', mmuConfidence: 'verified', cType: 'bool', atomic: false,
    confidence: 'verified', cite: [K_MI], says: 'tdp_mmu_page tells TDP MMU pages from shadow-MMU pages',
  },
  {
    name: 'spt', mmu: 'both', mmuConfidence: 'inferred', natureIsNot: ['reverse-map'], confidence: 'verified',
    cite: [K_MI], says: 'spt is the page of SPTEs of this page, used by both MMUs',
  },
  {
    name: 'gfn', mmu: 'both', mmuConfidence: 'inferred', confidence: 'verified', cite: [K_MI],
    says: 'gfn is set for pages of both MMUs',
  },
  {
    name: 'role.invalid', mmu: 'both', mmuConfidence: 'verified', confidence: 'verified', cite: [K_TDP, K_MMU],
    says: 'role.invalid is set on shadow-MMU and TDP MMU pages alike',
  },
  {
    name: 'role.level', values: {min: 1, max: 5}, valuesConfidence: 'inferred', confidence: 'verified',
    cite: [K_HOST], says: 'role.level is 1 (4 KiB SPTEs) up to 5 (5-level paging root)',
  },
  {
    name: 'role.quadrant', values: {min: 0, max: 3}, valuesConfidence: 'verified', confidence: 'verified',
    cite: [K_HOST], says: 'role.quadrant is a 2-bit field, 0..3',
  },
];

export const initialValueFacts: readonly InitialValueFact[] = [
  {
    name: 'tdp_mmu_root_count', value: 1, since: 'v5.10', until: 'v6.4', confidence: 'ml', cite: [T_TDP_511, REFCOUNT_2],
    says: 'before v6.4 a new TDP MMU root started with a reference count of 1 (the allocating vCPU\'s)',
  },
  {
    name: 'tdp_mmu_root_count', value: 2, since: 'v6.4', confidence: 'ml', cite: [REFCOUNT_2, K_TDP],
    says: 'since v6.4 a new TDP MMU root starts with a reference count of 2: one for the allocating vCPU and one the TDP MMU keeps until the root is invalidated',
  },
];

export const blockingFacts: readonly BlockingFact[] = [
  {
    actor: 'fast-zap', blocks: 'briefly', confidence: 'inferred', cite: [K_MMU],
    says: 'the fast zap (kvm_mmu_zap_all_fast) holds mmu_lock for write only in short batches, so vCPUs are blocked only briefly, not for the whole zap',
  },
];

/** Value domain of a role bit from its C bit width (`unsigned:3` → 0..7). */
export function widthDomain(cType: string): {min: number; max: number} | undefined {
  const m = /:(\d+)$/.exec(cType);
  if (!m) return undefined;
  const w = Number(m[1]);
  if (w < 1 || w > 16) return undefined;
  return {min: 0, max: 2 ** w - 1};
}
