import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  VersionError,
  clampVersion,
  compareVersions,
  formatSpan,
  inSpan,
  isKnownVersion,
  mergeSpans,
  parseVersion,
  readKernelVersion
} from '../../src/spec/version.js';

describe('parseVersion', () => {
  it('accepts the documented forms', () => {
    assert.deepEqual(parseVersion('v6.9'), {major: 6, minor: 9, patch: 0, id: 'v6.9', raw: 'v6.9'});
    assert.deepEqual(parseVersion('6.9'), {major: 6, minor: 9, patch: 0, id: 'v6.9', raw: '6.9'});
    assert.deepEqual(parseVersion('6.9-rc3'), {major: 6, minor: 9, patch: 0, rc: 3, id: 'v6.9-rc3', raw: '6.9-rc3'});
    assert.deepEqual(parseVersion('v6.12.117'), {major: 6, minor: 12, patch: 117, id: 'v6.12', raw: 'v6.12.117'});
    assert.deepEqual(parseVersion('6.12.117'), {major: 6, minor: 12, patch: 117, id: 'v6.12', raw: '6.12.117'});
    assert.equal(parseVersion('v5.10').id, 'v5.10');
    assert.equal(parseVersion('v6.17').id, 'v6.17');
    assert.equal(parseVersion('6.0').id, 'v6.0');
  });

  it('tolerates surrounding whitespace', () => {
    const v = parseVersion('  v6.6-rc3\n');
    assert.equal(v.id, 'v6.6-rc3');
    assert.equal(v.rc, 3);
    assert.equal(v.raw, 'v6.6-rc3');
  });

  it('rejects malformed versions with one clear line', () => {
    for (const raw of ['', 'v6', '6', 'v6.9-rc', '6.9-rc0', '6.9.1-rc3', 'linux-6.9', 'v06.9', '6.9.x', '6..9', 'V6.9', '6.9 rc3', 'v6.9-rc3-next']) {
      assert.throws(
        () => parseVersion(raw),
        (e: unknown) =>
          e instanceof VersionError &&
          e.name === 'VersionError' &&
          e.raw === raw &&
          e.message === `invalid kernel version "${raw.trim()}": expected a form like v6.9, 6.9-rc3 or v6.12.117`,
        raw
      );
    }
  });

  it('rejects versions outside the known range, naming the range', () => {
    assert.throws(() => parseVersion('v4.19'), {
      name: 'VersionError',
      message: 'unknown kernel version "v4.19": mmu-doc-lint knows v5.10 to v6.17'
    });
    for (const raw of ['v5.9', 'v6.18', '6.18-rc1', 'v5.20', 'v7.0', '5.4.280']) {
      assert.throws(() => parseVersion(raw), {message: `unknown kernel version "${raw}": mmu-doc-lint knows v5.10 to v6.17`});
    }
  });

  it('parses out-of-range versions with {strict: false}', () => {
    assert.deepEqual(parseVersion('v4.19', {strict: false}), {major: 4, minor: 19, patch: 0, id: 'v4.19', raw: 'v4.19'});
    assert.equal(isKnownVersion(parseVersion('v6.18', {strict: false})), false);
    assert.equal(isKnownVersion(parseVersion('v6.17.3')), true);
    assert.equal(clampVersion(parseVersion('v6.18', {strict: false})).id, 'v6.17');
    assert.equal(clampVersion(parseVersion('4.19.300', {strict: false})).id, 'v5.10');
    assert.equal(clampVersion(parseVersion('6.1.192')).raw, '6.1.192');
  });
});

describe('compareVersions', () => {
  it('orders rc before the release and minors numerically', () => {
    const sorted = ['v6.9', 'v6.9-rc3', 'v6.8', 'v6.9-rc1', 'v6.10', 'v5.19', 'v6.10-rc10', 'v6.10-rc2']
      .map((s) => parseVersion(s))
      .sort(compareVersions)
      .map((v) => v.id);
    assert.deepEqual(sorted, ['v5.19', 'v6.8', 'v6.9-rc1', 'v6.9-rc3', 'v6.9', 'v6.10-rc2', 'v6.10-rc10', 'v6.10']);
  });

  it('ignores the stable patch level', () => {
    assert.equal(compareVersions(parseVersion('6.12.117'), parseVersion('v6.12')), 0);
    assert.equal(compareVersions(parseVersion('6.12.117'), 'v6.12'), 0);
    assert.ok(compareVersions(parseVersion('6.1.192'), 'v6.2') < 0);
    assert.ok(compareVersions('v6.6-rc3', 'v6.6-rc2') > 0);
  });
});

