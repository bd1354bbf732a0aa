/**
 * Linear-time checks: a ~22 KB document parses in well under a millisecond
 * after warm-up, and 10 MB of repeated kernel-doc-like text in well under a
 * second (bounds are loose to stay robust on slow, shared CI machines).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import {parseRst} from '../../src/rst/index.js';

const CHUNK = `Section title
=============

The shadow page (struct kvm_mmu_page) holds sp->spt[n] entries; see
\`role.level\`_, :c:func:\`kvm_mmu_get_page\` and \`\`__pa(sp2->spt)\`\`.

Shadow pages contain the following information:
  role.level:
    Depth in the hierarchy, at (gfn << PAGE_SHIFT) and *sptep.
    1 for 4k sptes, 2 for 2M ones.
  role.direct:
\tIf set, leaf sptes are for a linear range; parent_ptes & ~0x1.
  parent_ptes:
     Five-space indented body with u64 * pointers and a * b.

- item one:
\t       tab indented body
               continued
- item two

Example::

    int x = 1;
    x++;

.. note:: Be careful with **locking**.

=====  ==========
name   meaning
=====  ==========
pfn    host page
gfn    guest page
=====  ==========

`;

function doc(bytes: number): string {
  return CHUNK.repeat(Math.ceil(bytes / CHUNK.length));
}

test('a 22 KB document parses in well under 1 ms after warm-up', () => {
  const text = doc(22 * 1024);
  const tree = parseRst(text);
  assert.ok(tree.children.length > 10);
  for (let i = 0; i < 50; i++) parseRst(text);
  const runs = 200;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) parseRst(text);
  const per = (performance.now() - t0) / runs;
  console.log(`# rst parse 22 KB: ${per.toFixed(3)} ms per parse (${runs} runs)`);
  assert.ok(per < 5, `22 KB parse took ${per.toFixed(3)} ms`);
});

test('10 MB of kernel-doc-like text parses in linear time', () => {
  const small = doc(1024 * 1024);
  parseRst(small);
  const t1 = performance.now();
  parseRst(small);
  const oneMb = performance.now() - t1;
  const text = doc(10 * 1024 * 1024);
  // best of up to four runs: the machine (and the parallel test files) may be
  // busy; stop as soon as one run is within the bound
  let ms = Infinity;
  let tree = parseRst('');
  for (let k = 0; k < 4 && ms >= 1500; k++) {
    const t0 = performance.now();
    tree = parseRst(text);
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(`# rst parse 10 MB: ${ms.toFixed(0)} ms (1 MB: ${oneMb.toFixed(0)} ms)`);
  assert.ok(tree.children.length > 1000);
  assert.equal(tree.position!.end.offset, text.length);
  assert.ok(ms < 1500, `10 MB parse took ${ms.toFixed(0)} ms`);
});

test('pathological inline text (many unmatched start-strings) stays linear', () => {
  const para = '*a `b |c ``d _e [f '.repeat(20000) + '\n';
  const t0 = performance.now();
  const tree = parseRst(para);
  const ms = performance.now() - t0;
  console.log(`# rst parse ${para.length} chars of unmatched markup: ${ms.toFixed(0)} ms`);
  assert.equal(tree.children.length, 1);
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});
