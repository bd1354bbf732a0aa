import assert from 'node:assert/strict';
import {test} from 'node:test';
import {VFile} from 'vfile';
import b4Json from '../../src/report/b4-json.js';
import checkpatch from '../../src/report/checkpatch.js';
import github, {escapeData, escapeProperty} from '../../src/report/github.js';
import {createSarif} from '../../src/report/sarif.js';

function file(): VFile {
  const f = new VFile({path: 'Documentation/virt/kvm/x86/mmu.rst'});
  const e = f.message('Wrong, 100% wrong: see\nthis', {place: {start: {line: 3, column: 5}, end: {line: 3, column: 9}}, ruleId: 'lock-mode', source: 'mmu-doc-lint'});
  e.fatal = true;
  const w = f.message('A warning', {place: {line: 1, column: 1}, ruleId: 'field-format', source: 'mmu-doc-lint'});
  w.fatal = false;
  const i = f.message('An info', {place: {line: 2, column: 1}, ruleId: 'spec-drift', source: 'mmu-doc-lint'});
  i.fatal = undefined;
  return f;
}

test('checkpatch: one line per warning or error, infos omitted, nothing when clean', () => {
  assert.equal(
    checkpatch([file()], {}),
    'Documentation/virt/kvm/x86/mmu.rst:1: WARNING: A warning [field-format]\nDocumentation/virt/kvm/x86/mmu.rst:3: ERROR: Wrong, 100% wrong: see this [lock-mode]\n'
  );
  assert.equal(checkpatch([new VFile({path: 'x'})], {}), '');
  assert.equal(checkpatch([file()], {quiet: true}), 'Documentation/virt/kvm/x86/mmu.rst:3: ERROR: Wrong, 100% wrong: see this [lock-mode]\n');
});

test('b4-json: [] when clean, fail with an error', () => {
  assert.equal(b4Json([new VFile({path: 'x'})], {}), '[]\n');
  const [result] = JSON.parse(b4Json([file()], {}));
  assert.deepEqual(Object.keys(result), ['tool', 'status', 'summary', 'details']);
  assert.equal(result.status, 'fail');
  assert.equal(result.summary, '1 error, 1 warning in Documentation/virt/kvm/x86/mmu.rst');
});

test('github: escaping of data and properties', () => {
  assert.equal(escapeData('a%b\r\nc:d,e'), 'a%25b%0D%0Ac:d,e');
  assert.equal(escapeProperty('a%b\r\nc:d,e'), 'a%25b%0D%0Ac%3Ad%2Ce');
  assert.equal(
    github([file()], {}),
    '::warning file=Documentation/virt/kvm/x86/mmu.rst,line=1,col=1,title=field-format::A warning\n' +
      '::notice file=Documentation/virt/kvm/x86/mmu.rst,line=2,col=1,title=spec-drift::An info\n' +
      '::error file=Documentation/virt/kvm/x86/mmu.rst,line=3,col=5,endLine=3,endColumn=9,title=lock-mode::Wrong, 100%25 wrong: see%0Athis\n'
  );
});

test('sarif: the key parts of the 2.1.0 schema', () => {
  const log = createSarif([file()], {version: '1.2.3'});
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'mmu-doc-lint');
  assert.equal(run.tool.driver.version, '1.2.3');
  for (const rule of run.tool.driver.rules) {
    assert.match(rule.id, /^[a-z][a-z-]*$/);
    assert.equal(typeof rule.shortDescription.text, 'string');
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  }
  assert.deepEqual(
    run.results.map((r) => [r.ruleId, r.level, (r.locations as any)[0].physicalLocation.region]),
    [
      ['field-format', 'warning', {startLine: 1, startColumn: 1}],
      ['spec-drift', 'note', {startLine: 2, startColumn: 1}],
      ['lock-mode', 'error', {startLine: 3, startColumn: 5, endLine: 3, endColumn: 9}]
    ]
  );
  for (const r of run.results) {
    assert.equal(run.tool.driver.rules[r.ruleIndex as number].id, r.ruleId);
    assert.equal((r.locations as any)[0].physicalLocation.artifactLocation.uri, 'Documentation/virt/kvm/x86/mmu.rst');
  }
});
