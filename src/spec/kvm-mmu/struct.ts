/**
 * struct kvm_mmu_page (arch/x86/kvm/mmu/mmu_internal.h), v5.10 to v6.17.
 *
 * One FieldFact per member per span: a member whose type, union partners or
 * name changed has one fact per span. Source: ../shared/kvm-mmu-facts.md,
 * sections (a) and (f); citation keys in ./cite.ts.
 *
 * How unknown release dates are encoded (the linter never raises an error on
 * an `unverified` fact):
 * - A span starts at the first release the facts place a change in; where the
 *   facts give only a guess ("~v5.13 [unverified]"), the stretch from the guess
 *   to the first verified sighting is its own fact, marked `unverified`.
 * - A removal whose release is unknown (mmio_cached) is kept until the first
 *   version the facts show without it, so the linter never calls a name
 *   unknown while it may still exist.
 * - Members present before v5.10 have no `since` (the spec starts at v5.10).
 */
import type {FieldFact, Version} from '../types.js';
import {
  F_MI_65,
  HAS_MMIO,
  K_MI,
  K_MMU,
  K_TDP,
  ML_ASYNC_ZAP_GONE,
  ML_RCU,
  ML_REFCOUNT,
  ML_SINGLE_GEN,
  NX_RENAME,
  R_MI,
  T_MI_510,
  T_MI_60,
  T_MI_68,
  TDX_PREP
} from './cite.js';

type Member = Omit<FieldFact, 'struct'>;
const m = (fact: Member): FieldFact => ({struct: 'kvm_mmu_page', ...fact});

const V6_0: Version = 'v6.0';
const V6_2: Version = 'v6.2';
const V6_6_RC3: Version = 'v6.6-rc3';
const V5_13: Version = 'v5.13';
const V6_14: Version = 'v6.14';

