import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {MEMBER_FACTS, MEMBER_ORDER, ROLE_FACTS, createSpecView} from '../../src/spec/kvm-mmu/index.js';
import type {FieldFact} from '../../src/spec/types.js';
import {compareVersions, inSpan, parseVersion} from '../../src/spec/version.js';

const spec = createSpecView();
const members = (v: string) => spec.layoutAt(parseVersion(v)).members.map((f) => f.name);
const bits = (v: string) => spec.layoutAt(parseVersion(v)).roleBits.map((f) => f.name.slice('role.'.length));
const fact = (v: string, name: string): FieldFact => {
  const layout = spec.layoutAt(parseVersion(v));
  const f = [...layout.members, ...layout.roleBits].find((x) => x.name === name);
  assert.ok(f, `${name} at ${v}`);
  return f;
};

const ROLE_V518 = 'level has_4_byte_gpte quadrant direct access invalid efer_nx cr0_wp smep_andnot_wp smap_andnot_wp ad_disabled guest_mode smm';
const ROLE_V60 = 'level has_4_byte_gpte quadrant direct access invalid efer_nx cr0_wp smep_andnot_wp smap_andnot_wp ad_disabled guest_mode passthrough smm';

describe('pinned layouts', () => {
  it('v6.12 (the linter is tested on it)', () => {
    assert.deepEqual(members('v6.12'), [
      'link', 'hash_link', 'tdp_mmu_page', 'unsync', 'mmu_valid_gen', 'tdp_mmu_scheduled_root_to_zap',
      'nx_huge_page_disallowed', 'role', 'gfn', 'spt', 'shadowed_translation', 'root_count',
      'tdp_mmu_root_count', 'unsync_children', 'parent_ptes', 'ptep', 'unsync_child_bitmap',
      'possible_nx_huge_page_link', 'clear_spte_count', 'write_flooding_count', 'rcu_head'
    ]);
    assert.deepEqual(bits('v6.12'), ROLE_V60.split(' '));
    assert.deepEqual(members('6.12.117'), members('v6.12'));
  });

  it('v5.10', () => {
    assert.deepEqual(members('v5.10'), [
      'link', 'hash_link', 'lpage_disallowed_link', 'unsync', 'mmu_valid_gen', 'mmio_cached',
      'lpage_disallowed', 'role', 'gfn', 'spt', 'gfns', 'root_count', 'unsync_children', 'parent_ptes',
      'unsync_child_bitmap', 'clear_spte_count', 'write_flooding_count', 'tdp_mmu_page'
    ]);
    assert.deepEqual(bits('v5.10'), [
      'level', 'gpte_is_8_bytes', 'quadrant', 'direct', 'access', 'invalid', 'nxe', 'cr0_wp',
      'smep_andnot_wp', 'smap_andnot_wp', 'ad_disabled', 'guest_mode', 'smm'
    ]);
  });

  it('v5.18', () => {
    assert.deepEqual(members('v5.18'), [
      'link', 'hash_link', 'lpage_disallowed_link', 'unsync', 'mmu_valid_gen', 'mmio_cached',
      'lpage_disallowed', 'role', 'gfn', 'spt', 'gfns', 'root_count', 'tdp_mmu_root_count',
      'unsync_children', 'parent_ptes', 'unsync_child_bitmap', 'clear_spte_count',
      'write_flooding_count', 'tdp_mmu_page', 'rcu_head'
    ]);
    assert.deepEqual(bits('v5.18'), ROLE_V518.split(' '));
  });

  it('v6.0', () => {
    assert.deepEqual(members('v6.0'), [
      'link', 'hash_link', 'tdp_mmu_page', 'unsync', 'mmu_valid_gen', 'lpage_disallowed', 'role', 'gfn',
      'spt', 'shadowed_translation', 'root_count', 'tdp_mmu_root_count', 'unsync_children',
      'parent_ptes', 'ptep', 'unsync_child_bitmap', 'tdp_mmu_async_work', 'tdp_mmu_async_data',
      'lpage_disallowed_link', 'clear_spte_count', 'write_flooding_count', 'rcu_head'
    ]);
    assert.deepEqual(bits('v6.0'), ROLE_V60.split(' '));
  });

  it('v6.5', () => {
    assert.deepEqual(members('v6.5'), [
      'link', 'hash_link', 'tdp_mmu_page', 'unsync', 'mmu_valid_gen', 'nx_huge_page_disallowed', 'role',
      'gfn', 'spt', 'shadowed_translation', 'root_count', 'tdp_mmu_root_count', 'unsync_children',
      'parent_ptes', 'ptep', 'unsync_child_bitmap', 'tdp_mmu_async_work', 'tdp_mmu_async_data',
      'possible_nx_huge_page_link', 'clear_spte_count', 'write_flooding_count', 'rcu_head'
    ]);
    assert.deepEqual(bits('v6.5'), ROLE_V60.split(' '));
  });

  it('v6.7 (and v6.6-rc3, where the async zap union went away)', () => {
    const v67 = [
      'link', 'hash_link', 'tdp_mmu_page', 'unsync', 'mmu_valid_gen', 'tdp_mmu_scheduled_root_to_zap',
      'nx_huge_page_disallowed', 'role', 'gfn', 'spt', 'shadowed_translation', 'root_count',
      'tdp_mmu_root_count', 'unsync_children', 'parent_ptes', 'ptep', 'unsync_child_bitmap',
      'possible_nx_huge_page_link', 'clear_spte_count', 'write_flooding_count', 'rcu_head'
    ];
    assert.deepEqual(members('v6.7'), v67);
    assert.deepEqual(members('v6.6-rc3'), v67);
    assert.ok(members('v6.6-rc2').includes('tdp_mmu_async_work'));
    assert.ok(!members('v6.6-rc2').includes('tdp_mmu_scheduled_root_to_zap'));
    assert.deepEqual(bits('v6.7'), ROLE_V60.split(' '));
  });

  it('v6.17 (newest)', () => {
    assert.deepEqual(members('v6.17'), [
      'link', 'hash_link', 'tdp_mmu_page', 'unsync', 'mmu_valid_gen', 'tdp_mmu_scheduled_root_to_zap',
      'nx_huge_page_disallowed', 'role', 'gfn', 'spt', 'shadowed_translation', 'root_count',
      'tdp_mmu_root_count', 'has_mapped_host_mmio', 'unsync_children', 'write_flooding_count',
      'external_spt', 'parent_ptes', 'ptep', 'unsync_child_bitmap', 'possible_nx_huge_page_link',
      'clear_spte_count', 'rcu_head'
    ]);
    assert.deepEqual(bits('v6.17'), [
      'level', 'has_4_byte_gpte', 'quadrant', 'direct', 'access', 'invalid', 'efer_nx', 'cr0_wp',
      'smep_andnot_wp', 'smap_andnot_wp', 'ad_disabled', 'guest_mode', 'passthrough', 'is_mirror', 'smm'
    ]);
  });

  it('sets layout version and source, and memoizes per version id', () => {
    const a = spec.layoutAt(parseVersion('6.12.117'));
    const b = spec.layoutAt(parseVersion('v6.12'));
    assert.equal(a.source, 'spec');
    assert.equal(a.version.raw, '6.12.117');
    assert.equal(b.version.raw, 'v6.12');
    assert.equal(a.members, b.members);
    assert.ok(Object.isFrozen(a.members));
  });

  it('knows its range', () => {
    assert.equal(spec.newest.id, 'v6.17');
    assert.equal(spec.oldest.id, 'v5.10');
  });
});

