/**
 * The corpus suite: the exact findings of every real mmu.rst version in
 * ../shared/corpus at its own kernel version, and a few cross-version runs.
 * Skipped when the corpus is absent. (The semantic rules' corpus pins are in
 * test/semantic/corpus.test.ts.)
 */
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {test} from 'node:test';
import {lint} from '../../src/index.js';
import {BIN, CORPUS, HAS_CORPUS, formatMessage} from '../helpers/paths.js';

const skip = HAS_CORPUS ? false : 'no ../shared/corpus';

const runs: Array<[string, string, string[]]> = [
  ['v5.x-gfns-gpte_is_8_bytes.rst', 'v5.10', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v5.10, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v5.10, has no entry [field-undocumented]",
    "150:1-150:48: warning: `lpage_disallowed_link` (struct list_head), a member of struct kvm_mmu_page at v5.10, has no entry [field-undocumented]",
    "150:1-150:48: warning: `mmu_valid_gen` (u8), a member of struct kvm_mmu_page at v5.10, has no entry [field-undocumented]",
    "150:1-150:48: warning: `mmio_cached` (bool), a member of struct kvm_mmu_page at v5.10, has no entry [field-undocumented]",
    "150:1-150:48: warning: `lpage_disallowed` (bool), a member of struct kvm_mmu_page at v5.10, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_page` (bool), a member of struct kvm_mmu_page at v5.10, has no entry [field-undocumented]",
    "150:1-150:48: warning: `role.guest_mode` (unsigned:1), a bit of union kvm_mmu_page_role at v5.10, has no entry [field-undocumented]",
    "215:60-215:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
  ]],
  ['v5.18-gfns-has_4_byte_gpte.rst', 'v5.18', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `lpage_disallowed_link` (struct list_head), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `mmu_valid_gen` (u8), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `mmio_cached` (bool), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `lpage_disallowed` (bool), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_root_count` (refcount_t, in a union with `root_count`), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_page` (bool), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v5.18, has no entry [field-undocumented]",
    "150:1-150:48: warning: `role.guest_mode` (unsigned:1), a bit of union kvm_mmu_page_role at v5.18, has no entry [field-undocumented]",
    "215:60-215:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
  ]],
  ['v5.19-v6.x-gfns-passthrough.rst', 'v6.1', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_page` (bool), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `mmu_valid_gen` (u8), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `lpage_disallowed` (bool), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `shadowed_translation` (u64 *), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_root_count` (refcount_t, in a union with `root_count`), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `ptep` (tdp_ptep_t, in a union with `parent_ptes`), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_async_work` (struct work_struct, in a union with `unsync_child_bitmap`), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_async_data` (void *, in a union with `unsync_child_bitmap`), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `lpage_disallowed_link` (struct list_head), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v6.1, has no entry [field-undocumented]",
    "150:1-150:48: warning: `role.guest_mode` (unsigned:1), a bit of union kvm_mmu_page_role at v6.1, has no entry [field-undocumented]",
    "219:60-219:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
    "222:3-222:7: warning: `gfns` was renamed `shadowed_translation` in v6.0 (6a97575d5cff) [field-unknown]",
  ]],
  ['v6.7-rc-b207cfbc-guest_mode-gfns.rst', 'v6.7', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_page` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `mmu_valid_gen` (u8, in a union with `tdp_mmu_scheduled_root_to_zap`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_scheduled_root_to_zap` (bool, in a union with `mmu_valid_gen`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `nx_huge_page_disallowed` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `shadowed_translation` (u64 *), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_root_count` (refcount_t, in a union with `root_count`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `ptep` (tdp_ptep_t, in a union with `parent_ptes`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `possible_nx_huge_page_link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "221:60-221:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
    "224:3-224:7: warning: `gfns` was renamed `shadowed_translation` in v6.0 (6a97575d5cff) [field-unknown]",
  ]],
  ['v6.7-rc-fdaca560-shadowed_translation.rst', 'v6.7', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_page` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `mmu_valid_gen` (u8, in a union with `tdp_mmu_scheduled_root_to_zap`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_scheduled_root_to_zap` (bool, in a union with `mmu_valid_gen`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `nx_huge_page_disallowed` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_root_count` (refcount_t, in a union with `root_count`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `ptep` (tdp_ptep_t, in a union with `parent_ptes`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `possible_nx_huge_page_link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "221:60-221:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
    "227:46-227:64: warning: `shadow_translation` is not a member of struct kvm_mmu_page; did you mean `shadowed_translation`? [identifier-unknown]",
  ]],
  ['v6.7-rc-c3204c40-mmu_valid_gen.rst', 'v6.7', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_page` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_scheduled_root_to_zap` (bool, in a union with `mmu_valid_gen`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `nx_huge_page_disallowed` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `possible_nx_huge_page_link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "231:60-231:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
    "237:46-237:64: warning: `shadow_translation` is not a member of struct kvm_mmu_page; did you mean `shadowed_translation`? [identifier-unknown]",
    "243:1-243:6: warning: The description of `root_count / tdp_mmu_root_count` is indented 5 columns; the other descriptions use 4 [field-format]",
  ]],
  ['v6.7-after-field-docs.rst', 'v6.7', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_scheduled_root_to_zap` (bool, in a union with `mmu_valid_gen`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `nx_huge_page_disallowed` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `possible_nx_huge_page_link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "231:60-231:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
    "237:46-237:64: warning: `shadow_translation` is not a member of struct kvm_mmu_page; did you mean `shadowed_translation`? [identifier-unknown]",
    "243:1-243:6: warning: The description of `root_count / tdp_mmu_root_count` is indented 5 columns; the other descriptions use 4 [field-format]",
  ]],
  ['newest.rst', 'v6.7', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_scheduled_root_to_zap` (bool, in a union with `mmu_valid_gen`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `nx_huge_page_disallowed` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `possible_nx_huge_page_link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "231:60-231:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
    "237:46-237:64: warning: `shadow_translation` is not a member of struct kvm_mmu_page; did you mean `shadowed_translation`? [identifier-unknown]",
    "243:1-243:6: warning: The description of `root_count / tdp_mmu_root_count` is indented 5 columns; the other descriptions use 4 [field-format]",
  ]],
  ['newest.rst', 'v6.12', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v6.12, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.12, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_scheduled_root_to_zap` (bool, in a union with `mmu_valid_gen`), a member of struct kvm_mmu_page at v6.12, has no entry [field-undocumented]",
    "150:1-150:48: warning: `nx_huge_page_disallowed` (bool), a member of struct kvm_mmu_page at v6.12, has no entry [field-undocumented]",
    "150:1-150:48: warning: `possible_nx_huge_page_link` (struct list_head), a member of struct kvm_mmu_page at v6.12, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v6.12, has no entry [field-undocumented]",
    "231:60-231:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
    "237:46-237:64: warning: `shadow_translation` is not a member of struct kvm_mmu_page; did you mean `shadowed_translation`? [identifier-unknown]",
    "243:1-243:6: warning: The description of `root_count / tdp_mmu_root_count` is indented 5 columns; the other descriptions use 4 [field-format]",
  ]],
  ['v5.18-gfns-has_4_byte_gpte.rst', 'v6.7', [
    "150:1-150:48: warning: `link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_page` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `mmu_valid_gen` (u8, in a union with `tdp_mmu_scheduled_root_to_zap`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_scheduled_root_to_zap` (bool, in a union with `mmu_valid_gen`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `nx_huge_page_disallowed` (bool), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `shadowed_translation` (u64 *), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `tdp_mmu_root_count` (refcount_t, in a union with `root_count`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `ptep` (tdp_ptep_t, in a union with `parent_ptes`), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `possible_nx_huge_page_link` (struct list_head), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `rcu_head` (struct rcu_head, CONFIG_X86_64 only), a member of struct kvm_mmu_page at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `role.guest_mode` (unsigned:1), a bit of union kvm_mmu_page_role at v6.7, has no entry [field-undocumented]",
    "150:1-150:48: warning: `role.passthrough` (unsigned:1), a bit of union kvm_mmu_page_role at v6.7, has no entry [field-undocumented]",
    "215:60-215:70: warning: `parent_pte` is not a member of struct kvm_mmu_page; did you mean `parent_ptes`? [identifier-unknown]",
    "218:3-218:7: warning: `gfns` was renamed `shadowed_translation` in v6.0 (6a97575d5cff) [field-unknown]",
  ]],
];

for (const [name, kernel, want] of runs) {
  test(`corpus ${name} at ${kernel}: exact findings`, {skip}, () => {
    const text = readFileSync(join(CORPUS, 'mmu.rst', name), 'utf8');
    const [file] = lint(text, {kernel});
    assert.deepEqual(
      file.messages.map((m) => `${formatMessage(m)} [${m.ruleId}]`),
      want
    );
  });
}

test('corpus: the v5.18 text reports gfns as renamed at v6.7, not at v5.18', {skip}, () => {
  const text = readFileSync(join(CORPUS, 'mmu.rst', 'v5.18-gfns-has_4_byte_gpte.rst'), 'utf8');
  const at = (kernel: string) => lint(text, {kernel})[0].messages.filter((m) => m.ruleId === 'field-unknown').map((m) => m.reason);
  assert.deepEqual(at('v6.7'), ['`gfns` was renamed `shadowed_translation` in v6.0 (6a97575d5cff)']);
  assert.deepEqual(at('v5.18'), []);
});

test('corpus: newest.rst at v6.12 through the CLI: nine warnings, no error, exit 0', {skip}, () => {
  const result = spawnSync(process.execPath, [BIN, '--kernel', 'v6.12', '--format', 'json', join(CORPUS, 'mmu.rst', 'newest.rst')], {
    encoding: 'utf8'
  });
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
  const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{fatal: boolean | null; ruleId: string}>}>;
  assert.equal(file.messages.length, 9);
  assert.ok(file.messages.every((m) => m.fatal === false));
});

