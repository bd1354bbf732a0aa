/**
 * Operations and the locks they need, per version. `min` is the weakest mode
 * of `lock` that suffices; `used` the modes the code really does it in.
 * Before v5.12 mmu_lock is a spinlock: 'write' there means "held".
 * Facts file: Top-10 #1, #5, #7, #8; (c.3), (c.4), (c.5).
 */
import {
  ALLOC_READ, ALWAYS_PAGES_LOCK, K_LOCK, RWLOCK, F_TDP_65, FREE_READ, K_HOST, K_ITER, K_MI, K_MMU, K_TDP, RCU_PT, SYNC_ZAP,
  T_HOST_68, T_TDP_511,
} from './cites.js';
import type {FastPathFact, MannerFact, OperationFact} from './types.js';

export const operationFacts: readonly OperationFact[] = [
  // Allocating a root (and, for a vCPU, getting its reference to it).
  ...(['alloc-root', 'get-ref'] as const).flatMap((op): OperationFact[] => [
    {
      op, flavor: 'shadow', actor: 'vcpu', lock: 'mmu_lock', min: 'write', used: ['write'], confidence: 'verified',
      cite: [K_MMU],
      says: 'shadow-MMU roots are allocated with mmu_lock held for write (mmu_alloc_direct_roots / mmu_alloc_shadow_roots)',
    },
    {
      op, flavor: 'tdp', actor: 'vcpu', lock: 'mmu_lock', min: 'write', used: ['write'], since: 'v5.10', until: 'v6.9',
      confidence: 'verified', cite: [F_TDP_65, T_TDP_511, ALLOC_READ],
      says: 'before v6.9 a vCPU gets or allocates its TDP MMU root with mmu_lock held for write (kvm_tdp_mmu_get_vcpu_root_hpa)',
    },
    {
      op, flavor: 'tdp', actor: 'vcpu', lock: 'mmu_lock', min: 'read', used: ['read'], since: 'v6.9',
      confidence: 'verified', cite: [ALLOC_READ, K_TDP],
      says: 'since v6.9 kvm_tdp_mmu_alloc_root() gets or allocates a TDP MMU root with mmu_lock held for read',
    },
  ]),
  {
    op: 'get-ref', flavor: 'tdp', actor: 'root-walker', lock: 'mmu_lock', min: 'read', used: ['read', 'write'],
    since: 'v5.12', confidence: 'inferred', cite: [K_TDP, F_TDP_65],
    says: 'the yield-safe root iterators take a temporary reference with mmu_lock held in either mode',
  },
  // Freeing a root / putting a reference.
  ...(['free-root', 'put-ref'] as const).flatMap((op): OperationFact[] => [
    {
      op, flavor: 'shadow', actor: 'vcpu', lock: 'mmu_lock', min: 'write', used: ['write'], confidence: 'verified',
      cite: [K_MMU],
      says: 'mmu_free_root_page() asserts mmu_lock held for write for shadow-MMU roots',
    },
    {
      op, flavor: 'tdp', actor: 'vcpu', lock: 'mmu_lock', min: 'write', used: ['write'], since: 'v5.10', until: 'v6.9',
      confidence: 'ml', cite: [FREE_READ],
      says: 'before v6.9 kvm_mmu_free_roots() frees TDP MMU roots with mmu_lock held for write',
    },
    {
      op, flavor: 'tdp', actor: 'vcpu', lock: 'mmu_lock', min: 'read', used: ['read'], since: 'v6.9',
      confidence: 'verified', cite: [FREE_READ, K_MMU],
      says: 'since v6.9 kvm_mmu_free_roots() frees TDP MMU roots with mmu_lock held for read',
    },
  ]),
  {
    op: 'put-ref', flavor: 'tdp', actor: 'root-walker', lock: 'mmu_lock', min: 'read', used: ['read', 'write'],
    since: 'v5.12', confidence: 'inferred', cite: [K_TDP, F_TDP_65],
    says: 'the yield-safe root iterators drop their reference with mmu_lock held in either mode',
  },
  // Invalidating roots (setting role.invalid).
  {
    op: 'invalidate-root', flavor: 'tdp', lock: 'mmu_lock', min: 'write', used: ['write'], since: 'v5.12',
    confidence: 'verified', cite: [K_TDP],
    says: 'kvm_tdp_mmu_invalidate_roots() sets role.invalid with mmu_lock held for write (asserted)',
  },
  {
    op: 'invalidate-root', flavor: 'shadow', lock: 'mmu_lock', min: 'write', used: ['write'], confidence: 'verified',
    cite: [K_MMU],
    says: '__kvm_mmu_prepare_zap_page() sets role.invalid with mmu_lock held for write (asserted)',
  },
  {
    op: 'modify-field', subject: 'role.invalid', lock: 'mmu_lock', min: 'write', used: ['write'],
    confidence: 'verified', cite: [K_TDP, K_MMU],
    says: 'role.invalid is set only with mmu_lock held for write, for shadow-MMU and TDP MMU pages alike',
  },
  // Zapping invalidated TDP MMU roots.
  {
    op: 'zap-invalid-roots', flavor: 'tdp', actor: 'fast-zap', lock: 'mmu_lock', min: 'read', used: ['read'],
    since: 'v6.5', confidence: 'verified', cite: [K_TDP, K_MMU, F_TDP_65, SYNC_ZAP],
    says: 'invalidated TDP MMU roots are zapped with mmu_lock held for read after a fast zap',
  },
  {
    op: 'zap-invalid-roots', flavor: 'tdp', actor: 'teardown', lock: 'mmu_lock', min: 'write', used: ['write'],
    since: 'v6.6-rc3', confidence: 'verified', cite: [K_TDP],
    says: 'at VM teardown kvm_tdp_mmu_zap_invalidated_roots() runs with mmu_lock held for write',
  },
  // Flipping the MMU generation (kvm_mmu_zap_all_fast).
  {
    op: 'flip-gen', lock: 'mmu_lock', min: 'write', used: ['write'], confidence: 'verified', cite: [K_MMU],
    says: 'kvm_mmu_zap_all_fast() flips the MMU generation with mmu_lock held for write',
  },
  {
    op: 'flip-gen', lock: 'slots_lock', min: 'held', used: ['held'], confidence: 'verified', cite: [K_MMU],
    says: 'kvm_mmu_zap_all_fast() asserts that kvm->slots_lock is held while it flips the MMU generation',
  },
  {
    op: 'modify-field', subject: 'tdp_mmu_scheduled_root_to_zap', lock: 'slots_lock', min: 'held', used: ['held'],
    only: true, since: 'v6.6-rc3', confidence: 'verified', cite: [K_MI, SYNC_ZAP],
    says: 'tdp_mmu_scheduled_root_to_zap is only accessed under slots_lock',
  },
  // The fast zap as a whole (kvm_mmu_zap_all_fast).
  {
    op: 'fast-zap', lock: 'slots_lock', min: 'held', used: ['held'], confidence: 'verified', cite: [K_MMU],
    says: 'kvm_mmu_zap_all_fast() requires kvm->slots_lock (lockdep-asserted) for the whole fast zap',
  },
  {
    op: 'fast-zap', lock: 'mmu_lock', min: 'write', used: ['write'], until: 'v6.6-rc3', confidence: 'inferred',
    cite: [F_TDP_65, SYNC_ZAP],
    says: 'kvm_mmu_zap_all_fast() flips the generation and zaps obsolete pages with mmu_lock held for write; before v6.6-rc3 a worker zapped the invalidated TDP MMU roots',
  },
  {
    op: 'fast-zap', lock: 'mmu_lock', min: 'write', used: ['write', 'read'], since: 'v6.6-rc3', confidence: 'verified',
    cite: [K_MMU, SYNC_ZAP],
    says: 'kvm_mmu_zap_all_fast() flips the generation and invalidates roots with mmu_lock held for write, then zaps the invalidated TDP MMU roots with mmu_lock held for read',
  },
  // unsync.
  {
    op: 'mark-unsync', lock: 'mmu_lock', min: 'read', used: ['read', 'write'], since: 'v6.8', confidence: 'verified',
    cite: [T_HOST_68, K_MMU],
    says: 'pages are marked unsync under mmu_unsync_pages_lock with mmu_lock held in either mode',
  },
  {
    op: 'mark-unsync', lock: 'mmu_unsync_pages_lock', min: 'held', used: ['held'], since: 'v6.8',
    confidence: 'verified', cite: [T_HOST_68, K_MMU],
    says: 'marking pages unsync is serialized by mmu_unsync_pages_lock',
  },
  {
    op: 'clear-unsync', lock: 'mmu_lock', min: 'write', used: ['write'], since: 'v6.8', confidence: 'verified',
    cite: [K_MMU],
    says: 'unsync is cleared only with mmu_lock held for write',
  },
  // Reference counts as fields.
  {
    op: 'modify-field', subject: 'root_count', lock: 'mmu_lock', min: 'write', used: ['write'], since: 'v6.0',
    confidence: 'verified', cite: [K_MI, K_MMU],
    says: 'root_count is a plain int changed only with mmu_lock held for write (mmu_alloc_root, mmu_free_root_page)',
  },
  {
    op: 'modify-field', subject: 'tdp_mmu_root_count', lock: 'mmu_lock', min: 'read', used: ['read', 'write'],
    since: 'v6.5', confidence: 'inferred', cite: [K_TDP, F_TDP_65],
    says: 'tdp_mmu_root_count is a refcount_t changed with mmu_lock held in either mode (refcount_inc_not_zero / refcount_dec_and_test)',
  },
  // TDP MMU SPTEs.
  {
    op: 'modify-spte', flavor: 'tdp', lock: 'mmu_lock', min: 'none', used: ['none', 'read', 'write'],
    since: 'v5.12', confidence: 'verified', cite: [K_ITER, K_TDP, RCU_PT],
    says: 'TDP MMU SPTEs are changed atomically with mmu_lock held for read, with plain stores with mmu_lock held for write, and by cmpxchg without mmu_lock in the fast page-fault path',
  },
  {
    op: 'modify-spte', flavor: 'tdp', actor: 'fast-pf', lock: 'mmu_lock', min: 'none', used: ['none'],
    since: 'v5.12', confidence: 'verified', cite: [K_MMU, K_TDP],
    says: 'the fast page-fault path fixes SPTEs with cmpxchg without holding mmu_lock',
  },
  {
    op: 'modify-spte', flavor: 'tdp', lock: 'rcu', min: 'none', used: ['none'], since: 'v5.10', until: 'v5.12',
    confidence: 'ml', cite: [RCU_PT, T_TDP_511],
    says: 'before v5.12 TDP MMU page tables were not RCU-protected: they were changed and freed with the mmu_lock spinlock held (RCU protection came with 7cca2d0b7e7d in v5.12)',
  },
  {
    op: 'modify-spte', flavor: 'tdp', lock: 'rcu', min: 'held', used: ['held'], since: 'v5.12',
    confidence: 'verified', cite: [K_ITER, RCU_PT],
    says: 'TDP MMU SPTEs are read and changed inside an RCU read-side critical section',
  },
  {
    op: 'store-spte', flavor: 'tdp', lock: 'mmu_lock', min: 'write', used: ['write'], since: 'v5.12',
    confidence: 'verified', cite: [K_ITER, K_TDP, RCU_PT],
    says: 'a TDP MMU SPTE is written with a plain store only with mmu_lock held for write; with mmu_lock held for read it is changed by an atomic compare-exchange (tdp_mmu_set_spte_atomic)',
  },
  // Walking the roots with the yield-safe iterators.
  {
    op: 'walk-roots', actor: 'root-walker', lock: 'mmu_lock', min: 'read', used: ['read', 'write'], since: 'v6.8',
    confidence: 'verified', cite: [K_TDP],
    says: 'since v6.8 the yield-safe TDP MMU root iterators only assert that mmu_lock is held, in either mode',
  },
  // Handling a page fault (the slow path; the fast path takes no mmu_lock).
  {
    op: 'page-fault', flavor: 'tdp', actor: 'vcpu', lock: 'mmu_lock', min: 'read', used: ['read'], since: 'v5.12',
    confidence: 'verified', cite: [RWLOCK, K_MMU, K_TDP],
    says: 'since v5.12 TDP MMU page faults are handled with mmu_lock held for read, so that they can run in parallel',
  },
  {
    op: 'page-fault', flavor: 'shadow', actor: 'vcpu', lock: 'mmu_lock', min: 'write', used: ['write'], since: 'v5.12',
    confidence: 'verified', cite: [K_MMU],
    says: 'shadow-MMU page faults are handled with mmu_lock held for write',
  },
  // Reading the TDP MMU roots list: under mmu_lock (read, with RCU, or write); RCU alone only in the newest code.
  {
    op: 'read-root-list', flavor: 'tdp', lock: 'mmu_lock', min: 'read', used: ['read', 'write'], since: 'v5.12',
    until: 'v6.11', confidence: 'inferred', cite: [T_HOST_68, K_HOST],
    says: 'until at least v6.10 the tdp_mmu_roots list is read with mmu_lock held for read (inside an RCU read-side section) or for write, not under RCU alone; only the newest code walks it under RCU alone (for_each_tdp_mmu_root_rcu, lockless aging)',
  },
  // The TDP MMU roots list.
  {
    op: 'write-root-list', flavor: 'tdp', lock: 'tdp_mmu_pages_lock', min: 'held', used: ['held'], since: 'v6.8',
    confidence: 'verified', cite: [ALWAYS_PAGES_LOCK, K_HOST],
    says: 'since v6.8 tdp_mmu_pages_lock is always taken to change the tdp_mmu_roots list',
  },
  {
    op: 'write-root-list', flavor: 'tdp', lock: 'tdp_mmu_pages_lock', min: 'none', used: ['none', 'held'],
    since: 'v5.12', until: 'v6.8', confidence: 'ml', cite: [ALWAYS_PAGES_LOCK],
    says: 'before v6.8 a writer of tdp_mmu_roots holding mmu_lock for write did not take tdp_mmu_pages_lock',
  },
  {
    op: 'write-root-list', flavor: 'tdp', lock: 'mmu_lock', min: 'read', used: ['read', 'write'], since: 'v5.12',
    confidence: 'verified', cite: [K_HOST, T_HOST_68],
    says: 'the tdp_mmu_roots list is changed with mmu_lock held for read plus tdp_mmu_pages_lock, or for write',
  },
];

