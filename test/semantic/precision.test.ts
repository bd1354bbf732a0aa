/**
 * Precision on kernel prose about *other* things that sits next to a field:
 * the memslot / MMIO generation is not mmu_valid_gen, and a claim whose own
 * subject is an SPTE is not about the entry's member. Each has a control that
 * must still be flagged.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {rulesOf} from './helpers.js';

const cases: Array<[entry: string, sentence: string, kernel: string, rules: string[]]> = [
  ['mmu_valid_gen', 'Not to be confused with the memslot generation, which is incremented on every memslot update.', 'v6.12', []],
  ['mmu_valid_gen', 'The MMIO generation is increased twice per memslot update; see kvm_memslots(kvm)->generation.', 'v6.12', []],
  ['mmu_valid_gen', 'For that reason the generation number is bumped once more after synchronize_srcu() completes; so bit 63 of kvm_memslots(kvm)->generation is only set while a memslot update is in flight.', 'v6.12', []],
  ['mmu_valid_gen', 'The MMU generation is incremented on every fast zap.', 'v6.12', ['value-domain']],
  ['mmu_valid_gen', 'It is incremented on every fast zap.', 'v6.12', ['value-domain']],
  ['root_count', 'If it can change outside mmu_lock, it means the spte is always updated atomically.', 'v6.12', []],
  ['root_count', 'It is protected by mmu_lock; each spte is updated atomically by the fast path.', 'v6.12', []],
  ['root_count', 'root_count is updated atomically.', 'v6.12', ['atomicity']],
  ['root_count', 'It is updated atomically.', 'v6.12', ['atomicity']],
  ['ptep', 'KVM keeps a reverse mapping so that every pte mapping a gfn can be found.', 'v6.12', []],
  ['ptep', 'The reverse mapping of the SPTEs pointing at this page.', 'v6.12', ['field-nature']],
  ['ptep', "It's a reverse map of the parent SPTEs.", 'v6.12', ['field-nature']]
];

for (const [entry, sentence, kernel, rules] of cases) {
  test(`${entry} at ${kernel}: ${sentence}`, () => {
    assert.deepEqual(rulesOf(entry, sentence, kernel), rules);
  });
}

/**
 * Round 4: shapes found by auditing real kernel comments and docs (v6.1,
 * v6.12) sentence by sentence. Sentences written for this table; each shape
 * has a control that must still be flagged.
 */
const round4: Array<[entry: string, sentence: string, kernel: string, rules: string[]]> = [
  // The memslot generation is the one kept per address space.
  ['mmu_valid_gen', 'Generation values are bumped in steps of the address space count, so that every address space sees a distinct generation.', 'v6.12', []],
  ['mmu_valid_gen', 'The MMU generation is bumped on every fast zap.', 'v6.12', ['value-domain']],
  // "the TDP MMU does not use X": X is what is not used, not the entry.
  ['gfn', 'This list is walked instead, since the TDP MMU does not use active_mmu_pages.', 'v6.12', []],
  ['gfn', 'The shadow MMU never uses kvm->arch.tdp_mmu_roots for this.', 'v6.12', []],
  ['gfn', 'The TDP MMU does not use this field.', 'v6.12', ['mmu-flavor']],
  ['gfn', 'The TDP MMU does not use it at all.', 'v6.12', ['mmu-flavor']],
  // A lock named only as a moment: released, or last acquired.
  ['spt', 'Returns whether a remote TLB flush is required before dropping mmu_lock, that is, whether any SPTE was zapped since mmu_lock was last taken.', 'v6.12', []],
  ['spt', 'A TLB flush is required once mmu_lock is released if any TDP MMU SPTE was zapped.', 'v6.12', []],
  ['spt', 'TDP MMU SPTEs are zapped only with mmu_lock held for write.', 'v6.12', ['lock-mode']],
  ['tdp_mmu_root_count', 'A vCPU allocates a new TDP MMU root after taking mmu_lock for write.', 'v6.12', ['lock-mode']],
  ['tdp_mmu_root_count', 'A vCPU allocates a new TDP MMU root before releasing mmu_lock held for write.', 'v6.12', ['lock-mode']],
  // "rmap" as a modifier of another noun is not what the entry is.
  ['spt', 'When bit 0 of the head is set, it points to a descriptor in this rmap chain.', 'v6.12', []],
  ['spt', 'It is the rmap of the parent SPTEs.', 'v6.12', ['field-nature']],
  // "X: the reverse mapping ...": the member named before the colon.
  ['spt', 'parent_ptes: the reverse mapping of the sptes pointing at this page.', 'v6.12', []],
  ['spt', 'The reverse mapping of the SPTEs pointing at this page.', 'v6.12', ['field-nature']],
  // "rmap only contains ...": rmap is the subject of its own verb.
  ['spt', 'The TDP MMU is on, so the rmap only contains pages of nested MMUs.', 'v6.12', []],
  ['spt', 'An rmap of the parent SPTEs.', 'v6.12', ['field-nature']],
  // A participle used as an adjective ("the elevated count") names no operation.
  ['root_count', 'An emulated write sees the elevated count and takes mmu_lock for read to update the page.', 'v6.12', []],
  ['root_count', 'The count is elevated with mmu_lock held for read.', 'v6.12', ['lock-mode']],
  ['tdp_mmu_root_count', 'Roots are allocated with mmu_lock held for read.', 'v6.5', ['lock-mode']],
  // A leading "While X, ..." concession is its own clause (a "While holding ..." condition is not).
  ['role.invalid', 'While the roots are protected by RCU, role.invalid is set with mmu_lock held for write.', 'v6.12', []],
  ['role.invalid', 'While the roots are protected by RCU, role.invalid is set with mmu_lock held for read.', 'v6.12', ['lock-mode']],
  ['role.invalid', 'While holding mmu_lock for read, a task may set role.invalid.', 'v6.12', ['lock-mode']],
  // "without exclusive control of mmu_lock", and "it can set the X": the pronoun is the agent, not the member.
  ['root_count', 'If a task running without exclusive control of mmu_lock must change several fields, it can set the count to a special value.', 'v6.12', []],
  ['root_count', 'It can be changed without exclusive control of mmu_lock.', 'v6.12', ['lock-mode']],
  // "X used by the TDP MMU" where X is another noun: a participle on that noun.
  ['gfn', 'Protects the link field of kvm_mmu_page structs used by the TDP MMU.', 'v6.12', []],
  ['gfn', 'Only used by the TDP MMU.', 'v6.12', ['mmu-flavor']]
];

for (const [entry, sentence, kernel, rules] of round4) {
  test(`round 4: ${entry} at ${kernel}: ${sentence}`, () => {
    assert.deepEqual(rulesOf(entry, sentence, kernel), rules);
  });
}
