/**
 * The locks of the x86 MMU and the names docs use for them.
 * Facts file: (c.1), Top-10 #6 and #7.
 */
import {ALWAYS_PAGES_LOCK, K_HOST, K_LOCK, K_MMU, K_TDP, RWLOCK, T_HOST_68, T_TDP_511} from './cites.js';
import type {BadLockName, LockFact} from './types.js';

export const lockFacts: readonly LockFact[] = [
  {
    lock: 'mmu_lock', kind: 'spinlock', field: 'kvm->mmu_lock', until: 'v5.12', confidence: 'verified',
    cite: [T_TDP_511, RWLOCK],
    says: 'kvm->mmu_lock is a spinlock on x86 before v5.12',
  },
  {
    lock: 'mmu_lock', kind: 'rwlock', field: 'kvm->mmu_lock', since: 'v5.12', confidence: 'verified',
    cite: [RWLOCK, K_HOST],
    says: 'kvm->mmu_lock is an rwlock on all of x86 since v5.12 (KVM_HAVE_MMU_RWLOCK), held for read or for write',
  },
  {
    lock: 'slots_lock', kind: 'mutex', field: 'kvm->slots_lock', confidence: 'verified', cite: [K_MMU, K_HOST],
    says: 'kvm->slots_lock is a mutex',
  },
  {
    lock: 'tdp_mmu_pages_lock', kind: 'spinlock', field: 'kvm->arch.tdp_mmu_pages_lock', inside: 'mmu_lock',
    since: 'v5.12', confidence: 'verified', cite: [K_HOST, T_HOST_68, ALWAYS_PAGES_LOCK],
    says: 'kvm->arch.tdp_mmu_pages_lock is a spinlock that is only ever taken while mmu_lock is held',
  },
  {
    lock: 'mmu_unsync_pages_lock', kind: 'spinlock', field: 'kvm->arch.mmu_unsync_pages_lock', inside: 'mmu_lock',
    since: 'v6.8', confidence: 'verified', cite: [T_HOST_68, K_MMU, K_LOCK],
    says: 'kvm->arch.mmu_unsync_pages_lock is a spinlock taken inside mmu_lock (held in either mode)',
  },
  {
    lock: 'rcu', kind: 'rcu', field: 'RCU', confidence: 'verified', cite: [K_TDP],
    says: 'TDP MMU page tables and roots are freed after an RCU grace period',
  },
  {
    lock: 'srcu', kind: 'srcu', field: 'kvm->srcu', confidence: 'inferred', cite: [K_LOCK],
    says: 'kvm->srcu protects the memslots',
  },
];

export const badLockNames: readonly BadLockName[] = [
  {
    written: 'kvm->arch.mmu_lock', correct: 'kvm->mmu_lock', lock: 'mmu_lock', confidence: 'verified',
    cite: [K_HOST, K_LOCK],
    says: 'mmu_lock is a member of struct kvm (kvm->mmu_lock), not of struct kvm_arch',
  },
  {
    written: 'kvm->tdp_mmu_pages_lock', correct: 'kvm->arch.tdp_mmu_pages_lock', lock: 'tdp_mmu_pages_lock',
    confidence: 'verified', cite: [K_HOST],
    says: 'tdp_mmu_pages_lock is a member of struct kvm_arch (kvm->arch.tdp_mmu_pages_lock)',
  },
  {
    written: 'kvm->arch.slots_lock', correct: 'kvm->slots_lock', lock: 'slots_lock', confidence: 'verified',
    cite: [K_HOST],
    says: 'slots_lock is a member of struct kvm (kvm->slots_lock), not of struct kvm_arch',
  },
];

export function lockFactsFor(lock: string): LockFact[] {
  return lockFacts.filter((f) => f.lock === lock);
}
