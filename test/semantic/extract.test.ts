import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {location} from 'vfile-location';
import {extractEntryClaims} from '../../src/claims/index.js';
import {formatClaims} from '../../src/claims/format.js';
import {splitSentences} from '../../src/prose/index.js';
import {MappedText} from '../../src/util/mapped-text.js';

function mt(text: string): MappedText {
  const lines = text.split('\n');
  const ranges: [number, number][] = [];
  let off = 0;
  for (const l of lines) {
    ranges.push([off, off + l.length]);
    off += l.length + 1;
  }
  return MappedText.fromRanges(text, ranges, location(text));
}

function claims(names: string[], text: string): string {
  return formatClaims(extractEntryClaims(mt(text), names));
}

test('sentences: abbreviations and lower-case starts', () => {
  const t = 'I.e. not a break, e.g. this. sptes in spt point at pages. etc. and more. End';
  assert.deepEqual(splitSentences(t).map((s) => t.slice(s.start, s.end)), [
    'I.e. not a break, e.g. this.', 'sptes in spt point at pages.', 'etc. and more.', 'End',
  ]);
});

const PIN: [string[], string, RegExp][] = [
  [['tdp_mmu_root_count'], 'A vCPU must hold mmu_lock for write to allocate a new TDP MMU root.', /lock actor=vcpu op=alloc-root flavors=tdp lock=mmu_lock mode=write quant=requires negated=no/],
  [['tdp_mmu_root_count'], 'References are taken by vCPUs while holding kvm->mmu_lock in read mode.', /lock actor=vcpu op=get-ref flavors=tdp lock=mmu_lock mode=read quant=occurs negated=no/],
  [['root_count'], 'Shadow roots are never allocated with ``mmu_lock`` held for read.', /op=alloc-root flavors=shadow lock=mmu_lock mode=read quant=occurs negated=yes/],
  [['root_count'], 'Roots can be allocated without mmu_lock.', /op=alloc-root flavors=- lock=mmu_lock mode=none quant=suffices negated=no/],
  [['root_count'], "Roots can't be allocated without holding mmu_lock for write.", /op=alloc-root flavors=- lock=mmu_lock mode=write quant=requires negated=no/],
  [['root_count'], 'Roots are allocated under the MMU read_lock.', /op=alloc-root flavors=- lock=mmu_lock mode=read quant=occurs/],
  [['root_count'], 'Roots are freed with the mmu_lock write-locked.', /op=free-root .*lock=mmu_lock/],
  [['role.invalid'], 'Roots are invalidated with mmu_lock held for read or write.', /op=invalidate-root flavors=- lock=mmu_lock mode=held/],
  [['spt'], 'mmu_lock is a spinlock.', /lock-kind lock=mmu_lock lockKind=spinlock negated=no/],
  [['spt'], 'Taken under kvm->arch.mmu_lock.', /lock-name lock=mmu_lock correct=kvm->mmu_lock/],
  [['tdp_mmu_root_count'], 'It is an atomic_t.', /atomicity subject=tdp_mmu_root_count atomic=yes cType=atomic_t/],
  [['root_count', 'tdp_mmu_root_count'], 'It is atomic.', /atomicity .*uncertain/],
  [['mmu_valid_gen'], "The MMU generation is always either '0' or '1'.", /values subject=mmu_valid_gen values=0,1 only=yes conditional=no/],
  [['role.quadrant'], 'For first-level pages, role.quadrant can be 0 or 1.', /values subject=role.quadrant values=0,1 only=no conditional=yes/],
  [['mmu_valid_gen'], 'Used to zap all pages without blocking vCPUs too long.', /blocking actor=fast-zap subject=fast-zap blocks=briefly/],
  [['ptep'], 'Used exclusively by the TDP MMU.', /mmu-flavor subject=ptep only=yes mmu=tdp negated=no/],
  [['mmu_valid_gen'], "The TDP MMU doesn't use this field.", /mmu-flavor subject=mmu_valid_gen only=no mmu=tdp negated=yes/],
  [['tdp_mmu_root_count'], 'A TDP MMU root starts with a refcount of two.', /initial-value subject=tdp_mmu_root_count value=2/],
  [['ptep'], 'This field is a reverse map.', /field-nature subject=ptep nature=reverse-map negated=no/],
  [['ptep'], 'It is a union with parent_ptes.', /field-nature subject=ptep unionWith=parent_ptes/],
  [['spt'], 'tdp_mmu_pages_lock can be taken without mmu_lock.', /lock-nesting lock=tdp_mmu_pages_lock outer=mmu_lock required=no/],
];

for (const [names, text, re] of PIN) {
  test(`extract: ${text}`, () => {
    assert.match(claims(names, text), re);
  });
}

test('no claims from sentences the lexicon does not map', () => {
  assert.equal(claims(['gfn'], 'Either the shadowed guest table or the first frame of a linear range.'), '');
  assert.equal(claims(['spt'], 'A page of 512 SPTEs holding the translations of this shadow page.'), '');
});

test('claim places are exact (phrase inside the sentence, file columns)', () => {
  const [c] = extractEntryClaims(mt('First line.\nRoots are allocated with mmu_lock held for read.'), ['root_count']);
  assert.equal(c.phrase, 'mmu_lock held for read');
  assert.deepEqual([c.phrasePlace.start.line, c.phrasePlace.start.column, c.phrasePlace.end.column], [2, 26, 48]);
  assert.deepEqual([c.place.start.line, c.place.start.column, c.place.end.column], [2, 1, 49]);
});

const WORDS = ['mmu_lock', 'held', 'for', 'read', 'write', 'without', 'not', 'vCPUs', 'roots', 'allocate', 'TDP', 'MMU',
  'refcount', 'is', 'an', 'atomic', '0', 'or', '1', '.', ',', ';', 'kvm->arch.mmu_lock', 'read_lock(&kvm->mmu_lock)',
  'only', 'can', 'must', 'it', 'the', 'reverse', 'map', 'spinlock', '\n', '``', 'starts', 'with', 'a', '2', 'blocking'];

test('fuzz: never throws, every place inside the input', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({maxLength: 6})), {maxLength: 60}), (ws) => {
      const text = ws.join(' ');
      for (const c of extractEntryClaims(mt(text), ['tdp_mmu_root_count'])) {
        for (const p of [c.place, c.phrasePlace]) {
          assert.ok(p.start.offset! >= 0 && p.end.offset! <= text.length && p.start.offset! <= p.end.offset!);
        }
      }
    }),
    {numRuns: 300}
  );
});

test('1 MB of description text is extracted in under 1 s', () => {
  const unit = 'A vCPU must hold mmu_lock for write to allocate a new TDP MMU root. It is an atomic refcount, only ever 0 or 1; roots are zapped without blocking vCPUs too long. ';
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const t0 = performance.now();
  const out = extractEntryClaims(mt(text), ['tdp_mmu_root_count']);
  const ms = performance.now() - t0;
  assert.ok(out.length > 1000);
  assert.ok(ms < 1000, `took ${ms} ms`);
});

test('pathological input is linear: long runs without spaces or punctuation', () => {
  const text = 'a'.repeat(200_000) + ' ' + '0 , '.repeat(20_000) + 'mmu_lock ' + 'for '.repeat(20_000);
  const t0 = performance.now();
  extractEntryClaims(mt(text), ['spt']);
  assert.ok(performance.now() - t0 < 1000);
});
