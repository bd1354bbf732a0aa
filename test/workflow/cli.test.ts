/**
 * The pre-submit workflow through the CLI: real git repositories in
 * temporary directories, format-patch files, mboxes, quoted replies, --git
 * ranges and stdin, asserting exact stdout, stderr and exit codes.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {MMU, ROOT_COUNT_LINE, home, WRONG_CLAIM, cli, commitEdit, git, insertAfter, kernelRepo, removeDir, tempDir, write} from './repo.js';

const LOCK_REASON = (kernel: string) =>
  `"mmu_lock for write" contradicts the locking spec for ${kernel}: since v6.9 kvm_tdp_mmu_alloc_root() gets or allocates a TDP MMU root with mmu_lock held for read (the sentence is true until v6.8)`;
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
  removeDir(home);
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

describe('--git ranges', () => {
  test('pretty: one report per commit, in order, with the patch line', () => {
    const run = cli(repo, ['--git', 'HEAD~4..HEAD']);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trimEnd());
    const shas = git(repo, 'rev-list', '--reverse', '--no-merges', 'HEAD~4..HEAD~1').trim().split('\n').map((s) => s.slice(0, 12));
    assert.deepEqual(lines, [
      `${MMU} (${shas[0]} KVM: x86/mmu: say when gfn is set): no issues found`,
      `${MMU} (${shas[1]} KVM: x86/mmu: document root allocation)`,
      `59:21-59:39 error ${LOCK_REASON('v6.12')} (patch line 15) lock-mode mmu-doc-lint`,
      ' [note]:',
      ' Since v6.9 kvm_tdp_mmu_alloc_root() gets or allocates a TDP MMU root with mmu_lock held for read (dab285e4ec73, "KVM: x86/mmu: Alloc TDP MMU roots while holding mmu_lock for read"; arch/x86/kvm/mmu/tdp_mmu.c (K-tdp, newest)).',
      ' Suggested: mmu_lock for read',
      '',
      `${MMU} (${shas[2]} KVM: x86/mmu: use the old name)`,
      '8:1-8:48 warning `shadowed_translation` (u64 *), a member of struct kvm_mmu_page at v6.12, has no entry field-undocumented mmu-doc-lint',
      `55:3-55:7 warning ${GFNS_REASON} (patch line 16) field-unknown mmu-doc-lint`,
      '',
      '3 messages (✖ 1 error, ⚠ 2 warnings)',
      ''
    ]);
  });

  test('-N is the last N commits; b4-json has one object per failing or warning commit', () => {
    const run = cli(repo, ['--git', '-3', '--format', 'b4-json']);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    const sha = (rev: string) => git(repo, 'rev-parse', '--short=12', rev).trim();
    assert.deepEqual(JSON.parse(run.stdout), [
      {
        tool: 'mmu-doc-lint',
        status: 'fail',
        summary: `1 error in ${MMU}`,
        details: `${sha('HEAD~2')} KVM: x86/mmu: document root allocation\n${LOCK_LINE('v6.12').trimEnd()}`
      },
      {
        tool: 'mmu-doc-lint',
        status: 'warn',
        summary: `2 warnings in ${MMU}`,
        details:
          `${sha('HEAD~1')} KVM: x86/mmu: use the old name\n` +
          `${MMU}:8: WARNING: \`shadowed_translation\` (u64 *), a member of struct kvm_mmu_page at v6.12, has no entry [field-undocumented]\n` +
          `${MMU}:55: WARNING: ${GFNS_REASON} [field-unknown]`
      }
    ]);
  });

  test('github annotations, escaped, and the output is the same on every run', () => {
    const run = cli(repo, ['--git', 'HEAD~3..HEAD~2', '--format', 'github']);
    assert.deepEqual(run, {
      stdout:
        `::error file=${MMU},line=59,col=21,endLine=59,endColumn=39,title=lock-mode::${LOCK_REASON('v6.12')}` +
        run.stdout.slice(run.stdout.indexOf('%0A')),
      stderr: '',
      code: 1
    });
    assert.ok(run.stdout.includes('%0A'), 'the note follows the reason on an escaped new line');
    assert.equal(run.stdout.split('\n').length, 2, 'one annotation');
    assert.deepEqual(cli(repo, ['--git', 'HEAD~3..HEAD~2', '--format', 'github']), run);
  });

  test('sarif: SARIF 2.1.0 with rules and a relative location', () => {
    const run = cli(repo, ['--git', 'HEAD~3..HEAD~2', '--format', 'sarif']);
    assert.equal(run.code, 1);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    const [result] = sarif.runs[0].results;
    assert.equal(sarif.runs[0].results.length, 1);
    assert.equal(result.ruleId, 'lock-mode');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations, [
      {physicalLocation: {artifactLocation: {uri: MMU}, region: {startLine: 59, startColumn: 21, endLine: 59, endColumn: 39}}}
    ]);
    assert.equal(result.properties.patchLine, 15);
    assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'lock-mode');
  });

  test('errors: not a git repository, a bad range (exit 2, one line)', () => {
    const run = cli(outside, ['--git', 'HEAD~1..HEAD']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^mmu-doc-lint: \/[^\n]*: --git: not a git repository[^\n]*\n$/);
    assert.deepEqual(cli(repo, ['--git', 'nosuch..HEAD']), {
      stdout: '',
      stderr: "mmu-doc-lint: --git: bad range \"nosuch..HEAD\": ambiguous argument 'nosuch..HEAD': unknown revision or path not in the working tree.\n",
      code: 2
    });
    assert.deepEqual(cli(repo, ['--git=--all']), {
      stdout: '',
      stderr: 'mmu-doc-lint: --git: bad range "--all": expected A..B, HEAD~N..HEAD or -N\n',
      code: 2
    });
  });
});

describe('other inputs', () => {
  test('a quoted reply (nested quotes, > without a space, reviewer comments between) is checked like the patch', () => {
    const patch = readFileSync(patches[1], 'utf8');
    const body = patch.slice(patch.indexOf('\n\n') + 2);
    const quoted = body
      .split('\n')
      .map((line) => (line === '' ? '> >' : `> > ${line}`))
      .join('\n')
      .replace(`> > +${WRONG_CLAIM}`, `> > +${WRONG_CLAIM}\n\nThis is wrong since v6.9.\n`);
    const reply = `From: Reviewer <r@example.org>\nSubject: Re: [PATCH 2/4] KVM: x86/mmu: document root allocation\n\nOn Mon, someone wrote:\n> Author wrote:\n${quoted}\n`;
    assert.deepEqual(cli(join(outside, 'base'), ['--format', 'checkpatch', '-'], reply), {stdout: LOCK_LINE('v6.12', 58), stderr: '', code: 1});
  });

  test('pretty without a tree: the note is the last line of the report, on stdout', () => {
    const run = cli(outside, ['patches/0002-KVM-x86-mmu-document-root-allocation.patch']);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    assert.ok(run.stdout.startsWith(`${MMU} ([PATCH 2/4] KVM: x86/mmu: document root allocation)\n59:21-59:39`), run.stdout);
    assert.ok(run.stdout.endsWith(`1 error\n${NOTE}`), run.stdout);
  });

  test('--all reports the findings of the whole post-image', () => {
    const run = cli(join(outside, 'base'), ['--format', 'checkpatch', '--all', '--rule', 'lock-mode=warn', patches[0]]);
    assert.deepEqual(run, {stdout: '', stderr: '', code: 0});
  });

  const malformed: Array<[string, (patch: string) => string, RegExp]> = [
    ['a truncated hunk', (p) => p.slice(0, p.indexOf(`+${WRONG_CLAIM}`)), /^mmu-doc-lint: <stdin>:\d+: truncated hunk \(header at line 14\): [^\n]*\n$/],
    ['a wrong count', (p) => p.replace('@@ -56,6 +56,7 @@', '@@ -56,6 +56,6 @@'), /^mmu-doc-lint: <stdin>:21: hunk \(header at line 14\) has more context lines than its header counts\n$/],
    ['CRLF', (p) => p.replace(/\n/g, '\r\n'), /^mmu-doc-lint: <stdin>:1: CRLF line ending: [^\n]*\n$/],
    ['a path leaving the tree', (p) => p.replace(`+++ b/${MMU}`, '+++ b/../../etc/passwd'), /^mmu-doc-lint: <stdin>:13: refusing path "\.\.\/\.\.\/etc\/passwd" in a patch header: "\.\." leads outside the tree\n$/],
    ['an absolute path', (p) => p.replace(`--- a/${MMU}`, '--- /etc/passwd'), /^mmu-doc-lint: <stdin>:12: refusing absolute path "\/etc\/passwd"[^\n]*\n$/],
    ['an unknown transfer encoding', (p) => p.replace('\nDate: ', '\nContent-Transfer-Encoding: x-uuencode\nDate: '), /^mmu-doc-lint: <stdin>:3: unknown Content-Transfer-Encoding "x-uuencode"\n$/],
    ['a binary diff', (p) => p.replace(/--- a\/[^\n]*\n\+\+\+ b\/[^\n]*\n@@[^]*$/, 'Binary files a/x and b/y differ\n'), /^mmu-doc-lint: <stdin>:10: binary diff of Documentation\/virt\/kvm\/x86\/mmu\.rst: [^\n]*\n$/]
  ];
  for (const [name, mangle, expected] of malformed) {
    test(`malformed: ${name} → exit 2 and one line naming the patch line`, () => {
      const run = cli(outside, ['--format', 'checkpatch', '-'], mangle(readFileSync(patches[1], 'utf8')));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, expected);
      assert.equal(run.code, 2);
    });
  }
});

describe('configuration', () => {
  test('.mmu-doc-lint.json found upward sets rule levels; --no-config ignores it; CLI flags win', () => {
    const dir = tempDir();
    try {
      write(dir, '.mmu-doc-lint.json', JSON.stringify({kernel: 'v6.8', rules: {'lock-mode': 'warn'}}));
      write(dir, 'sub/x.patch', readFileSync(patches[1], 'utf8'));
      const sub = join(dir, 'sub');
      // At v6.8 the claim was right.
      assert.deepEqual(cli(sub, ['--format', 'checkpatch', 'x.patch']), {stdout: '', stderr: '', code: 0});
      assert.deepEqual(cli(sub, ['--format', 'checkpatch', '--kernel', 'v6.12', 'x.patch']), {
        stdout: `${MMU}:59: WARNING: ${LOCK_REASON('v6.12')} [lock-mode]\n`,
        stderr: '',
        code: 0
      });
      assert.deepEqual(cli(sub, ['--format', 'checkpatch', '--no-config', 'x.patch']), {stdout: LOCK_LINE('v6.17'), stderr: '', code: 1});
    } finally {
      removeDir(dir);
    }
  });

  test('a bad key: exit 2, one line with the key path and a suggestion', () => {
    const dir = tempDir();
    try {
      write(dir, 'package.json', JSON.stringify({name: 'x', 'mmu-doc-lint': {rules: {'lock-mod': 'error'}}}));
      assert.deepEqual(cli(dir, ['--format', 'checkpatch', patches[1]]), {
        stdout: '',
        stderr: 'mmu-doc-lint: package.json: rules.lock-mod: unknown rule (did you mean lock-mode?)\n',
        code: 2
      });
    } finally {
      removeDir(dir);
    }
  });
});
