/**
 * Semantic findings on the real mmu.rst versions at their own kernels (and
 * the merged text at v6.7 and v6.12). Reads ../shared/corpus at test time;
 * skipped when it is absent. The expected findings are pinned: today none of
 * the corpus field descriptions contradicts the locking spec.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {lint} from '../../src/index.js';
import {SEMANTIC} from './helpers.js';

const dir = resolve(process.cwd(), '../shared/corpus/mmu.rst');
const skip = !existsSync(dir);

const CASES: [file: string, kernel: string, expected: string[]][] = [
  ['newest.rst', 'v6.7', []],
  ['newest.rst', 'v6.12', []],
  ['v5.x-gfns-gpte_is_8_bytes.rst', 'v5.10', []],
  ['v5.18-gfns-has_4_byte_gpte.rst', 'v5.18', []],
  ['v5.19-v6.x-gfns-passthrough.rst', 'v6.1', []],
  ['v6.7-rc-b207cfbc-guest_mode-gfns.rst', 'v6.7', []],
  ['v6.7-rc-fdaca560-shadowed_translation.rst', 'v6.7', []],
  ['v6.7-rc-c3204c40-mmu_valid_gen.rst', 'v6.7', []],
];

for (const [file, kernel, expected] of CASES) {
  test(`corpus ${file} @${kernel}: semantic findings`, {skip}, () => {
    const [f] = lint(readFileSync(resolve(dir, file), 'utf8'), {kernel});
    const got = f.messages
      .filter((m) => SEMANTIC.has(m.ruleId ?? ''))
      .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`);
    assert.deepEqual(got, expected);
  });
}

test('corpus newest.rst: the extractor understands the key sentences', {skip}, async () => {
  const {findFields} = await import('../../src/index.js');
  const {parseRst} = await import('../../src/index.js');
  const text = readFileSync(resolve(dir, 'newest.rst'), 'utf8');
  const model = findFields(parseRst(text), text);
  assert.ok(model);
  const {extractClaims} = await import('../../src/claims/index.js');
  const claims = extractClaims(model!);
  const kinds = claims.map((c) => `${c.kind}:${c.subject ?? ''}`);
  assert.ok(kinds.includes('blocking:fast-zap'));
  assert.ok(kinds.includes('values:mmu_valid_gen'));
  assert.ok(kinds.includes('mmu-flavor:tdp_mmu_root_count'));
  assert.ok(kinds.includes('field-nature:ptep'));
});