describe('inSpan', () => {
  it('is half-open', () => {
    const span = {since: 'v6.0', until: 'v6.6-rc3'} as const;
    assert.equal(inSpan(parseVersion('v5.19'), span), false);
    assert.equal(inSpan(parseVersion('v6.0'), span), true);
    assert.equal(inSpan(parseVersion('v6.5'), span), true);
    assert.equal(inSpan(parseVersion('v6.6-rc2'), span), true);
    assert.equal(inSpan(parseVersion('v6.6-rc3'), span), false);
    assert.equal(inSpan(parseVersion('v6.6'), span), false);
    assert.equal(inSpan(parseVersion('v6.1'), {}), true);
  });

  it('reads a bound without -rc as the merge window (rc1 on)', () => {
    assert.equal(inSpan(parseVersion('v6.9-rc1'), {since: 'v6.9'}), true);
    assert.equal(inSpan(parseVersion('v6.8'), {since: 'v6.9'}), false);
    assert.equal(inSpan(parseVersion('v6.9-rc1'), {until: 'v6.9'}), false);
    assert.equal(inSpan(parseVersion('v6.8'), {until: 'v6.9'}), true);
  });

  it('places stable patch levels by major.minor', () => {
    assert.equal(inSpan(parseVersion('6.1.192'), {until: 'v6.2'}), true);
    assert.equal(inSpan(parseVersion('6.1.192'), {since: 'v6.2'}), false);
    assert.equal(inSpan(parseVersion('6.6.50'), {since: 'v6.6-rc3'}), true);
  });
});

describe('formatSpan and mergeSpans', () => {
  it('formats half-open spans', () => {
    assert.equal(formatSpan({since: 'v6.9'}), 'since v6.9');
    assert.equal(formatSpan({until: 'v6.8'}), 'until v6.8');
    assert.equal(formatSpan({since: 'v6.0', until: 'v6.6-rc3'}), 'from v6.0 until v6.6-rc3');
    assert.equal(formatSpan({}), 'in every version');
  });

  it('merges touching spans', () => {
    assert.deepEqual(mergeSpans([{since: 'v6.0'}, {until: 'v5.13'}, {since: 'v5.13', until: 'v6.0'}]), [{}]);
    assert.deepEqual(mergeSpans([{since: 'v6.0', until: 'v6.2'}, {since: 'v6.6-rc3'}]), [
      {since: 'v6.0', until: 'v6.2'},
      {since: 'v6.6-rc3'}
    ]);
    assert.deepEqual(mergeSpans([{until: 'v5.11'}, {since: 'v5.11', until: 'v6.0'}]), [{until: 'v6.0'}]);
  });
});

describe('readKernelVersion', () => {
  it('reads VERSION, PATCHLEVEL, SUBLEVEL and EXTRAVERSION', () => {
    const mk = (sub: string, extra: string) =>
      `# SPDX-License-Identifier: GPL-2.0\nVERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = ${sub}\nEXTRAVERSION =${extra}\nNAME = Test\n`;
    assert.deepEqual(readKernelVersion(mk('117', '')), {major: 6, minor: 12, patch: 117, id: 'v6.12', raw: '6.12.117'});
    assert.deepEqual(readKernelVersion(mk('0', ' -rc3')), {major: 6, minor: 12, patch: 0, rc: 3, id: 'v6.12-rc3', raw: '6.12-rc3'});
    assert.deepEqual(readKernelVersion(mk('0', ' -next-20250101')), {
      major: 6,
      minor: 12,
      patch: 0,
      id: 'v6.12',
      raw: '6.12-next-20250101'
    });
  });

  it('keeps versions outside the known range (a tree is evidence)', () => {
    const v = readKernelVersion('VERSION = 4\nPATCHLEVEL = 19\nSUBLEVEL = 325\nEXTRAVERSION =\n');
    assert.deepEqual(v, {major: 4, minor: 19, patch: 325, id: 'v4.19', raw: '4.19.325'});
  });

  it('returns undefined for other Makefiles', () => {
    assert.equal(readKernelVersion('all:\n\techo hi\n'), undefined);
    assert.equal(readKernelVersion('VERSION = 6\n'), undefined);
    assert.equal(readKernelVersion('VERSION = six\nPATCHLEVEL = 1\n'), undefined);
    assert.equal(readKernelVersion(''), undefined);
  });
});
