import {test} from 'node:test';
import assert from 'node:assert/strict';
import {doc, rulesOf, semantic} from './helpers.js';

type Case = [term: string, sentence: string, kernel: string, expected: string[]];

function run(name: string, cases: Case[]): void {
  for (const [term, sentence, kernel, expected] of cases) {
    test(`${name} @${kernel}: ${sentence}`, () => {
      assert.deepEqual(rulesOf(term, sentence, kernel), expected);
    });
  }
}

const RC = 'root_count / tdp_mmu_root_count';
const L = ['lock-mode'];

run('lock-mode', [
  [RC, 'A vCPU must hold mmu_lock for write to allocate a new TDP MMU root.', 'v6.12', L],
  [RC, 'A vCPU must hold mmu_lock for write to allocate a new TDP MMU root.', 'v6.8', []],
  [RC, 'vCPUs allocate TDP MMU roots with mmu_lock held for read.', 'v6.12', []],
  [RC, 'vCPUs allocate TDP MMU roots with mmu_lock held for read.', 'v6.8', L],
  [RC, 'TDP MMU roots are allocated by vCPUs while holding kvm->mmu_lock in read mode.', 'v6.9', []],
  [RC, 'TDP MMU roots are allocated by vCPUs while holding kvm->mmu_lock in read mode.', 'v6.7', L],
  [RC, 'A vCPU does not need mmu_lock for write to get a new TDP MMU root.', 'v6.12', []],
  [RC, 'A vCPU does not need mmu_lock for write to get a new TDP MMU root.', 'v6.6', L],
  [RC, "vCPUs can't allocate TDP MMU roots with mmu_lock held for read.", 'v6.12', L],
  [RC, "vCPUs can't allocate TDP MMU roots with mmu_lock held for read.", 'v6.8', []],
  [RC, 'Shadow MMU roots can be allocated with the MMU read_lock.', 'v6.12', L],
  [RC, 'Shadow MMU roots are allocated with mmu_lock held exclusively.', 'v6.12', []],
  [RC, 'vCPUs can allocate TDP MMU roots without holding mmu_lock.', 'v6.12', L],
  [RC, 'vCPUs take a reference to a TDP MMU root under write_lock(&kvm->mmu_lock).', 'v6.12', L],
  [RC, 'vCPUs take a reference to a TDP MMU root under read_lock(&kvm->mmu_lock).', 'v6.12', []],
  [RC, 'Root walkers take a reference to TDP MMU roots with mmu_lock held for read.', 'v6.12', []],
  [RC, 'Root walkers must hold mmu_lock for write to take a reference to a TDP MMU root.', 'v6.12', L],
  [RC, 'References to roots are taken by vCPUs and root walkers with mmu_lock held for read.', 'v6.12', []],
  ['role.invalid', 'TDP MMU roots are invalidated with mmu_lock held for read.', 'v6.12', L],
  ['role.invalid', 'Roots are invalidated with mmu_lock held for write.', 'v6.12', []],
  ['role.invalid', 'Setting role.invalid only requires mmu_lock in read mode.', 'v6.12', L],
  ['role.invalid', 'Invalidated TDP MMU roots are zapped after a fast zap with mmu_lock held for read.', 'v6.12', []],
  ['role.invalid', 'After a fast zap, invalidated TDP MMU roots are zapped with mmu_lock held for write.', 'v6.12', L],
  ['mmu_valid_gen', 'The fast zap updates the MMU generation while holding mmu_lock for read.', 'v6.12', L],
  ['mmu_valid_gen', 'KVM flips the MMU generation with mmu_lock held for write.', 'v6.12', []],
  ['mmu_valid_gen', 'The MMU generation can be updated without holding slots_lock.', 'v6.12', L],
  ['unsync', 'Pages are marked unsync only with mmu_lock held for write.', 'v6.12', L],
  ['unsync', 'Pages can be marked unsync with mmu_lock held for read.', 'v6.12', []],
  ['unsync', 'unsync is cleared with mmu_lock held for read.', 'v6.12', L],
  ['spt', 'TDP MMU SPTEs are only modified with mmu_lock held for write.', 'v6.12', L],
  ['spt', 'TDP MMU SPTEs can be modified with mmu_lock held for read.', 'v6.12', []],
  ['spt', 'The fast page fault path fixes SPTEs without holding mmu_lock.', 'v6.12', []],
  ['spt', 'The fast page fault path must hold mmu_lock to fix SPTEs.', 'v6.12', L],
  [RC, 'vCPUs take mmu_lock for read to allocate a root.', 'v5.10', L],
  [RC, 'A vCPU holds mmu_lock to allocate a root.', 'v5.10', []],
]);