/** How operations are done, per version. */
export const mannerFacts: readonly MannerFact[] = [
  // Freeing a TDP MMU root once its last reference is put: after an RCU grace period.
  {
    op: 'free-root', flavor: 'tdp', manner: 'rcu', since: 'v5.12', confidence: 'verified', cite: [RCU_PT, K_TDP],
    says: 'a TDP MMU root is freed through call_rcu(), after an RCU grace period, once whoever puts its last reference has removed it from tdp_mmu_roots under tdp_mmu_pages_lock',
  },
  // Freeing invalidated roots: only a worker claim is checked (freeing itself goes through call_rcu).
  {
    op: 'free-root', flavor: 'tdp', manner: 'async', since: 'v5.10', until: 'v6.6-rc3', confidence: 'unverified',
    cite: [F_TDP_65, SYNC_ZAP],
    says: 'before v6.6-rc3 a workqueue item (tdp_mmu_zap_wq) zapped invalidated TDP MMU roots and put the TDP MMU\'s reference to them',
  },
  {
    op: 'free-root', flavor: 'tdp', manner: 'sync', since: 'v6.6-rc3', confidence: 'verified', cite: [SYNC_ZAP, K_TDP],
    says: 'since v6.6-rc3 no workqueue is involved: kvm_tdp_mmu_zap_invalidated_roots() zaps invalidated TDP MMU roots synchronously, and a root is freed (through call_rcu) by whoever puts its last reference',
  },
  {
    op: 'zap-invalid-roots', flavor: 'tdp', manner: 'async', since: 'v5.10', until: 'v6.6-rc3', confidence: 'verified',
    cite: [F_TDP_65, SYNC_ZAP],
    says: 'before v6.6-rc3 invalidated TDP MMU roots were zapped asynchronously by a workqueue item (tdp_mmu_zap_wq)',
  },
  {
    op: 'zap-invalid-roots', flavor: 'tdp', manner: 'sync', since: 'v6.6-rc3', confidence: 'verified',
    cite: [SYNC_ZAP, K_TDP],
    says: 'since v6.6-rc3 kvm_tdp_mmu_zap_invalidated_roots() zaps invalidated TDP MMU roots synchronously, with mmu_lock held for read after a fast zap',
  },
];

