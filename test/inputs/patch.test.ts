import assert from 'node:assert/strict';
import {test} from 'node:test';
import {applyDiff} from '../../src/inputs/apply.js';
import {detectKind} from '../../src/inputs/detect.js';
import {decodeWords, parseMail, splitMbox, toLines} from '../../src/inputs/mail.js';
import {parseDiff} from '../../src/inputs/patch.js';
import {quotePrefix, unquote} from '../../src/inputs/quoted.js';
import {InputError} from '../../src/inputs/types.js';
import {fragmentOf} from '../../src/inputs/workflow.js';

const DIFF = [
  'diff --git a/Documentation/virt/kvm/x86/mmu.rst b/Documentation/virt/kvm/x86/mmu.rst',
  '--- a/Documentation/virt/kvm/x86/mmu.rst',
  '+++ b/Documentation/virt/kvm/x86/mmu.rst',
  '@@ -2,3 +2,4 @@ Shadow pages contain the following information:',
  '   gfn:',
  '     The guest frame.',
  '+    Set when the page is created.',
  '   spt:',
  ''
].join('\n');

test('detectKind: documents, diffs, mails, mboxes, quoted replies', () => {
  assert.equal(detectKind('Title\n=====\n\ntext --- not a diff\n'), 'rst');
  assert.equal(detectKind(DIFF), 'diff');
  assert.equal(detectKind(`From: a@b\nSubject: x\n\n${DIFF}`), 'mail');
  const sep = 'From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\n';
  assert.equal(detectKind(`${sep}Subject: x\n\n${DIFF}`), 'mail');
  assert.equal(detectKind(`${sep}Subject: x\n\n${DIFF}${sep}Subject: y\n\n${DIFF}`), 'mbox');
  assert.equal(detectKind(DIFF.split('\n').map((l) => `> > ${l}`).join('\n')), 'quoted');
});

test('parseDiff: paths, hunks with input lines, the added line', () => {
  const [file] = parseDiff(toLines(DIFF, 'x'), {label: 'x'});
  assert.equal(file.oldPath, 'Documentation/virt/kvm/x86/mmu.rst');
  assert.equal(file.newPath, 'Documentation/virt/kvm/x86/mmu.rst');
  assert.deepEqual(
    file.hunks.map((h) => [h.oldStart, h.oldCount, h.newStart, h.newCount, h.line]),
    [[2, 3, 2, 4, 4]]
  );
  assert.deepEqual(file.hunks[0].lines[2], {op: '+', text: '    Set when the page is created.', line: 7});
});

test('parseDiff: refuses traversal and absolute paths, names the line', () => {
  const bad = DIFF.replace('+++ b/Documentation/virt/kvm/x86/mmu.rst', '+++ b/../../etc/passwd');
  assert.throws(() => parseDiff(toLines(bad, 'p.patch'), {label: 'p.patch'}), (error: InputError) => {
    assert.equal(error.format(), 'p.patch:3: refusing path "../../etc/passwd" in a patch header: ".." leads outside the tree');
    return true;
  });
});

test('quoted replies: nested prefix, `>` lines without a space, reviewer lines dropped', () => {
  const lines = toLines(['On Monday:', '> > @@ -1,2 +1,3 @@', '> >  a', '> >', 'I disagree.', '> > +b', ''].join('\n'), 'r');
  const prefix = quotePrefix(lines);
  assert.equal(prefix, '> > ');
  assert.deepEqual(unquote(lines, prefix!), [
    {text: '@@ -1,2 +1,3 @@', line: 2},
    {text: ' a', line: 3},
    {text: '', line: 4},
    {text: '+b', line: 6}
  ]);
});

test('mail: RFC 2047 subjects, folded headers, quoted-printable bodies', () => {
  assert.equal(decodeWords('=?UTF-8?q?KVM:_x86/mmu:_fix_caf=C3=A9?= =?utf-8?B?IQ==?=', 'm', 1), 'KVM: x86/mmu: fix café!');
  const mail = parseMail(
    toLines(['Subject: [PATCH] a long', ' subject', 'Content-Transfer-Encoding: quoted-printable', '', '+x =3D y', '+soft=', 'break', ''].join('\n'), 'm'),
    'm'
  );
  assert.equal(mail.subject, '[PATCH] a long subject');
  assert.deepEqual(mail.body.map((l) => l.text), ['+x = y', '+softbreak']);
  assert.equal(splitMbox(toLines('From abc Mon Sep 17 00:00:00 2001\nSubject: a\n\nx\nFrom def Mon Sep 17 00:00:00 2001\nSubject: b\n\ny\n', 'm')).length, 2);
});

test('applyDiff: exact, at an offset, already applied, not applying', () => {
  const [file] = parseDiff(toLines(DIFF, 'x'), {label: 'x'});
  const pre = 'Shadow pages contain the following information:\n  gfn:\n    The guest frame.\n  spt:\n    Table.\n';
  const post = applyDiff(pre, file);
  assert.equal(post.text, pre.replace('frame.\n', 'frame.\n    Set when the page is created.\n'));
  assert.deepEqual([...post.added], [[4, 7]]);
  const shifted = applyDiff(`Intro.\n\n${pre}`, file);
  assert.deepEqual([...shifted.added], [[6, 7]]);
  const again = applyDiff(post.text, file);
  assert.equal(again.alreadyApplied, true);
  assert.deepEqual([...again.added], [[4, 7]]);
  assert.throws(() => applyDiff('something else\n', file), /hunk #1 does not apply/);
});

test('fragmentOf: a hunk alone starts at its first entry, under a lead-in of our own', () => {
  const [file] = parseDiff(toLines(DIFF.replace(/@@[^\n]*\n/, '@@ -2,3 +2,4 @@\n'), 'x'), {label: 'x'});
  const fragment = fragmentOf(file.hunks[0])!;
  assert.equal(fragment.text, 'Shadow pages contain the following information:\n  gfn:\n    The guest frame.\n    Set when the page is created.\n  spt:\n');
  assert.deepEqual(fragment.lines.map((l) => [l.op, l.newLine]), [['lead-in', 2], [' ', 2], [' ', 3], ['+', 4], [' ', 5]]);
});