/** Debian's linux-source-6.12, when installed: a real kernel tree (four files extracted in one pass). */
function debianTree(): string | undefined {
  const tarball = ['/usr/src/linux-source-6.12.tar.xz'].find((p) => existsSync(p));
  if (!tarball) return undefined;
  const out = mkdtempSync(join(tmpdir(), 'mmu-doc-lint-tree-'));
  const files = ['Makefile', 'Documentation/virt/kvm/x86/mmu.rst', 'arch/x86/kvm/mmu/mmu_internal.h', 'arch/x86/include/asm/kvm_host.h'];
  try {
    execFileSync('tar', ['-xJf', tarball, '-C', out, ...files.map((f) => `linux-source-6.12/${f}`)], {stdio: 'ignore'});
    return join(out, 'linux-source-6.12');
  } catch {
    rmSync(out, {recursive: true, force: true});
    return undefined;
  }
}

test('a real kernel tree (Debian linux-source-6.12): its version, its headers, the same nine findings, no drift', {skip: existsSync('/usr/src/linux-source-6.12.tar.xz') ? false : 'linux-source-6.12 is not installed'}, () => {
  const tree = debianTree();
  assert.ok(tree, 'the tarball extracts');
  try {
    const result = spawnSync(process.execPath, [BIN, '--no-config', '--format', 'json', tree], {encoding: 'utf8'});
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; reason: string; fatal: boolean | null}>}>;
    const newest = runs.find(([name, kernel]) => name === 'newest.rst' && kernel === 'v6.12')![2];
    assert.deepEqual(
      file.messages.map((m) => m.reason),
      newest.map((line) => line.replace(/^\S+: \w+: /, '').replace(/ \[[a-z-]+\]$/, '').replace(' at v6.12,', ' at v6.12 (kernel tree),'))
    );
  } finally {
    rmSync(dirname(tree), {recursive: true, force: true});
  }
});
