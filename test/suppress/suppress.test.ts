import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {lint} from '../../src/lint.js';
import {ROOT, formatMessage} from '../helpers/paths.js';

const FIXTURE = readFileSync(join(ROOT, 'test', 'fixtures', 'docs', 'complete-v6.12.rst'), 'utf8');
const ANCHOR = '    Root reference counts.  See role.invalid.\n';
const CLAIM = '    vCPUs must hold mmu_lock for write to allocate a TDP MMU root.\n';

function messages(insert: string): string[] {
  const [file] = lint(FIXTURE.replace(ANCHOR, ANCHOR + insert), {kernel: 'v6.12'});
  return file.messages.map((m) => `${formatMessage(m)} [${m.ruleId}]`);
}

test('the claim is an error without a suppression', () => {
  assert.deepEqual(messages(CLAIM).map((m) => m.replace(/: error: .*\[/, ': error: … [')), ['58:21-58:39: error: … [lock-mode]']);
});

test('disable-next-line with a reason silences the paragraph after it, and nothing else is said', () => {
  assert.deepEqual(messages(`\n    .. mmu-doc-lint: disable-next-line lock-mode -- true for the v6.8 backport\n\n${CLAIM}`), []);
});

test('disable … enable ranges; enable needs no reason', () => {
  assert.deepEqual(messages(`\n    .. mmu-doc-lint: disable lock-mode -- v6.8 text\n\n${CLAIM}\n    .. mmu-doc-lint: enable lock-mode\n`), []);
});

test('no reason: a warning; a suppression covering nothing: unused', () => {
  assert.deepEqual(messages(`\n    .. mmu-doc-lint: disable-next-line lock-mode\n\n${CLAIM}\n    .. mmu-doc-lint: disable-next-line atomicity -- nothing to hide\n\n    More.\n`), [
    '59:5-59:49: warning: Suppression without a reason: add ` -- <why the finding is wrong here>` [suppression-reason]',
    '63:5-63:68: warning: Unused suppression: no `atomicity` finding here to ignore [suppression-unused]'
  ]);
});

test('suppression-unused can be switched off', () => {
  const [file] = lint(FIXTURE.replace(ANCHOR, `${ANCHOR}\n    .. mmu-doc-lint: disable lock-mode -- stale\n`), {kernel: 'v6.12', rules: {'suppression-unused': 'off'}});
  assert.deepEqual(file.messages, []);
});
