/** Citations used by the locking spec (facts file: ../shared/kvm-mmu-facts.md). */
import type {Cite} from '../types.js';

export const RWLOCK: Cite = {commit: '531810caa9f4', source: 'KVM: x86/mmu: Use an rwlock for the x86 MMU'};
export const ALLOC_READ: Cite = {
  commit: 'dab285e4ec73',
  source: 'KVM: x86/mmu: Alloc TDP MMU roots while holding mmu_lock for read',
};
export const FREE_READ: Cite = {
  commit: '576a15de8d29',
  source: 'KVM: x86/mmu: Free TDP MMU roots while holding mmy_lock for read',
};
export const ALWAYS_PAGES_LOCK: Cite = {commit: '250ce1b4d21a', source: 'KVM: x86/mmu: always take tdp_mmu_pages_lock'};
export const SYNC_ZAP: Cite = {
  commit: '0df9dab891ff',
  source: 'KVM: x86/mmu: Stop zapping invalidated TDP MMU roots asynchronously',
};
export const REFCOUNT_2: Cite = {
  commit: 'edbdb43fc96b',
  source: 'KVM: x86: Preserve TDP MMU roots until they are explicitly invalidated',
};
export const REFCOUNT_ATOMIC: Cite = {commit: '11cccf5c0472', source: 'KVM: x86/mmu: Make TDP MMU root refcount atomic'};
export const RCU_PT: Cite = {commit: '7cca2d0b7e7d', source: 'KVM: x86/mmu: Protect TDP MMU page table memory with RCU'};
export const SINGLE_GEN: Cite = {source: 'KVM: x86/mmu: Explicitly track only a single invalid mmu generation'};
export const K_MI: Cite = {source: 'arch/x86/kvm/mmu/mmu_internal.h (K-mi, newest)'};
export const K_TDP: Cite = {source: 'arch/x86/kvm/mmu/tdp_mmu.c (K-tdp, newest)'};
export const K_MMU: Cite = {source: 'arch/x86/kvm/mmu/mmu.c (K-mmu, newest)'};
export const K_HOST: Cite = {source: 'arch/x86/include/asm/kvm_host.h (K-host, newest)'};
export const K_ITER: Cite = {source: 'arch/x86/kvm/mmu/tdp_iter.h (K-iter, newest)'};
export const K_LOCK: Cite = {source: 'Documentation/virt/kvm/locking.rst (K-lock)'};
export const F_TDP_65: Cite = {source: 'arch/x86/kvm/mmu/tdp_mmu.c (F-tdp-65, ~v6.5)'};
export const T_TDP_511: Cite = {source: 'arch/x86/kvm/mmu/tdp_mmu.c (T-tdp-511, ~v5.11)'};
export const T_MI_510: Cite = {commit: '02c00b3a2f7e', source: 'arch/x86/kvm/mmu/mmu_internal.h (T-mi-510, v5.10: KVM: x86/MMU: Allocate and free TDP MMU roots)'};
export const T_HOST_68: Cite = {source: 'arch/x86/include/asm/kvm_host.h (T-host-68, ~v6.8)'};

/** "dab285e4ec73, \"subject\"" or the source alone. */
export function formatCite(c: Cite): string {
  return c.commit ? `${c.commit}, "${c.source}"` : c.source;
}

export function formatCites(cites: readonly Cite[]): string {
  return cites.map(formatCite).join('; ');
}
