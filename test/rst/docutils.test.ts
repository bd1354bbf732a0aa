/**
 * Differential test: our block structure equals docutils' doctree (as
 * normalised by test/oracle/doctree.py) on every corpus file and on our own
 * fixtures. Skipped when python3 with docutils or the corpus is absent.
 * One python process runs for all files.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseRst} from '../../src/rst/index.js';
import {normalize} from './normalize.js';

// dist/test/rst → repository root
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..');
const oracle = join(repo, 'test', 'oracle', 'doctree.py');
const fixtures = join(repo, 'test', 'rst', 'fixtures');
const corpus = process.env.MMU_DOC_LINT_CORPUS
  ? resolve(process.env.MMU_DOC_LINT_CORPUS)
  : resolve(repo, '..', 'shared', 'corpus');

function rstFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...rstFiles(p));
    else if (name.endsWith('.rst')) out.push(p);
  }
  return out;
}

const hasDocutils = spawnSync('python3', ['-c', 'import docutils'], {stdio: 'ignore'}).status === 0;
const corpusFiles = rstFiles(corpus);
const fixtureFiles = rstFiles(fixtures);

let dumped: Record<string, string[]> | null = null;
function docutilsDump(): Record<string, string[]> {
  if (dumped) return dumped;
  const r = spawnSync('python3', [oracle, ...corpusFiles, ...fixtureFiles], {maxBuffer: 256 * 1024 * 1024, encoding: 'utf8'});
  if (r.status !== 0) throw new Error(`oracle failed: ${r.stderr}`);
  dumped = JSON.parse(r.stdout) as Record<string, string[]>;
  return dumped;
}

function compare(file: string): void {
  const theirs = docutilsDump()[file];
  assert.ok(Array.isArray(theirs), `oracle has ${file}`);
  assert.ok(theirs.length > 0, 'docutils found blocks');
  const ours = normalize(parseRst(readFileSync(file, 'utf8')));
  assert.deepEqual(ours, theirs);
}

test('docutils oracle: corpus files', {skip: !hasDocutils ? 'python3 docutils not available' : corpusFiles.length === 0 ? `no corpus at ${corpus}` : false}, async (t) => {
  for (const file of corpusFiles) {
    await t.test(file.slice(corpus.length + 1), () => compare(file));
  }
});

test('docutils oracle: own fixtures', {skip: !hasDocutils ? 'python3 docutils not available' : false}, async (t) => {
  assert.ok(fixtureFiles.length >= 10, 'fixtures present');
  for (const file of fixtureFiles) {
    await t.test(file.slice(fixtures.length + 1), () => compare(file));
  }
});
