/**
 * The project's own files never carry kernel text: no run of 8 words of a
 * corpus document appears in src/, test/, docs/, examples/ or the README
 * (the lead-in line the linter anchors on excepted). Skipped without a corpus.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {CORPUS, HAS_CORPUS, ROOT} from '../helpers/paths.js';

const N = 8;
const words = (text: string) => text.toLowerCase().match(/[a-z0-9_'.>-]+/g) ?? [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('no run of 8 words of the kernel corpus in the project', {skip: HAS_CORPUS ? false : 'no ../shared/corpus'}, () => {
  const grams = new Set<string>();
  for (const file of files(CORPUS).filter((f) => f.endsWith('.rst'))) {
    const w = words(readFileSync(file, 'utf8'));
    for (let i = 0; i + N <= w.length; i++) grams.add(w.slice(i, i + N).join(' '));
  }
  const found: string[] = [];
  const ours = ['src', 'test', 'docs', 'examples', 'bench'].flatMap((d) => files(join(ROOT, d))).concat(join(ROOT, 'README.md'));
  for (const file of ours) {
    const w = words(readFileSync(file, 'utf8'));
    for (let i = 0; i + N <= w.length; i++) {
      const gram = w.slice(i, i + N).join(' ');
      if (grams.has(gram) && !gram.includes('contain the following information')) found.push(`${file.slice(ROOT.length + 1)}: ${gram}`);
    }
  }
  assert.deepEqual(found, []);
});
