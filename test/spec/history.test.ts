import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createSpecView} from '../../src/spec/kvm-mmu/index.js';
import {formatSpan, mergeSpans} from '../../src/spec/version.js';

const spec = createSpecView();
const spans = (name: string) => spec.history(name).map((f) => formatSpan(f));

describe('history and renames', () => {
  it('gfns and shadowed_translation link each other at v6.0 (6a97575d5cff)', () => {
    const gfns = spec.history('gfns');
    assert.equal(gfns.length, 1);
    assert.equal(gfns[0].until, 'v6.0');
    assert.equal(gfns[0].renamedTo?.name, 'shadowed_translation');
    assert.equal(gfns[0].renamedTo?.in, 'v6.0');
    assert.equal(gfns[0].renamedTo?.cite.commit, '6a97575d5cff');
    assert.equal(gfns[0].renamedTo?.cite.source, 'KVM: x86/mmu: Cache the access bits of shadowed translations');
    const st = spec.history('shadowed_translation');
    assert.equal(st.length, 1);
    assert.equal(st[0].since, 'v6.0');
    assert.deepEqual(st[0].renamedFrom, gfns[0].renamedTo && {name: 'gfns', in: 'v6.0', cite: gfns[0].renamedTo.cite});
    assert.equal(st[0].confidence, 'verified');
  });

  it('the NX huge page renames at v6.2', () => {
    assert.deepEqual(
      spec.history('lpage_disallowed').map((f) => [f.until, f.renamedTo?.name]),
      [['v6.2', 'nx_huge_page_disallowed']]
    );
    assert.deepEqual(
      spec.history('lpage_disallowed_link').map((f) => [f.until, f.renamedTo?.name]),
      [['v6.2', 'possible_nx_huge_page_link']]
    );
    assert.equal(spec.history('nx_huge_page_disallowed')[0].renamedFrom?.name, 'lpage_disallowed');
    assert.equal(spec.history('possible_nx_huge_page_link')[0].renamedFrom?.in, 'v6.2');
  });

  it('role renames: gpte_is_8_bytes (v5.18, inverted) and nxe (v5.13, inferred)', () => {
    const gpte = spec.history('role.gpte_is_8_bytes');
    assert.equal(gpte[0].renamedTo?.name, 'role.has_4_byte_gpte');
    assert.equal(gpte[0].renamedTo?.in, 'v5.18');
    assert.match(spec.history('role.has_4_byte_gpte')[0].summary ?? '', /inverse/);
    const nxe = spec.history('role.nxe');
    assert.equal(nxe[0].renamedTo?.name, 'role.efer_nx');
    assert.equal(nxe[0].renamedTo?.in, 'v5.13');
    assert.equal(nxe[0].confidence, 'inferred');
    assert.equal(spec.history('role.efer_nx')[0].renamedFrom?.name, 'role.nxe');
  });

  it('additions with their releases and confidence', () => {
    assert.deepEqual(spans('role.passthrough'), ['since v5.19']);
    assert.deepEqual(spans('role.is_mirror'), ['since v6.14']);
    assert.deepEqual(spans('external_spt'), ['since v6.14']);
    assert.deepEqual(spans('has_mapped_host_mmio'), ['since v6.16']);
    assert.deepEqual(spans('role.guest_mode'), ['in every version']);
    const zap = spec.history('tdp_mmu_scheduled_root_to_zap');
    assert.deepEqual(zap.map((f) => [f.since, f.cite[0].commit]), [['v6.6-rc3', '0df9dab891ff']]);
    assert.deepEqual(spans('tdp_mmu_async_work'), ['from v6.0 until v6.6-rc3']);
    assert.deepEqual(spans('rcu_head'), ['since v5.12']);
  });

  it('the refcount_t union: ~v5.13 unverified until the first verified sighting (v6.0)', () => {
    const h = spec.history('tdp_mmu_root_count');
    assert.deepEqual(
      h.map((f) => [f.since, f.until, f.confidence, f.cite.some((c) => c.commit === '11cccf5c0472')]),
      [
        ['v5.13', 'v6.0', 'unverified', true],
        ['v6.0', undefined, 'verified', true]
      ]
    );
    assert.deepEqual(mergeSpans(h).map(formatSpan), ['since v5.13']);
    assert.deepEqual(spans('root_count'), ['until v5.13', 'from v5.13 until v6.0', 'since v6.0']);
    assert.deepEqual(mergeSpans(spec.history('root_count')).map(formatSpan), ['in every version']);
  });

  it('mmio_cached: verified in v5.10, kept (unverified) until v6.0', () => {
    assert.deepEqual(
      spec.history('mmio_cached').map((f) => [formatSpan(f), f.confidence]),
      [
        ['until v5.11', 'verified'],
        ['from v5.11 until v6.0', 'unverified']
      ]
    );
  });

  it('history is oldest first and a copy', () => {
    const h = spec.history('unsync_child_bitmap');
    assert.deepEqual(h.map(formatSpan), ['until v6.0', 'from v6.0 until v6.6-rc3', 'since v6.6-rc3']);
    h.pop();
    assert.equal(spec.history('unsync_child_bitmap').length, 3);
    assert.deepEqual(spec.history('no_such_member'), []);
  });
});