describe('member facts', () => {
  it('types, unions and configs at v6.12', () => {
    assert.equal(fact('v6.12', 'tdp_mmu_root_count').cType, 'refcount_t');
    assert.equal(fact('v6.12', 'tdp_mmu_root_count').atomic, true);
    assert.deepEqual(fact('v6.12', 'tdp_mmu_root_count').union, ['root_count']);
    assert.equal(fact('v6.12', 'root_count').cType, 'int');
    assert.equal(fact('v6.12', 'root_count').atomic, false);
    assert.equal(fact('v6.12', 'root_count').mmu, 'shadow');
    assert.deepEqual(fact('v6.12', 'mmu_valid_gen').union, ['tdp_mmu_scheduled_root_to_zap']);
    assert.deepEqual(fact('v6.12', 'mmu_valid_gen').values, [0, 1]);
    assert.equal(fact('v6.12', 'mmu_valid_gen').cType, 'u8');
    assert.deepEqual(fact('v6.12', 'parent_ptes').union, ['ptep']);
    assert.equal(fact('v6.12', 'ptep').cType, 'tdp_ptep_t');
    assert.equal(fact('v6.12', 'ptep').mmu, 'tdp');
    assert.equal(fact('v6.12', 'clear_spte_count').config, 'CONFIG_X86_32');
    assert.equal(fact('v6.12', 'rcu_head').config, 'CONFIG_X86_64');
    assert.equal(fact('v6.12', 'write_flooding_count').cType, 'atomic_t');
    assert.equal(fact('v6.12', 'write_flooding_count').atomic, true);
    assert.equal(fact('v6.12', 'write_flooding_count').union, undefined);
    assert.equal(fact('v6.12', 'unsync_child_bitmap').cType, 'unsigned long[BITS_TO_LONGS(512)]');
    assert.equal(fact('v6.12', 'shadowed_translation').cType, 'u64 *');
    assert.equal(fact('v6.12', 'role').cType, 'union kvm_mmu_page_role');
  });

  it('mmu_valid_gen holds 0 or 1 in every spec version, unioned only since v6.6-rc3', () => {
    for (const v of spec.history('mmu_valid_gen')) assert.deepEqual(v.values, [0, 1]);
    assert.equal(fact('v6.5', 'mmu_valid_gen').union, undefined);
    assert.equal(fact('v5.10', 'mmu_valid_gen').union, undefined);
  });

  it('the newest external_spt union', () => {
    assert.deepEqual(fact('v6.17', 'external_spt').union, ['unsync_children', 'write_flooding_count']);
    assert.deepEqual(fact('v6.17', 'unsync_children').union, ['external_spt']);
    assert.deepEqual(fact('v6.17', 'write_flooding_count').union, ['external_spt']);
    assert.equal(fact('v6.17', 'external_spt').cType, 'void *');
    assert.equal(fact('v6.17', 'has_mapped_host_mmio').confidence, 'unverified');
  });

  it('the async zap union of v6.0 to v6.6-rc3', () => {
    assert.deepEqual(fact('v6.5', 'unsync_child_bitmap').union, ['tdp_mmu_async_work', 'tdp_mmu_async_data']);
    assert.deepEqual(fact('v6.5', 'tdp_mmu_async_work').union, ['unsync_child_bitmap']);
    assert.equal(fact('v6.5', 'tdp_mmu_async_work').cType, 'struct work_struct');
    assert.equal(fact('v6.5', 'tdp_mmu_async_work').until, 'v6.6-rc3');
  });

  it('v5.10 roots used the plain int root_count, in both MMUs', () => {
    const rc = fact('v5.10', 'root_count');
    assert.equal(rc.union, undefined);
    assert.equal(rc.mmu, 'both');
    assert.equal(fact('v5.10', 'gfns').cType, 'gfn_t *');
  });

  it('role bits: widths and value domains', () => {
    assert.equal(fact('v6.12', 'role.level').cType, 'unsigned:4');
    assert.deepEqual(fact('v6.12', 'role.level').values, {min: 1, max: 5});
    assert.equal(fact('v6.12', 'role.quadrant').cType, 'unsigned:2');
    assert.deepEqual(fact('v6.12', 'role.quadrant').values, {min: 0, max: 3});
    assert.equal(fact('v6.12', 'role.access').cType, 'unsigned:3');
    assert.equal(fact('v6.12', 'role.smm').cType, 'unsigned:8');
    assert.equal(fact('v6.17', 'role.is_mirror').mmu, 'tdp');
    assert.equal(fact('v6.12', 'role.guest_mode').since, undefined);
  });
});