/** The lockless fast page-fault path (fast_page_fault, page_fault_can_be_fast, fast_pf_fix_direct_spte). */
export const fastPathFacts: readonly FastPathFact[] = [
  {
    aspect: 'indirect', holds: false, since: 'v5.10', confidence: 'inferred', cite: [K_MMU, K_LOCK],
    says: 'the fast page-fault path handles only direct MMUs: an indirect page\'s gfn is not stable, so it is disabled for indirect pages',
  },
  {
    aspect: 'mmio', holds: false, since: 'v5.10', confidence: 'inferred', cite: [K_MMU],
    says: 'the fast page-fault path never handles faults with reserved bits set (MMIO SPTEs); page_fault_can_be_fast() rejects them',
  },
  {
    aspect: 'not-present', holds: true, since: 'v5.10', confidence: 'inferred', cite: [K_MMU, K_LOCK],
    says: 'a not-present fault can take the fast page-fault path too, when A/D bits are disabled and the SPTE is access-tracked; present faults take it only for writes',
  },
  {
    aspect: 'present-write-only', holds: false, since: 'v5.10', confidence: 'inferred', cite: [K_MMU, K_LOCK],
    says: 'not only present write faults take the fast page-fault path: a not-present fault on an access-tracked SPTE (A/D bits disabled) does too',
  },
  {
    aspect: 'retry', maxRetries: 4, since: 'v5.10', confidence: 'inferred', cite: [K_MMU],
    says: 'fast_page_fault() retries its cmpxchg at most 4 times (with a one-time warning), then falls back to the slow path',
  },
  {
    aspect: 'plain-store', holds: false, since: 'v5.10', confidence: 'inferred', cite: [K_MMU, K_LOCK],
    says: 'the fast page-fault path changes the SPTE with a 64-bit compare-exchange (fast_pf_fix_direct_spte), never with a plain store, because it holds no mmu_lock',
  },
];
