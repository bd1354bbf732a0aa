/**
 * Citation keys of ../shared/kvm-mmu-facts.md (section 0), and the commits and
 * threads the struct facts cite. Sources are "repository path @commit" so a
 * reviewer can open them; `commit` holds the first 12 hex digits where known.
 */
import type {Cite} from '../types.js';

const MI = 'arch/x86/kvm/mmu/mmu_internal.h';
const HOST = 'arch/x86/include/asm/kvm_host.h';

/** Newest code found (~v6.16/6.17), Kingxukai/linux. */
export const K_MI: Cite = {source: `Kingxukai/linux ${MI} @0291023e7330 (~v6.16/6.17)`};
export const K_HOST: Cite = {source: `Kingxukai/linux ${HOST} @0291023e7330 (~v6.16/6.17)`};
export const K_TDP: Cite = {source: 'Kingxukai/linux arch/x86/kvm/mmu/tdp_mmu.c @0291023e7330 (~v6.16/6.17)'};
export const K_MMU: Cite = {source: 'Kingxukai/linux arch/x86/kvm/mmu/mmu.c @9b44fff655e2 (~v6.16/6.17)'};
/** ~v6.14/6.15, roypat/linux. */
export const R_MI: Cite = {source: `roypat/linux ${MI} @c2287b66f61a (~v6.14/6.15)`};
/** ~v6.8–6.10. */
export const T_HOST_68: Cite = {source: `torvalds/linux ${HOST} @004a0aa56ede (~v6.8-6.10)`};
/** ~v6.8. */
export const T_MI_68: Cite = {source: `torvalds/linux ${MI} @89ea60c2c7b5 (~v6.8)`};
/** ~v6.5. */
export const F_MI_65: Cite = {source: `frank-w/BPI-Router-Linux ${MI} @50719bc3dda9 (~v6.5)`};
/** v6.0 cycle: the commit that introduced `shadowed_translation`. */
export const T_MI_60: Cite = {
  commit: '6a97575d5cff',
  source: 'KVM: x86/mmu: Cache the access bits of shadowed translations'
};
/** v5.10: "KVM: x86/MMU: Allocate and free TDP MMU roots". */
export const T_MI_510: Cite = {source: `torvalds/linux ${MI} @02c00b3a2f7e (v5.10)`};
/** A full kvm_host.h of ~v5.12–5.15 (repository and commit unknown). */
export const HOST_512: Cite = {source: `${HOST} of ~v5.12-5.15 (repository and commit unknown)`};
/** An older kvm_host.h (repository and commit unknown) with `nxe`. */
export const HOST_OLD: Cite = {source: `${HOST}, an older version with role.nxe (repository and commit unknown)`};

export const ML_SINGLE_GEN: Cite = {
  source: 'KVM: x86/mmu: Explicitly track only a single invalid mmu generation (mailing list, ~v5.5)'
};
export const ML_ASYNC_ZAP_GONE: Cite = {
  commit: '0df9dab891ff',
  source: 'KVM: x86/mmu: Stop zapping invalidated TDP MMU roots asynchronously'
};
export const ML_REFCOUNT: Cite = {
  commit: '11cccf5c0472',
  source: 'KVM: x86/mmu: Make TDP MMU root refcount atomic'
};
export const ML_RCU: Cite = {
  commit: '7cca2d0b7e7d',
  source: 'KVM: x86/mmu: Protect TDP MMU page table memory with RCU (v5.12)'
};
export const ML_PTEP: Cite = {
  source: 'the patch adding the parent_ptes/ptep union (mailing-list discussion); release not pinned down, present by v6.0'
};
export const ML_NXE: Cite = {
  source: 'mmu.rst patch index ddbb23998742..f60f5488e121 (role.nxe renamed role.efer_nx; mailing-list discussion)'
};
export const ML_GPTE: Cite = {
  source: 'mmu.rst patch index f60f5488e121..5b1ebad24c77 (role.gpte_is_8_bytes renamed role.has_4_byte_gpte, meaning inverted)'
};
export const ML_PASSTHROUGH: Cite = {
  source: 'role.passthrough for shadowing 4-level NPT with 5-level host NPT (~v5.19; mmu.rst blob 8364afa228ec)'
};
export const ML_IS_MIRROR: Cite = {
  source: 'KVM: x86/mmu: Add an is_mirror member for union kvm_mmu_page_role (TDX MMU preparation)'
};
export const NX_RENAME: Cite = {
  source:
    'lpage_disallowed* renamed after v6.1 in mainline (Debian 6.1.192 keeps the old names; ~v6.5 F-mi-65 has the new ones)'
};
export const TDX_PREP: Cite = {
  source: 'TDX MMU preparation series (2024): external_spt and mirror roots (kvm-mmu-facts.md (f))'
};
export const HAS_MMIO: Cite = {
  source: 'has_mapped_host_mmio: in the newest code (K-mi), absent in ~v6.14/6.15 (R-mi); purpose not investigated'
};
