/**
 * npm run bench: whole-process wall time of linting newest.rst against
 * `node -e 0`, and in-process time per corpus document (parse, fields,
 * claims, whole lint). Falls back to the bundled example without a corpus.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {extractClaims} from '../src/claims/index.js';
import {findFields} from '../src/fields/index.js';
import {lint} from '../src/index.js';
import {parseRst} from '../src/rst/index.js';
import {BIN, CORPUS, HAS_CORPUS, ROOT} from '../test/helpers/paths.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wall(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, {encoding: 'utf8'});
    const elapsed = performance.now() - start;
    if (result.status === 2) throw new Error(`benchmark command failed: ${result.stderr}`);
    if (i >= 2) times.push(elapsed);
  }
  return median(times);
}

function perDoc(fn: () => void): number {
  for (let i = 0; i < 200; i++) fn();
  const n = 300;
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - start) / n;
}

const docs = HAS_CORPUS
  ? readdirSync(join(CORPUS, 'mmu.rst'))
      .filter((f) => f.endsWith('.rst'))
      .sort()
      .map((f) => ({name: f, path: join(CORPUS, 'mmu.rst', f)}))
  : [{name: 'examples/mmu.rst', path: join(ROOT, 'examples', 'mmu.rst')}];
const target = HAS_CORPUS ? join(CORPUS, 'mmu.rst', 'newest.rst') : join(ROOT, 'examples', 'mmu.rst');

const nodeStart = wall(['-e', '0']);
const lintRun = wall([BIN, '--kernel', 'v6.12', target]);
console.log(`whole process (median of ${RUNS}): node -e 0 ${nodeStart.toFixed(1)} ms; mmu-doc-lint ${lintRun.toFixed(1)} ms; ratio ${(lintRun / nodeStart).toFixed(2)}x (goal <= 1.5x)`);

console.log('in-process per document (mean of 300 runs after 200 warm-up runs):');
console.log('  document                                      parse   fields  claims  lint (all rules)');
for (const doc of docs) {
  const text = readFileSync(doc.path, 'utf8');
  const tree = parseRst(text);
  const model = findFields(tree, text);
  const parse = perDoc(() => parseRst(text));
  const fields = perDoc(() => findFields(tree, text));
  const claims = model ? perDoc(() => extractClaims(model)) : 0;
  const whole = perDoc(() => lint(text, {kernel: 'v6.12'}));
  console.log(
    `  ${doc.name.padEnd(44)}  ${parse.toFixed(3)}   ${fields.toFixed(3)}   ${claims.toFixed(3)}   ${whole.toFixed(3)} ms`
  );
}
