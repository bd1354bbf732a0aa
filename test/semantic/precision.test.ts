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
  ['mmu_valid_gen', 'To avoid this, the generation number is incremented again after synchronize_srcu returns; thus, bit 63 of kvm_memslots(kvm)->generation is set only during a memslot update.', 'v6.12', []],
  ['mmu_valid_gen', 'The MMU generation is incremented on every fast zap.', 'v6.12', ['value-domain']],
  ['mmu_valid_gen', 'It is incremented on every fast zap.', 'v6.12', ['value-domain']],
  ['root_count', 'If it can change outside mmu_lock, it means the spte is always updated atomically.', 'v6.12', []],
  ['root_count', 'It is protected by mmu_lock; each spte is updated atomically by the fast path.', 'v6.12', []],
  ['root_count', 'root_count is updated atomically.', 'v6.12', ['atomicity']],
  ['root_count', 'It is updated atomically.', 'v6.12', ['atomicity']],
  ['ptep', 'The mmu maintains a reverse mapping whereby all ptes mapping a page can be reached given its gfn.', 'v6.12', []],
  ['ptep', 'The reverse mapping of the SPTEs pointing at this page.', 'v6.12', ['field-nature']],
  ['ptep', "It's a reverse map of the parent SPTEs.", 'v6.12', ['field-nature']]
];

for (const [entry, sentence, kernel, rules] of cases) {
  test(`${entry} at ${kernel}: ${sentence}`, () => {
    assert.deepEqual(rulesOf(entry, sentence, kernel), rules);
  });
}
