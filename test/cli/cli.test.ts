/**
 * The CLI as users run it: the built binary, its stdout, stderr and exit
 * code, for good and bad input.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {BIN, ROOT} from '../helpers/paths.js';

const complete = readFileSync(join(ROOT, 'test/fixtures/docs/complete-v6.12.rst'), 'utf8');

function cli(args: string[], options: {input?: string | Buffer; cwd?: string} = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'mmu-doc-lint-cli-'));
}

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function json(stdout: string) {
  return JSON.parse(stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>;
}

test('a clean document: no output, exit 0', () => {
  const dir = tmp();
  const path = write(dir, 'mmu.rst', complete);
  const r = cli(['--kernel', 'v6.12', path]);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /no issues found/);
});

test('json output keeps line, column, place, reason, ruleId, note, expected, url', () => {
  const dir = tmp();
  const path = write(dir, 'mmu.rst', complete.replace('  shadowed_translation:', '  gfns:'));
  const r = cli(['--kernel', 'v6.12', '--format', 'json', path]);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  const [file] = json(r.stdout);
  const unknown = file.messages.find((m) => m.ruleId === 'field-unknown');
  assert.ok(unknown);
  const OFFSET = complete.replace('  shadowed_translation:', '  gfns:').indexOf('  gfns:') + 2;
  assert.equal(unknown.reason, '`gfns` was renamed `shadowed_translation` in v6.0 (6a97575d5cff)');
  assert.equal(unknown.line, 54);
  assert.equal(unknown.column, 3);
  assert.deepEqual(unknown.place, {start: {line: 54, column: 3, offset: OFFSET}, end: {line: 54, column: 7, offset: OFFSET + 4}});
  assert.equal(unknown.fatal, false);
  assert.equal(unknown.source, 'mmu-doc-lint');
  assert.deepEqual(unknown.expected, ['shadowed_translation']);
  assert.match(String(unknown.note), /6a97575d5cff \("KVM: x86\/mmu: Cache the access bits of shadowed translations"\)/);
  assert.match(String(unknown.url), /docs\/rules\/field-unknown\.md$/);
});

test('an error finding exits 1; --rule ID=off silences it; --rule ID=warn demotes it', () => {
  const dir = tmp();
  const path = write(dir, 'mmu.rst', complete.replace('  gfn:\n', '  bogus_member:\n'));
  const r = cli(['--kernel', 'v6.12', '--format', 'json', path]);
  assert.equal(r.status, 1);
  const [file] = json(r.stdout);
  assert.deepEqual(
    file.messages.filter((m) => m.fatal === true).map((m) => m.reason),
    ['`bogus_member` is not a member of struct kvm_mmu_page in any version from v5.10 to v6.17']
  );
  assert.equal(cli(['--kernel', 'v6.12', '--rule', 'field-unknown=off', path]).status, 0);
  assert.equal(cli(['--kernel', 'v6.12', '--rule', 'field-unknown=warn', path]).status, 0);
});

test('the same text at two kernels: right for one, wrong for the other', () => {
  const dir = tmp();
  const text = complete.replace(
    '    Root reference counts.  See role.invalid.',
    '    Root reference counts.  A vCPU must hold mmu_lock for write to\n    allocate a new TDP MMU root.'
  );
  const path = write(dir, 'mmu.rst', text);
  assert.equal(cli(['--kernel', 'v6.8', '--quiet', path]).status, 0);
  const r = cli(['--kernel', 'v6.9', '--format', 'json', path]);
  assert.equal(r.status, 1);
  const errors = json(r.stdout)[0].messages.filter((m) => m.fatal === true);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].ruleId, 'lock-mode');
  assert.equal(errors[0].line, 57);
});

test('--ignore-member drops members from field-undocumented', () => {
  const dir = tmp();
  const path = write(dir, 'mmu.rst', complete.replace(/  link:\n.*\n  hash_link:\n.*\n/, ''));
  const before = json(cli(['--kernel', 'v6.12', '--format', 'json', path]).stdout)[0].messages.map((m) => m.reason);
  assert.deepEqual(before, [
    '`link` (struct list_head), a member of struct kvm_mmu_page at v6.12, has no entry',
    '`hash_link` (struct hlist_node), a member of struct kvm_mmu_page at v6.12, has no entry'
  ]);
  const after = cli(['--kernel', 'v6.12', '--format', 'json', '--ignore-member', 'link,hash_link', path]);
  assert.deepEqual(json(after.stdout)[0].messages, []);
});

test('stdin with -', () => {
  const r = cli(['--kernel', '6.12.117', '--format', 'json', '-'], {input: complete.replace('  spt:', '  spt')});
  assert.equal(r.status, 0);
  const [file] = json(r.stdout);
  assert.deepEqual(
    file.messages.map((m) => [m.ruleId, m.reason]),
    [['field-format', 'The term `spt` does not end with a colon']]
  );
});

test('no path: the bundled example, with findings of several rules', () => {
  const r = cli(['--format', 'json']);
  assert.equal(r.status, 1);
  const [file] = json(r.stdout);
  assert.match(file.path, /examples\/mmu\.rst$/);
  const rules = new Set(file.messages.map((m) => m.ruleId));
  for (const id of ['field-unknown', 'identifier-unknown', 'field-format', 'lock-mode', 'lock-name', 'atomicity']) {
    assert.ok(rules.has(id), `example shows ${id}`);
  }
});

test('--list-rules, --explain, --version, --help', () => {
  const list = cli(['--list-rules']);
  assert.equal(list.status, 0);
  assert.match(list.stdout, /^field-undocumented +warn +A member of struct kvm_mmu_page/m);
  assert.match(list.stdout, /^lock-mode +error /m);
  const explain = cli(['--explain', 'field-unknown']);
  assert.equal(explain.status, 0);
  assert.match(explain.stdout, /^field-unknown\n=+\n/);
  assert.match(explain.stdout, /^ok$/m);
  assert.match(explain.stdout, /^ {4}\[rst kernel=v6\.12\]$/m);
  const version = cli(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--kernel <version>/);
});

function badInput(args: string[], stderr: RegExp, input?: string | Buffer) {
  const r = cli(args, {input});
  assert.equal(r.status, 2, `exit 2 for ${args.join(' ')}`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

test('bad input: one line on stderr, exit 2, never a stack trace', () => {
  const dir = tmp();
  badInput([join(dir, 'missing.rst')], /^mmu-doc-lint: .*missing\.rst: no such file or directory$/m);
  badInput([write(dir, 'empty.rst', '')], /empty\.rst: empty input: nothing to lint/);
  badInput([write(dir, 'bin.rst', Buffer.from([0x2e, 0x2e, 0x0a, 0x00, 0x01]))], /bin\.rst:2: binary file/);
  badInput([write(dir, 'latin1.rst', Buffer.from('ok\nsecond\ncaf\xe9\n', 'latin1'))], /latin1\.rst:3: invalid UTF-8/);
  const notTree = join(dir, 'not-a-tree');
  mkdirSync(notTree);
  badInput([notTree], /not-a-tree: not a kernel tree/);
  badInput(['--kernel', 'v4.19', join(ROOT, 'examples/mmu.rst')], /unknown kernel version "v4\.19": mmu-doc-lint knows v5\.10 to v6\.17/);
  badInput(['--kernel', 'six', join(ROOT, 'examples/mmu.rst')], /invalid kernel version "six"/);
  badInput(['--rule', 'no-such-rule=off', join(ROOT, 'examples/mmu.rst')], /unknown rule "no-such-rule"/);
  badInput(['--rule', 'lock-mode=loud', join(ROOT, 'examples/mmu.rst')], /expected ID=on\|off\|warn\|error/);
  badInput(['--format', 'xml', join(ROOT, 'examples/mmu.rst')], /unknown format "xml"/);
  badInput(['--explain', 'nope'], /unknown rule "nope"/);
  badInput(['--bogus-flag'], /unknown option '--bogus-flag'/);
});

test('a document without a field list is a warning, exit 0', () => {
  const dir = tmp();
  const path = write(dir, 'other.rst', 'Title\n=====\n\nJust prose.\n');
  const r = cli(['--format', 'json', path]);
  assert.equal(r.status, 0);
  assert.deepEqual(
    json(r.stdout)[0].messages.map((m) => [m.line, m.column, m.fatal, m.ruleId]),
    [[1, 1, false, 'field-undocumented']]
  );
});

test('an unreadable file is an input error', {skip: process.getuid?.() === 0 ? 'root reads everything' : false}, () => {
  const dir = tmp();
  const path = write(dir, 'secret.rst', complete);
  chmodSync(path, 0o000);
  badInput([path], /secret\.rst: permission denied/);
});

test('a kernel tree: its mmu.rst at its Makefile version, headers as evidence, spec-drift once', () => {
  const dir = tmp();
  cpSync(join(ROOT, 'test/fixtures/trees/linux-6.1.192-like'), dir, {recursive: true});
  mkdirSync(join(dir, 'Documentation/virt/kvm/x86'), {recursive: true});
  const doc = complete
    .replace('  nx_huge_page_disallowed:', '  lpage_disallowed:')
    .replace('  possible_nx_huge_page_link:', '  lpage_disallowed_link:');
  const mmu = write(join(dir, 'Documentation/virt/kvm/x86'), 'mmu.rst', doc);
  const before = statSync(mmu).mtimeMs;
  const r = cli(['--format', 'json', dir]);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const [file] = json(r.stdout);
  assert.equal(file.path, mmu);
  const byRule = (id: string) => file.messages.filter((m) => m.ruleId === id).map((m) => m.reason);
  assert.deepEqual(byRule('spec-drift'), [
    "the tree's struct kvm_mmu_page has `tdp_mmu_scheduled_root_to_zap`, which the spec places since v6.6-rc3 (0df9dab891ff), not at v6.1",
    'the spec places `tdp_mmu_async_work` in struct kvm_mmu_page at v6.1 (from v6.0 until v6.6-rc3), but the tree has no such member',
    'the spec places `tdp_mmu_async_data` in struct kvm_mmu_page at v6.1 (from v6.0 until v6.6-rc3), but the tree has no such member'
  ]);
  // The tree's pre-6.2 names are members: no field-unknown on them.
  assert.deepEqual(byRule('field-unknown'), []);
  assert.equal(statSync(mmu).mtimeMs, before, 'the user file is not written');
});

test('--claims prints what the extractor understood, per sentence, as text or JSON', () => {
  const dir = tmp();
  const text = complete.replace('    Root reference counts.  See role.invalid.', '    Root reference counts.  A vCPU must hold mmu_lock for write to\n    allocate a new TDP MMU root.');
  const path = write(dir, 'mmu.rst', text);
  const r = cli(['--claims', path]);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^57:29-58:33 {2}"A vCPU must hold mmu_lock for write to allocate a new TDP MMU root\."$/m);
  assert.match(r.stdout, /^ {2}lock actor=vcpu op=alloc-root flavors=tdp lock=mmu_lock mode=write quant=requires negated=no phrase="mmu_lock for write"@57:46-57:64$/m);
  const j = cli(['--claims', '--format', 'json', path]);
  const [entry] = JSON.parse(j.stdout) as Array<{path: string; claims: Array<Record<string, unknown>>}>;
  const lock = entry.claims.find((c) => c.kind === 'lock');
  assert.ok(lock);
  assert.equal(lock.mode, 'write');
  assert.equal(lock.op, 'alloc-root');
});
