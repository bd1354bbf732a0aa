import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import {TreeReadError, readTreeHeaders, readTreeLayout, type TreeHeaders} from '../../src/spec/from-tree.js';
import {createSpecView} from '../../src/spec/kvm-mmu/index.js';
import type {StructLayout} from '../../src/spec/types.js';
import {parseVersion, readKernelVersion} from '../../src/spec/version.js';

// dist/test/spec/ → repository root
const TREES = fileURLToPath(new URL('../../../test/fixtures/trees/', import.meta.url));
const spec = createSpecView();

function load(name: string) {
  const headers = readTreeHeaders(join(TREES, name));
  assert.ok(headers, name);
  const version = readKernelVersion(headers.makefile);
  assert.ok(version);
  return {headers, version, ...readTreeLayout(headers, version, spec)};
}

const names = (layout: StructLayout) => layout.members.map((m) => m.name);

describe('readTreeHeaders', () => {
  it('reads the three files of a kernel tree', () => {
    const h = readTreeHeaders(join(TREES, 'linux-6.12-like'));
    assert.ok(h);
    assert.match(h.makefile, /^PATCHLEVEL = 12$/m);
    assert.match(h.mmuInternal, /struct kvm_mmu_page \{/);
    assert.match(h.kvmHost, /union kvm_mmu_page_role \{/);
  });

  it('is undefined for other directories', () => {
    assert.equal(readTreeHeaders(join(TREES, 'not-a-tree')), undefined);
    assert.equal(readTreeHeaders(join(TREES, 'no-such-dir')), undefined);
    assert.equal(readTreeHeaders(TREES), undefined);
  });
});

describe('readTreeLayout', () => {
  it('a 6.12-like tree equals the spec at v6.12, without drift', () => {
    const {version, layout, drift} = load('linux-6.12-like');
    assert.equal(version.id, 'v6.12');
    assert.deepEqual(drift, []);
    assert.equal(layout.source, 'tree');
    assert.equal(layout.version, version);
    const specLayout = spec.layoutAt(version);
    assert.deepEqual(names(layout), names(specLayout));
    assert.deepEqual(
      layout.roleBits.map((b) => b.name),
      specLayout.roleBits.map((b) => b.name)
    );
    for (const [i, m] of layout.members.entries()) {
      const s = specLayout.members[i];
      assert.equal(m.cType, s.cType, m.name);
      assert.deepEqual(m.union, s.union, m.name);
      assert.equal(m.config, s.config, m.name);
      assert.equal(m.mmu, s.mmu, m.name);
      assert.equal(m.confidence, s.confidence, m.name);
      assert.deepEqual(m.cite, [...s.cite, {source: 'kernel tree: arch/x86/kvm/mmu/mmu_internal.h'}], m.name);
    }
    assert.deepEqual(layout.roleBits.find((b) => b.name === 'role.level')?.values, {min: 1, max: 5});
    assert.deepEqual(layout.roleBits.at(-1)?.cite.at(-1), {source: 'kernel tree: arch/x86/include/asm/kvm_host.h'});
  });

  it('a 6.1.192-like stable tree: the backported union under pre-6.2 names', () => {
    const {version, layout, drift} = load('linux-6.1.192-like');
    assert.equal(version.id, 'v6.1');
    assert.equal(version.patch, 192);
    assert.deepEqual(names(layout), [
      'link', 'hash_link', 'tdp_mmu_page', 'unsync', 'mmu_valid_gen', 'tdp_mmu_scheduled_root_to_zap',
      'lpage_disallowed', 'role', 'gfn', 'spt', 'shadowed_translation', 'root_count', 'tdp_mmu_root_count',
      'unsync_children', 'parent_ptes', 'ptep', 'unsync_child_bitmap', 'lpage_disallowed_link',
      'clear_spte_count', 'write_flooding_count', 'rcu_head'
    ]);
    const by = new Map(layout.members.map((m) => [m.name, m]));
    assert.deepEqual(by.get('mmu_valid_gen')?.union, ['tdp_mmu_scheduled_root_to_zap']);
    assert.deepEqual(by.get('mmu_valid_gen')?.values, [0, 1]);
    assert.deepEqual(by.get('tdp_mmu_scheduled_root_to_zap')?.union, ['mmu_valid_gen']);
    // merged from the spec's history: flavour and citations, no span
    assert.equal(by.get('tdp_mmu_scheduled_root_to_zap')?.mmu, 'tdp');
    assert.equal(by.get('tdp_mmu_scheduled_root_to_zap')?.since, undefined);
    assert.deepEqual(by.get('tdp_mmu_scheduled_root_to_zap')?.cite[0], {source: 'kernel tree: arch/x86/kvm/mmu/mmu_internal.h'});
    assert.equal(by.get('unsync_child_bitmap')?.union, undefined);
    assert.equal(by.get('clear_spte_count')?.config, 'CONFIG_X86_32');
    assert.equal(by.get('rcu_head')?.config, 'CONFIG_X86_64');
    assert.equal(by.get('lpage_disallowed')?.renamedTo?.name, 'nx_huge_page_disallowed');
    assert.deepEqual(drift, [
      {
        kind: 'missing-in-spec',
        name: 'tdp_mmu_scheduled_root_to_zap',
        tree: 'bool',
        message:
          "the tree's struct kvm_mmu_page has `tdp_mmu_scheduled_root_to_zap`, which the spec places since v6.6-rc3 (0df9dab891ff), not at v6.1"
      },
      {
        kind: 'missing-in-tree',
        name: 'tdp_mmu_async_work',
        spec: 'struct work_struct',
        message:
          'the spec places `tdp_mmu_async_work` in struct kvm_mmu_page at v6.1 (from v6.0 until v6.6-rc3), but the tree has no such member'
      },
      {
        kind: 'missing-in-tree',
        name: 'tdp_mmu_async_data',
        spec: 'void *',
        message:
          'the spec places `tdp_mmu_async_data` in struct kvm_mmu_page at v6.1 (from v6.0 until v6.6-rc3), but the tree has no such member'
      }
    ]);
    assert.deepEqual(
      layout.roleBits.map((b) => [b.name, b.cType]),
      [
        ['role.level', 'unsigned:4'], ['role.has_4_byte_gpte', 'unsigned:1'], ['role.quadrant', 'unsigned:2'],
        ['role.direct', 'unsigned:1'], ['role.access', 'unsigned:3'], ['role.invalid', 'unsigned:1'],
        ['role.efer_nx', 'unsigned:1'], ['role.cr0_wp', 'unsigned:1'], ['role.smep_andnot_wp', 'unsigned:1'],
        ['role.smap_andnot_wp', 'unsigned:1'], ['role.ad_disabled', 'unsigned:1'], ['role.guest_mode', 'unsigned:1'],
        ['role.passthrough', 'unsigned:1'], ['role.smm', 'unsigned:8']
      ]
    );
    assert.ok(layout.roleBits.every((b) => b.union === undefined));
  });

  it('the same 6.1 headers read as v6.12: renames show as drift both ways', () => {
    const headers = readTreeHeaders(join(TREES, 'linux-6.1.192-like')) as TreeHeaders;
    const {drift} = readTreeLayout(headers, parseVersion('v6.12'), spec);
    assert.deepEqual(drift.map((d) => d.message), [
      "the tree's struct kvm_mmu_page has `lpage_disallowed`, which the spec places until v6.2 (renamed `nx_huge_page_disallowed` in v6.2), not at v6.12",
      "the tree's struct kvm_mmu_page has `lpage_disallowed_link`, which the spec places until v6.2 (renamed `possible_nx_huge_page_link` in v6.2), not at v6.12",
      'the spec places `nx_huge_page_disallowed` in struct kvm_mmu_page at v6.12 (since v6.2), but the tree has no such member; it has `lpage_disallowed`, the name until v6.2',
      'the spec places `possible_nx_huge_page_link` in struct kvm_mmu_page at v6.12 (since v6.2), but the tree has no such member; it has `lpage_disallowed_link`, the name until v6.2'
    ]);
    assert.deepEqual(drift.map((d) => d.kind), ['missing-in-spec', 'missing-in-spec', 'missing-in-tree', 'missing-in-tree']);
  });

  it('a 6.17 fork: nested union, #else condition, an unknown bit and a wider field', () => {
    const {version, layout, drift} = load('linux-6.17-mbec-fork');
    assert.equal(version.id, 'v6.17-rc2');
    const by = new Map(layout.members.map((m) => [m.name, m]));
    assert.deepEqual(by.get('external_spt')?.union, ['unsync_children', 'write_flooding_count']);
    assert.deepEqual(by.get('unsync_children')?.union, ['external_spt']);
    assert.equal(by.get('rcu_head')?.config, '!CONFIG_X86_32');
    const access = layout.roleBits.find((b) => b.name === 'role.access');
    assert.equal(access?.cType, 'unsigned:4');
    assert.equal(access?.values, undefined, "the spec's 0..7 domain is for the 3-bit field");
    const mbec = layout.roleBits.find((b) => b.name === 'role.has_mbec');
    assert.deepEqual(mbec, {
      name: 'role.has_mbec',
      struct: 'kvm_mmu_page_role',
      cType: 'unsigned:1',
      mmu: 'both',
      atomic: false,
      confidence: 'verified',
      cite: [{source: 'kernel tree: arch/x86/include/asm/kvm_host.h'}]
    } as unknown as typeof mbec);
    assert.deepEqual(drift, [
      {
        kind: 'type-differs',
        name: 'rcu_head',
        tree: 'struct rcu_head under !CONFIG_X86_32',
        spec: 'struct rcu_head under CONFIG_X86_64',
        message: 'the tree declares `rcu_head` as `struct rcu_head` under !CONFIG_X86_32, the spec as `struct rcu_head` under CONFIG_X86_64 at v6.17-rc2'
      },
      {
        kind: 'type-differs',
        name: 'role.access',
        tree: 'unsigned:4',
        spec: 'unsigned:3',
        message: 'the tree declares `role.access` as `unsigned:4`, the spec as `unsigned:3` at v6.17-rc2'
      },
      {
        kind: 'missing-in-spec',
        name: 'role.has_mbec',
        tree: 'unsigned:1',
        message: "the tree's union kvm_mmu_page_role has `role.has_mbec` (`unsigned:1`), which the spec does not know in any version"
      }
    ]);
  });

  it('throws a one-line TreeReadError when a definition is missing', () => {
    const v = parseVersion('v6.12');
    assert.throws(() => readTreeLayout({mmuInternal: 'struct kvm_mmu_page;', kvmHost: ''}, v, spec), {
      name: 'TreeReadError',
      message: 'arch/x86/kvm/mmu/mmu_internal.h has no definition of struct kvm_mmu_page'
    });
    assert.throws(
      () => readTreeLayout({mmuInternal: 'struct kvm_mmu_page { int a; };', kvmHost: 'union kvm_mmu_page_role role;'}, v, spec),
      (e: unknown) => e instanceof TreeReadError && e.message === 'arch/x86/include/asm/kvm_host.h has no definition of union kvm_mmu_page_role'
    );
  });
});

/** Debian's linux-source-6.12 (not installed by the tests): an extracted tree or the tarball. */
function debianSource(): TreeHeaders | undefined {
  const root = '/usr/src';
  if (!existsSync(root)) return undefined;
  for (const entry of readdirSync(root).sort()) {
    if (!entry.startsWith('linux-source-6.12')) continue;
    const path = join(root, entry);
    if (statSync(path).isDirectory()) {
      const h = readTreeHeaders(path);
      if (h) return h;
      continue;
    }
    const m = /^(linux-source-6\.12[^/]*?)\.tar\.(xz|bz2|gz)$/.exec(entry);
    if (!m) continue;
    const flag = m[2] === 'xz' ? '-J' : m[2] === 'bz2' ? '-j' : '-z';
    // One pass over the (150 MB) archive for the three files.
    const out = mkdtempSync(join(tmpdir(), 'mmu-doc-lint-linux-'));
    try {
      const wanted = ['Makefile', 'arch/x86/kvm/mmu/mmu_internal.h', 'arch/x86/include/asm/kvm_host.h'].map((p) => `${m[1]}/${p}`);
      execFileSync('tar', ['-x', flag, '-f', path, '-C', out, ...wanted], {stdio: 'ignore'});
      const h = readTreeHeaders(join(out, m[1]));
      if (h) return h;
    } catch {
      continue;
    } finally {
      rmSync(out, {recursive: true, force: true});
    }
  }
  return undefined;
}

describe('Debian linux-source-6.12 (when installed)', () => {
  const headers = debianSource();
  it('reads the real headers: the spec v6.12 layout, except the reported drift', {skip: headers ? false : 'linux-source-6.12 is not installed'}, () => {
    assert.ok(headers);
    const version = readKernelVersion(headers.makefile);
    assert.equal(version?.id, 'v6.12');
    const {layout, drift} = readTreeLayout(headers, version, spec);
    const specLayout = spec.layoutAt(version);
    const missingInTree = new Set(drift.filter((d) => d.kind === 'missing-in-tree').map((d) => d.name));
    const missingInSpec = new Set(drift.filter((d) => d.kind === 'missing-in-spec').map((d) => d.name));
    const differs = new Set(drift.filter((d) => d.kind === 'type-differs').map((d) => d.name));
    const expectMembers = names(specLayout).filter((n) => !missingInTree.has(n));
    assert.deepEqual(
      names(layout).filter((n) => !missingInSpec.has(n)),
      expectMembers
    );
    for (const m of layout.members) {
      if (missingInSpec.has(m.name) || differs.has(m.name)) continue;
      const s = specLayout.members.find((x) => x.name === m.name);
      assert.equal(m.cType, s?.cType, m.name);
    }
    assert.deepEqual(
      layout.roleBits.map((b) => b.name).filter((n) => !missingInSpec.has(n)),
      specLayout.roleBits.map((b) => b.name).filter((n) => !missingInTree.has(n))
    );
    for (const d of drift) assert.match(d.message, /^the (tree|spec) /);
  });
});
