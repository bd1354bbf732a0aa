/**
 * Property tests (fast-check): the parser never throws, and every node's
 * position lies inside the input, with start <= end, line/column matching
 * the offset, and children inside their parent.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {parseRst, rstToString} from '../../src/rst/index.js';
import {BlockParser} from '../../src/rst/block.js';
import {allNodes, positionProblems} from './helpers.js';

const FRAGMENTS = [
  'Title', '=====', '-----', '~~~~', '=====  =====', '+---+---+', '| a | b |', '|', '| ', '::', ' ::', 'text::',
  '..', '.. ', '.. note::', '.. code-block:: c', ':opt: v', '.. _t:', '.. |s| replace:: x', '.. [1]', '__ ',
  '`', '``', '*', '**', '|x|', '_', '`a`_', ':r:`x`', '[1]_', '\\', '- ', '* ', '+ ', '1. ', '#. ', '(a) ', 'ii) ',
  ':f: ', '-a  ', '>>> ', 'term : cls', 'word', 'sp->spt[n]', '(gfn << PAGE_SHIFT)', '\t', '  ', '    ', ' ',
  '\n', '\n', '\n', '\r\n', '\r', '\ufeff', '\u00e9', '\u4e2d', '\ud83d\ude00',
];

const rstish = fc.array(fc.constantFrom(...FRAGMENTS), {maxLength: 60}).map((a) => a.join(''));
const rstLines = fc
  .array(fc.tuple(fc.constantFrom('', ' ', '  ', '    ', '\t', '\t  '), fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => !/[\r\n]/.test(f))), {maxLength: 5})), {maxLength: 25})
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.map(([ind, parts]) => ind + parts.join('')).join(eol)));

function check(text: string): void {
  // the parser itself, without parseRst's defensive catch: it must not throw
  const tree = new BlockParser(text).parse();
  assert.equal(tree.type, 'root');
  const problems = positionProblems(tree, text);
  assert.deepEqual(problems, [], JSON.stringify(text));
  // every text node's value comes from the input (modulo escapes and line joins)
  for (const n of allNodes(tree)) {
    if (n.type === 'text' && !n.value.includes('\n') && !text.includes('\\')) {
      const src = text.slice(n.position!.start.offset, n.position!.end.offset);
      assert.equal(src, n.value, `text value equals its source in ${JSON.stringify(text)}`);
    }
  }
  assert.equal(typeof rstToString(tree), 'string');
}

test('never throws and positions are consistent on arbitrary strings', () => {
  fc.assert(fc.property(fc.string({maxLength: 200}), check), {numRuns: 400, seed: 42});
  fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 100}), check), {numRuns: 200, seed: 7});
});

test('never throws and positions are consistent on RST-ish fragments', () => {
  fc.assert(fc.property(rstish, check), {numRuns: 500, seed: 1});
});

test('never throws and positions are consistent on RST-ish lines with indentation and line endings', () => {
  fc.assert(fc.property(rstLines, check), {numRuns: 500, seed: 3});
});

const here = dirname(fileURLToPath(import.meta.url));
const corpus = process.env.MMU_DOC_LINT_CORPUS
  ? resolve(process.env.MMU_DOC_LINT_CORPUS)
  : resolve(here, '..', '..', '..', '..', 'shared', 'corpus');

function rstFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? rstFiles(p) : name.endsWith('.rst') ? [p] : [];
  });
}

test('corpus files: positions consistent, also with CRLF line endings', {skip: rstFiles(corpus).length === 0 ? `no corpus at ${corpus}` : false}, () => {
  for (const file of rstFiles(corpus)) {
    const text = readFileSync(file, 'utf8');
    const tree = parseRst(text);
    assert.deepEqual(positionProblems(tree, text), [], file);
    const crlf = text.replace(/\n/g, '\r\n');
    const tree2 = parseRst(crlf);
    assert.deepEqual(positionProblems(tree2, crlf), [], file + ' (CRLF)');
    // same structure, and every node on the same line and column
    const a = allNodes(tree).map((n) => `${n.type}@${n.position!.start.line}:${n.position!.start.column}`);
    const b = allNodes(tree2).map((n) => `${n.type}@${n.position!.start.line}:${n.position!.start.column}`);
    assert.deepEqual(b, a, file);
  }
});