export const MEMBER_FACTS: readonly FieldFact[] = [
  m({
    name: 'link',
    cType: 'struct list_head',
    mmu: 'both',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, K_MI],
    summary: 'list node on the VM\'s active pages list (shadow MMU) or the TDP MMU\'s lists'
  }),
  m({
    name: 'hash_link',
    cType: 'struct hlist_node',
    mmu: 'shadow',
    atomic: false,
    confidence: 'inferred',
    cite: [T_MI_510, K_MI],
    summary: 'node in the shadow page hash, keyed by role and gfn'
  }),

  // lpage_disallowed_link → possible_nx_huge_page_link (after v6.1).
  m({
    name: 'lpage_disallowed_link',
    until: V6_2,
    cType: 'struct list_head',
    mmu: 'both',
    atomic: false,
    renamedTo: {name: 'possible_nx_huge_page_link', in: V6_2, cite: NX_RENAME},
    confidence: 'inferred',
    cite: [T_MI_510, T_MI_60],
    summary: 'links pages that block an NX huge page (pre-v6.2 name)'
  }),
  m({
    name: 'possible_nx_huge_page_link',
    since: V6_2,
    cType: 'struct list_head',
    mmu: 'both',
    atomic: false,
    renamedFrom: {name: 'lpage_disallowed_link', in: V6_2, cite: NX_RENAME},
    confidence: 'inferred',
    cite: [F_MI_65, K_MI],
    summary: 'links shadow pages which, if zapped, would let KVM create an NX huge page'
  }),

  m({
    name: 'tdp_mmu_page',
    cType: 'bool',
    mmu: 'both',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, K_MI],
    summary: 'true for pages of the TDP MMU, set once when the page is initialised'
  }),
  m({
    name: 'unsync',
    cType: 'bool',
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, K_MI, K_MMU],
    summary: 'set under mmu_unsync_pages_lock; cleared only with mmu_lock held for write'
  }),

  // mmu_valid_gen: u8, 0 or 1 since ~v5.5; union with tdp_mmu_scheduled_root_to_zap since v6.6-rc3.
  m({
    name: 'mmu_valid_gen',
    until: V6_6_RC3,
    cType: 'u8',
    mmu: 'shadow',
    atomic: false,
    values: [0, 1],
    confidence: 'ml',
    cite: [T_MI_510, F_MI_65, ML_SINGLE_GEN],
    summary: 'generation of a shadow page, only ever 0 or 1; TDP MMU pages are never obsolete by generation'
  }),
  m({
    name: 'mmu_valid_gen',
    since: V6_6_RC3,
    cType: 'u8',
    union: ['tdp_mmu_scheduled_root_to_zap'],
    mmu: 'shadow',
    atomic: false,
    values: [0, 1],
    confidence: 'verified',
    cite: [T_MI_68, K_MI, K_MMU, ML_ASYNC_ZAP_GONE],
    summary: 'generation of a shadow page, only ever 0 or 1; TDP MMU roots reuse the byte'
  }),
  m({
    name: 'tdp_mmu_scheduled_root_to_zap',
    since: V6_6_RC3,
    cType: 'bool',
    union: ['mmu_valid_gen'],
    mmu: 'tdp',
    atomic: false,
    confidence: 'verified',
    cite: [ML_ASYNC_ZAP_GONE, T_MI_68, K_MI, K_TDP],
    summary: 'set when an invalidated TDP MMU root is scheduled to be zapped; only accessed under slots_lock'
  }),

  // mmio_cached: verified in v5.10; removal release unknown, absent in the v6.0-cycle layout.
  m({
    name: 'mmio_cached',
    until: 'v5.11',
    cType: 'bool',
    mmu: 'both',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510]
  }),
  m({
    name: 'mmio_cached',
    since: 'v5.11',
    until: V6_0,
    cType: 'bool',
    mmu: 'both',
    atomic: false,
    confidence: 'unverified',
    cite: [{source: 'removal release unknown; not in the v6.0-cycle layout (kvm-mmu-facts.md (a.2))'}]
  }),

  // lpage_disallowed → nx_huge_page_disallowed (after v6.1).
  m({
    name: 'lpage_disallowed',
    until: V6_2,
    cType: 'bool',
    mmu: 'both',
    atomic: false,
    renamedTo: {name: 'nx_huge_page_disallowed', in: V6_2, cite: NX_RENAME},
    confidence: 'inferred',
    cite: [T_MI_510, T_MI_60],
    summary: "can't be replaced by an equivalent large page (pre-v6.2 name)"
  }),
  m({
    name: 'nx_huge_page_disallowed',
    since: V6_2,
    cType: 'bool',
    mmu: 'both',
    atomic: false,
    renamedFrom: {name: 'lpage_disallowed', in: V6_2, cite: NX_RENAME},
    confidence: 'inferred',
    cite: [F_MI_65, K_MI],
    summary: 'the page maps an executable page under the NX huge page mitigation, so no huge page may replace it'
  }),

  m({
    name: 'role',
    cType: 'union kvm_mmu_page_role',
    mmu: 'both',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, K_MI],
    summary: 'the page role; with gfn, the hash key'
  }),
  m({
    name: 'gfn',
    cType: 'gfn_t',
    mmu: 'both',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, K_MI],
    summary: 'first guest frame translated by the page; set once at initialisation'
  }),
  m({
    name: 'spt',
    cType: 'u64 *',
    mmu: 'both',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, K_MI],
    summary: 'the page of SPTEs; set once at initialisation'
  }),

  // gfns → shadowed_translation (v6.0, 6a97575d5cff).
  m({
    name: 'gfns',
    until: V6_0,
    cType: 'gfn_t *',
    mmu: 'shadow',
    atomic: false,
    renamedTo: {name: 'shadowed_translation', in: V6_0, cite: T_MI_60},
    confidence: 'verified',
    cite: [T_MI_510, T_MI_60],
    summary: 'the gfn of each SPTE in spt (indirect pages only)'
  }),
  m({
    name: 'shadowed_translation',
    since: V6_0,
    cType: 'u64 *',
    mmu: 'shadow',
    atomic: false,
    renamedFrom: {name: 'gfns', in: V6_0, cite: T_MI_60},
    confidence: 'verified',
    cite: [T_MI_60, K_MI],
    summary: 'per SPTE, the shadowed guest translation: gfn in the upper bits, ACC_* access bits in the lower bits'
  }),

  // root_count: plain int (TDP MMU used it too) until the refcount_t union (~v5.13 [unverified], 11cccf5c0472).
  m({
    name: 'root_count',
    until: V5_13,
    cType: 'int',
    mmu: 'both',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, {source: 'torvalds/linux arch/x86/kvm/mmu/tdp_mmu.c @89e5a4268760 (~v5.11)'}],
    summary: 'number of vCPUs using the page as a root; not atomic, changed under mmu_lock'
  }),
  m({
    name: 'root_count',
    since: V5_13,
    until: V6_0,
    cType: 'int',
    union: ['tdp_mmu_root_count'],
    mmu: 'shadow',
    atomic: false,
    confidence: 'unverified',
    cite: [ML_REFCOUNT],
    summary: 'shadow MMU root count; release of the union not pinned down (~v5.13)'
  }),
  m({
    name: 'root_count',
    since: V6_0,
    cType: 'int',
    union: ['tdp_mmu_root_count'],
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_60, K_MI, K_MMU],
    summary: 'shadow MMU root count; not atomic, changed only with mmu_lock held for write'
  }),
  m({
    name: 'tdp_mmu_root_count',
    since: V5_13,
    until: V6_0,
    cType: 'refcount_t',
    union: ['root_count'],
    mmu: 'tdp',
    atomic: true,
    confidence: 'unverified',
    cite: [ML_REFCOUNT],
    summary: 'TDP MMU root reference count (refcount_t); release not pinned down (~v5.13)'
  }),
  m({
    name: 'tdp_mmu_root_count',
    since: V6_0,
    cType: 'refcount_t',
    union: ['root_count'],
    mmu: 'tdp',
    atomic: true,
    confidence: 'verified',
    cite: [T_MI_60, K_MI, K_TDP, ML_REFCOUNT],
    summary: 'TDP MMU root reference count (refcount_t, not atomic_t)'
  }),

  m({
    name: 'has_mapped_host_mmio',
    since: 'v6.16',
    cType: 'bool',
    mmu: 'both',
    atomic: false,
    confidence: 'unverified',
    cite: [HAS_MMIO, K_MI]
  }),

  // unsync_children / write_flooding_count: an anonymous struct unioned with external_spt since the TDX MMU prep (v6.14).
  m({
    name: 'unsync_children',
    until: V6_14,
    cType: 'unsigned int',
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, T_MI_68],
    summary: 'number of unsync children (shadow MMU)'
  }),
  m({
    name: 'unsync_children',
    since: V6_14,
    cType: 'unsigned int',
    union: ['external_spt'],
    mmu: 'shadow',
    atomic: false,
    confidence: 'inferred',
    cite: [R_MI, K_MI],
    summary: 'number of unsync children; not used by the TDP MMU (storage shared with external_spt)'
  }),
  m({
    name: 'write_flooding_count',
    until: V6_14,
    cType: 'atomic_t',
    mmu: 'shadow',
    atomic: true,
    confidence: 'verified',
    cite: [T_MI_510, T_MI_68],
    summary: 'writes since a traversal last visited the page'
  }),
  m({
    name: 'write_flooding_count',
    since: V6_14,
    cType: 'atomic_t',
    union: ['external_spt'],
    mmu: 'shadow',
    atomic: true,
    confidence: 'inferred',
    cite: [R_MI, K_MI],
    summary: 'writes since a traversal last visited the page; not used by the TDP MMU'
  }),
  m({
    name: 'external_spt',
    since: V6_14,
    cType: 'void *',
    union: ['unsync_children', 'write_flooding_count'],
    mmu: 'tdp',
    atomic: false,
    confidence: 'inferred',
    cite: [TDX_PREP, R_MI, K_MI],
    summary: 'page-table page of the external (TDX) page table; passed to the TDX module, not accessed by KVM'
  }),

  // parent_ptes: unioned with ptep (TDP MMU) by v6.0; the earlier release is not pinned down.
  m({
    name: 'parent_ptes',
    until: 'v5.11',
    cType: 'struct kvm_rmap_head',
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510],
    summary: 'rmap of the parent SPTEs'
  }),
  m({
    name: 'parent_ptes',
    since: 'v5.11',
    until: V6_0,
    cType: 'struct kvm_rmap_head',
    mmu: 'shadow',
    atomic: false,
    confidence: 'unverified',
    cite: [{source: 'the ptep union may predate v6.0 (kvm-mmu-facts.md (a.2)); not checked'}],
    summary: 'rmap of the parent SPTEs'
  }),
  m({
    name: 'parent_ptes',
    since: V6_0,
    cType: 'struct kvm_rmap_head',
    union: ['ptep'],
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_60, K_MI],
    summary: 'rmap of the parent SPTEs (shadow MMU)'
  }),
  m({
    name: 'ptep',
    since: V6_0,
    cType: 'tdp_ptep_t',
    union: ['parent_ptes'],
    mmu: 'tdp',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_60, K_MI, K_TDP],
    summary: 'the parent SPTE (an __rcu pointer), set once; NULL for roots. Present by v6.0, earlier release not pinned down'
  }),

  // unsync_child_bitmap: unioned with the async root-zap work item from (at least) v6.0 until v6.6-rc3.
  m({
    name: 'unsync_child_bitmap',
    until: V6_0,
    cType: 'unsigned long[BITS_TO_LONGS(512)]',
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510],
    summary: 'which children are unsync'
  }),
  m({
    name: 'unsync_child_bitmap',
    since: V6_0,
    until: V6_6_RC3,
    cType: 'unsigned long[BITS_TO_LONGS(512)]',
    union: ['tdp_mmu_async_work', 'tdp_mmu_async_data'],
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_60, F_MI_65, ML_ASYNC_ZAP_GONE],
    summary: 'which children are unsync (shadow MMU); storage shared with the async zap work item'
  }),
  m({
    name: 'unsync_child_bitmap',
    since: V6_6_RC3,
    cType: 'unsigned long[BITS_TO_LONGS(512)]',
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_68, K_MI],
    summary: 'which children are unsync'
  }),
  m({
    name: 'tdp_mmu_async_work',
    since: V6_0,
    until: V6_6_RC3,
    cType: 'struct work_struct',
    union: ['unsync_child_bitmap'],
    mmu: 'tdp',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_60, F_MI_65, ML_ASYNC_ZAP_GONE],
    summary: 'work item that zapped an invalidated TDP MMU root asynchronously (present by v6.0)'
  }),
  m({
    name: 'tdp_mmu_async_data',
    since: V6_0,
    until: V6_6_RC3,
    cType: 'void *',
    union: ['unsync_child_bitmap'],
    mmu: 'tdp',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_60, F_MI_65, ML_ASYNC_ZAP_GONE],
    summary: 'argument of the asynchronous root-zap work item (present by v6.0)'
  }),

  m({
    name: 'clear_spte_count',
    cType: 'int',
    config: 'CONFIG_X86_32',
    mmu: 'shadow',
    atomic: false,
    confidence: 'verified',
    cite: [T_MI_510, K_MI],
    summary: 'lets a lockless reader avoid an SPTE while an update is in progress (32-bit only)'
  }),
  m({
    name: 'rcu_head',
    since: 'v5.12',
    cType: 'struct rcu_head',
    config: 'CONFIG_X86_64',
    mmu: 'tdp',
    atomic: false,
    confidence: 'inferred',
    cite: [ML_RCU, K_MI],
    summary: 'frees a TDP MMU page after an RCU grace period'
  })
];

