/**
 * The whole pipeline on generated documents: lint() never throws, and every
 * message's place lies inside the input with start <= end.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {lint} from '../../src/index.js';

const names = ['gfn', 'spt', 'role.level', 'role.invalid', 'root_count / tdp_mmu_root_count', 'gfns', 'parent_pte', 'bogus_x', 'ptep', 'mmu_valid_gen'];
const words = [
  'mmu_lock', 'held', 'for', 'read', 'write', 'vCPUs', 'must', 'not', 'take', 'a', 'reference', 'TDP', 'MMU', 'root', 'is',
  'atomic', 'refcount_t', 'only', '0', 'or', '1', 'See', 'role.direct', '``mmu_lock``', 'kvm->arch.mmu_lock', 'without',
  'blocking', 'zapped', 'asynchronously', 'starts', 'with', '2', '.', ',', 'sp->spt', '\t', '*', '`', '::', '"Large pages"'
];

const description = fc.array(fc.constantFrom(...words), {maxLength: 30}).map((w) => w.join(' '));
const entry = fc.tuple(fc.constantFrom(...names), fc.array(description, {minLength: 0, maxLength: 3}), fc.constantFrom('  ', '   ', '\t'), fc.constantFrom('    ', '     ', '\t'));
const doc = fc
  .tuple(fc.constantFrom('Shadow pages contain the following information:', 'Fields:', ''), fc.array(entry, {maxLength: 8}), fc.constantFrom('\n', '\r\n'))
  .map(([lead, entries, eol]) =>
    [lead, ...entries.flatMap(([name, lines, ti, bi]) => [`${ti}${name}:`, ...lines.map((l) => `${bi}${l}`)])].join(eol) + eol
  );

function placesInside(text: string, kernel: string) {
  const [file] = lint(text, {kernel});
  for (const message of file.messages) {
    const place = message.place as {start?: {offset?: number; line: number}; end?: {offset?: number}; line?: number} | undefined;
    if (place && 'start' in place && place.start && place.end) {
      const start = place.start.offset ?? 0;
      const end = place.end.offset ?? 0;
      assert.ok(start >= 0 && start <= end && end <= text.length, `${message.ruleId}: ${start}-${end} in ${text.length}`);
    } else {
      assert.ok((message.line ?? 1) >= 1);
    }
  }
}

test('lint() on generated field lists: never throws, places inside the input', () => {
  fc.assert(
    fc.property(doc, fc.constantFrom('v5.10', 'v6.8', 'v6.12', 'v6.17'), (text, kernel) => placesInside(text, kernel)),
    {numRuns: 300}
  );
});

test('lint() on arbitrary strings never throws', () => {
  fc.assert(
    fc.property(fc.string({maxLength: 400}), (text) => placesInside(text, 'v6.12')),
    {numRuns: 300}
  );
});

test('lint() time grows linearly: a 1 MB field list (44,000 findings) in well under 2 s', () => {
  const unit = '  gfn:\n    The frame; vCPUs must hold mmu_lock for write, see parent_pte and role.direct.\n';
  const text = `Shadow pages contain the following information:\n${unit.repeat(Math.ceil(1_000_000 / unit.length))}`;
  const start = performance.now();
  const [file] = lint(text, {kernel: 'v6.12'});
  const elapsed = performance.now() - start;
  assert.ok(file.messages.length > 0);
  assert.ok(elapsed < 2000, `${elapsed.toFixed(0)} ms`);
});
