import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {findFields, parseRst} from '../../src/index.js';
import {splitTermNames} from '../../src/fields/index.js';
import {ROOT} from '../helpers/paths.js';

const complete = readFileSync(join(ROOT, 'test/fixtures/docs/complete-v6.12.rst'), 'utf8');

function model(text: string, known?: (name: string) => boolean) {
  return findFields(parseRst(text), text, {isKnownName: known});
}

test('splitTermNames: single, role bits, several members, trailing colon', () => {
  assert.deepEqual(splitTermNames('gfn:'), [{name: 'gfn', start: 0}]);
  assert.deepEqual(splitTermNames('role.level:'), [{name: 'role.level', start: 0}]);
  assert.deepEqual(splitTermNames('root_count / tdp_mmu_root_count:'), [
    {name: 'root_count', start: 0},
    {name: 'tdp_mmu_root_count', start: 13}
  ]);
  assert.deepEqual(splitTermNames('a, b and c'), [
    {name: 'a', start: 0},
    {name: 'b', start: 3},
    {name: 'c', start: 9}
  ]);
  assert.deepEqual(splitTermNames('parent_ptes'), [{name: 'parent_ptes', start: 0}]);
});

test('the field list under the lead-in: names, places, description text', () => {
  const m = model(complete);
  assert.ok(m);
  assert.equal(m.leadIn?.text, 'Shadow pages contain the following information:');
  assert.deepEqual(m.leadIn?.place.start, {line: 8, column: 1, offset: m.leadIn?.place.start.offset});
  assert.equal(m.entries.length, 32);
  const root = m.entries.find((e) => e.names.includes('tdp_mmu_root_count'));
  assert.ok(root);
  assert.deepEqual(root.names, ['root_count', 'tdp_mmu_root_count']);
  assert.equal(root.termText, 'root_count / tdp_mmu_root_count:');
  assert.equal(root.namePlaces[1].start.line, root.termPlace.start.line);
  assert.equal(root.namePlaces[1].start.column, 16);
  assert.equal(root.namePlaces[1].end.column, 34);
  assert.equal(root.text.text, 'Root reference counts.  See role.invalid.');
  // The description's places map back to the file.
  const at = root.text.text.indexOf('role.invalid');
  const place = root.text.position(at, at + 'role.invalid'.length);
  assert.equal(place.start.line, root.termPlace.start.line + 1);
  assert.equal(place.start.column, 5 + at);
  assert.equal(complete.slice(place.start.offset, place.end.offset), 'role.invalid');
});

test('multi-line descriptions keep one line per source line, blank lines kept', () => {
  const text = 'Shadow pages contain the following information:\n  gfn:\n    First line\n    second line.\n\n    Next paragraph.\n  spt:\n    The table.\n';
  const m = model(text);
  assert.ok(m);
  assert.equal(m.entries[0].text.text, 'First line\nsecond line.\n\nNext paragraph.');
  const i = m.entries[0].text.text.indexOf('second');
  assert.deepEqual(m.entries[0].text.point(i), {line: 4, column: 5, offset: text.indexOf('second')});
  const j = m.entries[0].text.text.indexOf('Next');
  assert.equal(m.entries[0].text.point(j).line, 6);
});

test('a reworded lead-in still finds the list by the shape of its terms', () => {
  const text = [
    'Fields',
    '======',
    '',
    'Each struct kvm_mmu_page has these members:',
    '',
    'gfn:',
    '  The frame.',
    'spt:',
    '  The table.',
    'role.level:',
    '  The level.',
    ''
  ].join('\n');
  const m = model(text, (name) => ['gfn', 'spt', 'role.level'].includes(name));
  assert.ok(m);
  assert.deepEqual(
    m.entries.map((e) => e.names[0]),
    ['gfn', 'spt', 'role.level']
  );
  assert.equal(m.leadIn, undefined);
});

test('prose definition lists are not taken for the field list', () => {
  const text = 'Terms\n=====\n\nguest page fault\n  A fault.\nswap out\n  Paging.\n';
  assert.equal(model(text, () => false), undefined);
  assert.equal(model('Just a paragraph.\n'), undefined);
});

test('tabs and CRLF keep exact places', () => {
  const text = 'Shadow pages contain the following information:\r\n  gfn:\r\n\tThe frame, see spt.\r\n  spt:\r\n    The table.\r\n';
  const m = model(text);
  assert.ok(m);
  const gfn = m.entries[0];
  assert.equal(gfn.text.text, 'The frame, see spt.');
  const at = gfn.text.text.indexOf('spt');
  const p = gfn.text.position(at, at + 3);
  assert.equal(text.slice(p.start.offset, p.end.offset), 'spt');
  assert.deepEqual([p.start.line, p.start.column], [3, 17]);
});