/**
 * Declaration order, per era. A layout lists the members valid at a version
 * in the order of the era containing it. The era bounds are where the facts
 * first show the new order (the v5.10 order is verified [T-mi-510]; the
 * reordering that moved tdp_mmu_page up and lpage_disallowed_link down is
 * first seen in the v6.0 cycle [T-mi-60]; the external_spt union in v6.14).
 */
export const MEMBER_ORDER: ReadonlyArray<{since?: Version; until?: Version; names: readonly string[]}> = [
  {
    until: V6_0,
    names: [
      'link', 'hash_link', 'lpage_disallowed_link', 'unsync', 'mmu_valid_gen', 'mmio_cached',
      'lpage_disallowed', 'role', 'gfn', 'spt', 'gfns', 'root_count', 'tdp_mmu_root_count',
      'unsync_children', 'parent_ptes', 'unsync_child_bitmap', 'clear_spte_count',
      'write_flooding_count', 'tdp_mmu_page', 'rcu_head'
    ]
  },
  {
    since: V6_0,
    until: V6_14,
    names: [
      'link', 'hash_link', 'tdp_mmu_page', 'unsync', 'mmu_valid_gen', 'tdp_mmu_scheduled_root_to_zap',
      'lpage_disallowed', 'nx_huge_page_disallowed', 'role', 'gfn', 'spt', 'shadowed_translation',
      'root_count', 'tdp_mmu_root_count', 'unsync_children', 'parent_ptes', 'ptep',
      'unsync_child_bitmap', 'tdp_mmu_async_work', 'tdp_mmu_async_data', 'lpage_disallowed_link',
      'possible_nx_huge_page_link', 'clear_spte_count', 'write_flooding_count', 'rcu_head'
    ]
  },
  {
    since: V6_14,
    names: [
      'link', 'hash_link', 'tdp_mmu_page', 'unsync', 'mmu_valid_gen', 'tdp_mmu_scheduled_root_to_zap',
      'nx_huge_page_disallowed', 'role', 'gfn', 'spt', 'shadowed_translation', 'root_count',
      'tdp_mmu_root_count', 'has_mapped_host_mmio', 'unsync_children', 'write_flooding_count',
      'external_spt', 'parent_ptes', 'ptep', 'unsync_child_bitmap', 'possible_nx_huge_page_link',
      'clear_spte_count', 'rcu_head'
    ]
  }
];