run('lock-name', [
  [RC, 'Roots are allocated with kvm->arch.mmu_lock held.', 'v6.12', ['lock-name']],
  [RC, 'Roots are allocated with kvm->mmu_lock held.', 'v6.12', []],
  ['spt', 'On x86, mmu_lock is a spinlock.', 'v6.12', ['lock-name']],
  ['spt', 'On x86, mmu_lock is a spinlock.', 'v5.10', []],
  ['spt', 'mmu_lock is an rwlock.', 'v6.12', []],
  ['spt', 'mmu_lock is an rwlock.', 'v5.11', ['lock-name']],
  ['spt', 'mmu_lock is not a spinlock.', 'v6.12', []],
  ['spt', 'slots_lock is a spinlock.', 'v6.12', ['lock-name']],
  ['spt', 'slots_lock is a mutex.', 'v6.12', []],
  ['spt', 'tdp_mmu_pages_lock can be taken without holding mmu_lock.', 'v6.12', ['lock-name']],
  ['spt', 'tdp_mmu_pages_lock is only taken inside mmu_lock.', 'v6.12', []],
  ['spt', 'The page tables are changed under spin_lock(&kvm->mmu_lock).', 'v6.12', ['lock-name']],
  ['spt', 'The page tables are changed under spin_lock(&kvm->mmu_lock).', 'v5.11', []],
]);

run('atomicity', [
  [RC, 'tdp_mmu_root_count is an atomic_t.', 'v6.12', ['atomicity']],
  [RC, 'tdp_mmu_root_count is a refcount_t.', 'v6.12', []],
  [RC, 'tdp_mmu_root_count plays the same part, but only in the TDP MMU, as an atomic refcount.', 'v6.12', []],
  [RC, 'root_count is an atomic counter.', 'v6.12', ['atomicity']],
  [RC, 'root_count is not atomic.', 'v6.12', []],
  [RC, 'root_count is a plain int.', 'v6.12', []],
  [RC, 'tdp_mmu_root_count is not atomic.', 'v6.12', ['atomicity']],
  [RC, 'tdp_mmu_root_count is a plain int.', 'v6.12', ['atomicity']],
  ['write_flooding_count', 'This counter is atomically incremented.', 'v6.12', []],
  ['write_flooding_count', 'It is a non-atomic counter.', 'v6.12', ['atomicity']],
  ['clear_spte_count', 'Exists on 32-bit hosts only, since there a 64-bit spte cannot be stored atomically.', 'v6.12', []],
]);

run('value-domain', [
  ['mmu_valid_gen', "The MMU generation is always either '0' or '1'.", 'v6.12', []],
  ['mmu_valid_gen', 'The MMU generation can be 0, 1 or 2.', 'v6.12', ['value-domain']],
  ['mmu_valid_gen', 'KVM increments the MMU generation on every fast zap.', 'v6.12', ['value-domain']],
  ['mmu_valid_gen', 'KVM flips the MMU generation on every fast zap.', 'v6.12', []],
  ['mmu_valid_gen', 'It is only ever 0 or 1.', 'v5.10', []],
  ['role.quadrant', 'role.quadrant takes values in the range 0..3.', 'v6.12', []],
  ['role.quadrant', 'role.quadrant can only be 0 or 1.', 'v6.12', ['value-domain']],
  ['role.quadrant', 'On first-level pages role.quadrant is 0 or 1.', 'v6.12', []],
  ['role.quadrant', 'role.quadrant takes values in the range 0..7.', 'v6.12', ['value-domain']],
  ['role.level', 'The level can be 1, 2, 3, 4 or 5.', 'v6.12', []],
  ['role.level', 'role.level takes values in the range 0..5.', 'v6.12', ['value-domain']],
  ['role.invalid', 'It is either 0 or 1.', 'v6.12', []],
  ['role.invalid', 'It can be 0, 1 or 2.', 'v6.12', ['value-domain']],
]);

run('vcpu-blocking', [
  ['mmu_valid_gen', 'Used to fast zap all pages without blocking vCPUs too long.', 'v6.12', []],
  ['mmu_valid_gen', 'Used to fast zap all pages without blocking vCPUs.', 'v6.12', ['vcpu-blocking']],
  ['mmu_valid_gen', 'The fast zap blocks all vCPUs until it is done.', 'v6.12', ['vcpu-blocking']],
  ['mmu_valid_gen', 'The fast zap blocks vCPUs only briefly.', 'v6.12', []],
  ['mmu_valid_gen', 'vCPUs are never blocked by the fast zap.', 'v6.12', ['vcpu-blocking']],
  ['mmu_valid_gen', 'vCPUs are blocked until the fast zap completes.', 'v6.12', ['vcpu-blocking']],
  ['mmu_valid_gen', 'The fast zap does not block vCPUs for long.', 'v6.12', []],
  ['mmu_valid_gen', 'A memslot update zaps all pages without ever blocking vCPUs.', 'v6.12', ['vcpu-blocking']],
  ['mmu_valid_gen', 'It lets KVM zap all pages without blocking running vCPUs for a long time.', 'v6.12', []],
  ['mmu_valid_gen', 'The fast zap does not block vCPUs.', 'v6.12', ['vcpu-blocking']],
]);

