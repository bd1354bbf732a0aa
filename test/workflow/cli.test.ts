/**
 * The pre-submit workflow through the CLI: real git repositories in
 * temporary directories, format-patch files, mboxes, quoted replies, --git
 * ranges and stdin, asserting exact stdout, stderr and exit codes.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {MMU, ROOT_COUNT_LINE, WRONG_CLAIM, cli, commitEdit, git, insertAfter, kernelRepo, removeDir, tempDir, write} from './repo.js';

const LOCK_REASON = (kernel: string) =>
  `"mmu_lock for write" contradicts the locking spec for ${kernel}: since v6.9 kvm_tdp_mmu_alloc_root() gets or allocates a TDP MMU root with mmu_lock held for read (the sentence is true until v6.9)`;
const GFNS_REASON = '`gfns` was renamed `shadowed_translation` in v6.0 (6a97575d5cff)';
const LOCK_LINE = (kernel: string, line = 59) => `${MMU}:${line}: ERROR: ${LOCK_REASON(kernel)} [lock-mode]\n`;
const NOTE =
  'note: no kernel tree: each hunk was linted on its own, so the rules that need the whole file (field-undocumented) were off; run in a kernel tree or pass --tree DIR\n';

let repo: string;
let outside: string;
let patches: string[];

before(() => {
  repo = kernelRepo();
  commitEdit(repo, 'KVM: x86/mmu: say when gfn is set', insertAfter('    The guest frame the page shadows.', '    Set when the page is created.'));
  commitEdit(repo, 'KVM: x86/mmu: document root allocation', insertAfter(ROOT_COUNT_LINE, WRONG_CLAIM));
  commitEdit(repo, 'KVM: x86/mmu: use the old name', (t) => t.replace('  shadowed_translation:\n', '  gfns:\n'));
  write(repo, 'README', 'hello\n');
  git(repo, 'add', 'README');
  git(repo, 'commit', '-q', '-m', 'README: add');
  outside = tempDir();
  git(repo, 'format-patch', '-q', '-o', join(outside, 'patches'), 'HEAD~4..HEAD');
  patches = readdirSync(join(outside, 'patches'))
    .sort()
    .map((name) => join(outside, 'patches', name));
  writeFileSync(join(outside, 'series.mbox'), git(repo, 'format-patch', '--stdout', 'HEAD~4..HEAD'));
  // A second checkout at the base commit: a tree the patches apply to.
  git(repo, 'worktree', 'add', '-q', join(outside, 'base'), 'HEAD~4');
});

after(() => {
  removeDir(repo);
  removeDir(outside);
});

describe('checkpatch format (b4 prep-perpatch-check-cmd)', () => {
  test('a clean patch prints nothing and exits 0', () => {
    assert.deepEqual(cli(join(outside, 'base'), ['--format', 'checkpatch', '-'], readFileSync(patches[0], 'utf8')), {stdout: '', stderr: '', code: 0});
  });

  test('a wrong claim is one ERROR line at the post-image line, in a tree at the base', () => {
    // Patch 1 is not applied in this run: the claim lands one line higher than in the series.
    assert.deepEqual(cli(join(outside, 'base'), ['--format', 'checkpatch', '-'], readFileSync(patches[1], 'utf8')), {
      stdout: LOCK_LINE('v6.12', 58),
      stderr: '',
      code: 1
    });
  });

  test('b4 runs at the series tip: the patch is already applied, same finding', () => {
    assert.deepEqual(cli(repo, ['--format', 'checkpatch', '-'], readFileSync(patches[1], 'utf8')), {stdout: LOCK_LINE('v6.12'), stderr: '', code: 1});
  });

  test('without a tree: hunks alone at the newest kernel, nothing on stderr, no note', () => {
    assert.deepEqual(cli(outside, ['--format', 'checkpatch', patches[1]]), {stdout: LOCK_LINE('v6.17'), stderr: '', code: 1});
  });

  test('an mbox series applies cumulatively; warnings are WARNING lines, also for what a patch breaks elsewhere', () => {
    assert.deepEqual(cli(join(outside, 'base'), ['--format', 'checkpatch', '../series.mbox']), {
      stdout:
        LOCK_LINE('v6.12') +
        `${MMU}:8: WARNING: \`shadowed_translation\` (u64 *), a member of struct kvm_mmu_page at v6.12, has no entry [field-undocumented]\n` +
        `${MMU}:55: WARNING: ${GFNS_REASON} [field-unknown]\n`,
      stderr: '',
      code: 1
    });
  });

  test('a patch whose hunk does not apply to the tree: one line naming the patch and the hunk line, exit 2', () => {
    assert.deepEqual(cli(join(outside, 'base'), ['--format', 'checkpatch', '../patches/0003-KVM-x86-mmu-use-the-old-name.patch']), {
      stdout: '',
      stderr:
        "mmu-doc-lint: ../patches/0003-KVM-x86-mmu-use-the-old-name.patch:14: hunk #1 of Documentation/virt/kvm/x86/mmu.rst does not apply to the tree's Documentation/virt/kvm/x86/mmu.rst (neither does its new side: the tree is neither before nor after this patch)\n",
      code: 2
    });
  });

  test('a patch touching no mmu.rst prints nothing in every format', () => {
    for (const format of ['checkpatch', 'pretty', 'github']) {
      assert.deepEqual(cli(join(outside, 'base'), ['--format', format, patches[3]]), {stdout: '', stderr: '', code: 0}, format);
    }
    assert.deepEqual(cli(join(outside, 'base'), ['--format', 'b4-json', patches[3]]), {stdout: '[]\n', stderr: '', code: 0});
  });
});