describe('table consistency', () => {
  const known: string[] = [];
  for (let minor = 10; minor <= 19; minor++) known.push(`v5.${minor}`);
  for (let minor = 0; minor <= 17; minor++) known.push(`v6.${minor}`, `v6.${minor}-rc1`, `v6.${minor}-rc3`);

  it('facts of one name never overlap, at any version', () => {
    for (const v of known) {
      const layout = spec.layoutAt(parseVersion(v));
      const names = [...layout.members, ...layout.roleBits].map((f) => f.name);
      assert.equal(new Set(names).size, names.length, v);
    }
  });

  it('every member valid at a version is in that era\'s declaration order', () => {
    for (const v of known) {
      const p = parseVersion(v);
      const era = MEMBER_ORDER.find((e) => inSpan(p, e));
      assert.ok(era, v);
      for (const f of MEMBER_FACTS.filter((x) => inSpan(p, x))) assert.ok(era.names.includes(f.name), `${f.name} at ${v}`);
    }
  });

  it('role bits fit in the 32-bit word at every version', () => {
    for (const v of known) {
      const total = spec.layoutAt(parseVersion(v)).roleBits.reduce((sum, f) => sum + Number(f.cType.split(':')[1]), 0);
      assert.ok(total <= 32, `${v}: ${total}`);
    }
  });

  it('spans are well-formed, facts cited, unions symmetric', () => {
    for (const f of [...MEMBER_FACTS, ...ROLE_FACTS]) {
      if (f.since && f.until) assert.ok(compareVersions(f.since, f.until) < 0, f.name);
      assert.ok(f.cite.length > 0, f.name);
      assert.ok(f.cite.every((c) => c.source.length > 0 && (c.commit === undefined || /^[0-9a-f]{12}$/.test(c.commit))), f.name);
      if (f.struct === 'kvm_mmu_page_role') assert.match(f.cType, /^unsigned:\d+$/);
      for (const partner of f.union ?? []) {
        const probe = f.since ?? 'v5.10';
        const other = spec.history(partner).find((x) => inSpan(probe, x));
        assert.ok(other?.union?.includes(f.name), `${f.name} ↔ ${partner}`);
      }
    }
  });

  it('allNames lists every member and role bit once', () => {
    const names = spec.allNames();
    assert.equal(new Set(names).size, names.length);
    for (const n of ['gfns', 'shadowed_translation', 'mmio_cached', 'role.nxe', 'role.is_mirror', 'tdp_mmu_async_data', 'has_mapped_host_mmio']) {
      assert.ok(names.includes(n), n);
    }
    assert.equal(names.length, 29 + 17);
  });
});