run('mmu-flavor', [
  ['ptep', 'Only the TDP MMU uses it; it shares a union with parent_ptes.', 'v6.12', []],
  ['ptep', 'Used only by the shadow MMU.', 'v6.12', ['mmu-flavor']],
  ['ptep', 'The TDP MMU does not use this field.', 'v6.12', ['mmu-flavor']],
  ['parent_ptes', 'Not used by the TDP MMU.', 'v6.12', []],
  ['parent_ptes', 'This field is used only by the TDP MMU.', 'v6.12', ['mmu-flavor']],
  [RC, 'tdp_mmu_root_count plays the same part, but only in the TDP MMU, as an atomic refcount.', 'v6.12', []],
  [RC, 'root_count is exclusively used in TDP MMU.', 'v6.12', ['mmu-flavor']],
  ['mmu_valid_gen', "Note that the TDP MMU does not use this field.", 'v6.12', []],
  ['tdp_mmu_page', 'This field is used by both the TDP MMU and the shadow MMU.', 'v6.12', []],
  ['unsync_children', 'It is used by the TDP MMU.', 'v6.12', ['mmu-flavor']],
  ['role.invalid', 'The TDP MMU does not use this bit.', 'v6.12', ['mmu-flavor']],
]);

run('initial-value', [
  [RC, 'A new TDP MMU root starts with a refcount of 2.', 'v6.12', []],
  [RC, 'A new TDP MMU root starts with a refcount of 1.', 'v6.12', ['initial-value']],
  [RC, 'A new TDP MMU root starts with a refcount of 1.', 'v6.3', []],
  [RC, 'A new TDP MMU root starts with a refcount of 2.', 'v6.1', ['initial-value']],
  [RC, 'tdp_mmu_root_count is initialized to one when the root is allocated.', 'v6.12', ['initial-value']],
  [RC, 'tdp_mmu_root_count is initialized to two when the root is allocated.', 'v6.12', []],
  ['tdp_mmu_root_count', 'The refcount starts at 2: one reference for the vCPU and one for the TDP MMU.', 'v6.9', []],
  ['tdp_mmu_root_count', 'The refcount starts at 1.', 'v6.9', ['initial-value']],
  [RC, 'The refcount starts at 1.', 'v6.9', []],
  [RC, 'TDP MMU roots are created with a reference count of 3.', 'v6.12', ['initial-value']],
]);

run('field-nature', [
  ['ptep', 'Kernel address of the parent SPTE, i.e. the entry pointing at this page.', 'v6.12', []],
  ['ptep', 'The reverse map of the parent SPTEs of this page.', 'v6.12', ['field-nature']],
  ['ptep', 'This field is a reverse map.', 'v6.12', ['field-nature']],
  ['ptep', 'ptep is not a reverse map.', 'v6.12', []],
  ['parent_ptes', 'The reverse mapping for the sptes pointing at this page.', 'v6.12', []],
  ['parent_ptes', 'parent_ptes is not a reverse map.', 'v6.12', ['field-nature']],
  ['ptep', 'This field is a union with parent_ptes.', 'v6.12', []],
  ['ptep', 'This field is a union with root_count.', 'v6.12', ['field-nature']],
  ['shadowed_translation', 'Lets KVM map a pte back to its gfn (a reverse map).', 'v6.12', []],
  ['ptep', 'It points to the parent SPTE.', 'v6.12', []],
]);

test('lock-mode message: reason, place, note, expected, severity', () => {
  const text = doc(RC, 'A vCPU must hold mmu_lock for write to allocate a new TDP MMU root.');
  const [m, ...rest] = semantic(text, 'v6.12');
  assert.equal(rest.length, 0);
  assert.equal(m.rule, 'lock-mode');
  assert.equal(m.place, '3:22-3:40');
  assert.equal(m.fatal, true);
  assert.equal(m.reason, '"mmu_lock for write" contradicts the locking spec for v6.12: since v6.9 kvm_tdp_mmu_alloc_root() gets or allocates a TDP MMU root with mmu_lock held for read (the sentence is true until v6.8)');
  assert.match(m.note!, /dab285e4ec73, "KVM: x86\/mmu: Alloc TDP MMU roots while holding mmu_lock for read"/);
  assert.deepEqual(m.expected, ['mmu_lock for read']);
});

test('lock-name message for kvm->arch.mmu_lock', () => {
  const [m] = semantic(doc(RC, 'Roots are allocated with kvm->arch.mmu_lock held.'), 'v6.12');
  assert.equal(m.reason, '"kvm->arch.mmu_lock" does not exist: the lock is kvm->mmu_lock');
  assert.equal(m.place, '3:30-3:48');
  assert.deepEqual(m.expected, ['kvm->mmu_lock']);
});

test('initial-value message says when the sentence was true', () => {
  const [m] = semantic(doc(RC, 'A new TDP MMU root starts with a refcount of 1.'), 'v6.12');
  assert.match(m.reason, /\(the sentence is true until v6\.3\)$/);
  assert.match(m.note!, /edbdb43fc96b/);
  assert.deepEqual(m.expected, ['starts with a refcount of 2']);
});
