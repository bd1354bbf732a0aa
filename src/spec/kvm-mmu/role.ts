/**
 * union kvm_mmu_page_role (arch/x86/include/asm/kvm_host.h), v5.10 to v6.17:
 * the bit-fields of its anonymous struct, overlaid on `u32 word`. Named
 * `role.<bit>`; cType `unsigned:<width>`. Unnamed padding is not a fact.
 * Source: ../shared/kvm-mmu-facts.md section (b); citation keys in ./cite.ts.
 *
 * The renames' releases are [inferred] in the facts: nxe → efer_nx (v5.13),
 * gpte_is_8_bytes → has_4_byte_gpte (~v5.18, meaning inverted); passthrough
 * ~v5.19; is_mirror with the TDX MMU preparation (v6.14).
 */
import type {FieldFact} from '../types.js';
import {HOST_512, HOST_OLD, K_HOST, ML_GPTE, ML_IS_MIRROR, ML_NXE, ML_PASSTHROUGH, T_HOST_68} from './cite.js';

type Bit = Omit<FieldFact, 'struct' | 'atomic' | 'cType'> & {width: number};
const b = ({width, ...fact}: Bit): FieldFact => ({
  struct: 'kvm_mmu_page_role',
  cType: `unsigned:${width}`,
  atomic: false,
  ...fact
});

const ALL = [HOST_512, T_HOST_68, K_HOST];

export const ROLE_FACTS: readonly FieldFact[] = [
  b({
    name: 'role.level',
    width: 4,
    mmu: 'both',
    values: {min: 1, max: 5},
    confidence: 'inferred',
    cite: ALL,
    summary: 'paging level of the page: 1 (4 KiB leaf tables) to 5 (5-level root)'
  }),
  b({
    name: 'role.gpte_is_8_bytes',
    until: 'v5.18',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    renamedTo: {name: 'role.has_4_byte_gpte', in: 'v5.18', cite: ML_GPTE},
    confidence: 'inferred',
    cite: [HOST_OLD, HOST_512],
    summary: 'the guest PTEs are 8 bytes (pre-v5.18 name; inverted by role.has_4_byte_gpte)'
  }),
  b({
    name: 'role.has_4_byte_gpte',
    since: 'v5.18',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    renamedFrom: {name: 'role.gpte_is_8_bytes', in: 'v5.18', cite: ML_GPTE},
    confidence: 'inferred',
    cite: [T_HOST_68, K_HOST, ML_GPTE],
    summary: 'the guest PTEs are 4 bytes (the inverse of the old role.gpte_is_8_bytes)'
  }),
  b({
    name: 'role.quadrant',
    width: 2,
    mmu: 'both',
    values: {min: 0, max: 3},
    confidence: 'verified',
    cite: ALL,
    summary: 'which part of a 32-bit guest page table this page shadows'
  }),
  b({
    name: 'role.direct',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    confidence: 'verified',
    cite: ALL,
    summary: 'the page maps a linear range of guest physical memory (no guest page table)'
  }),
  b({
    name: 'role.access',
    width: 3,
    mmu: 'both',
    values: {min: 0, max: 7},
    confidence: 'verified',
    cite: ALL,
    summary: 'inherited guest access permissions (ACC_* bits)'
  }),
  b({
    name: 'role.invalid',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    confidence: 'verified',
    cite: ALL,
    summary: 'the page is invalid; set with mmu_lock held for write'
  }),
  b({
    name: 'role.nxe',
    until: 'v5.13',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    renamedTo: {name: 'role.efer_nx', in: 'v5.13', cite: ML_NXE},
    confidence: 'inferred',
    cite: [HOST_OLD, ML_NXE],
    summary: 'EFER.NX of the guest (pre-v5.13 name)'
  }),
  b({
    name: 'role.efer_nx',
    since: 'v5.13',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    renamedFrom: {name: 'role.nxe', in: 'v5.13', cite: ML_NXE},
    confidence: 'inferred',
    cite: [HOST_512, T_HOST_68, K_HOST],
    summary: 'EFER.NX of the guest'
  }),
  b({name: 'role.cr0_wp', width: 1, mmu: 'both', values: [0, 1], confidence: 'verified', cite: ALL, summary: 'CR0.WP of the guest'}),
  b({
    name: 'role.smep_andnot_wp',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    confidence: 'verified',
    cite: ALL,
    summary: 'CR4.SMEP set and CR0.WP clear'
  }),
  b({
    name: 'role.smap_andnot_wp',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    confidence: 'verified',
    cite: ALL,
    summary: 'CR4.SMAP set and CR0.WP clear'
  }),
  b({
    name: 'role.ad_disabled',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    confidence: 'verified',
    cite: ALL,
    summary: 'accessed/dirty bits are not used in the SPTEs (access tracking instead)'
  }),
  b({
    name: 'role.guest_mode',
    width: 1,
    mmu: 'both',
    values: [0, 1],
    confidence: 'verified',
    cite: [HOST_OLD, ...ALL],
    summary: 'the page belongs to a nested (L2) guest; in the code since before v5.10, documented in v6.7'
  }),
  b({
    name: 'role.passthrough',
    since: 'v5.19',
    width: 1,
    mmu: 'shadow',
    values: [0, 1],
    confidence: 'inferred',
    cite: [ML_PASSTHROUGH, T_HOST_68, K_HOST],
    summary: 'a pass-through page, for shadowing 4-level NPT with a 5-level host'
  }),
  b({
    name: 'role.is_mirror',
    since: 'v6.14',
    width: 1,
    mmu: 'tdp',
    values: [0, 1],
    confidence: 'inferred',
    cite: [ML_IS_MIRROR, K_HOST],
    summary: 'a mirror page of the TDX external page table; not documented in mmu.rst'
  }),
  b({
    name: 'role.smm',
    width: 8,
    mmu: 'both',
    confidence: 'verified',
    cite: ALL,
    summary: 'the SMM address space; a whole byte at the top of the word'
  })
];

/** Declaration order (renames keep their bit position). */
export const ROLE_ORDER: readonly string[] = ROLE_FACTS.map((f) => f.name);
