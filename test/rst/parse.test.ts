import test from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import {parseRst, rstParse, rstToString} from '../../src/rst/index.js';
import type {RstRoot} from '../../src/rst/index.js';
import {normalize} from './normalize.js';
import {allNodes, find, lco, positionProblems} from './helpers.js';

const parse = (text: string): RstRoot => {
  const tree = parseRst(text);
  assert.deepEqual(positionProblems(tree, text), [], 'positions are consistent');
  return tree;
};

test('sections: depth by first appearance, overline styles distinct, title positions', () => {
  const text = '=====\nDoc\n=====\n\nOne\n===\n\ntext\n\nTwo\n---\n\nThree\n=====\n';
  const tree = parse(text);
  assert.deepEqual(normalize(tree), [
    'section', '  title "Doc"',
    '  section', '    title "One"', '    paragraph "text"',
    '    section', '      title "Two"',
    '  section', '    title "Three"',
  ]);
  const doc = find(tree, 'section');
  assert.equal(doc.depth, 1);
  const one = find(tree, 'section', 1);
  assert.equal(one.depth, 2);
  assert.equal(find(tree, 'section', 2).depth, 3);
  const title = find(tree, 'title');
  assert.deepEqual(title.adornment, {char: '=', overline: true});
  assert.deepEqual(lco(title.position!.start), [1, 1, 0]);
  assert.deepEqual(lco(title.position!.end), [3, 6, 15]);
  assert.deepEqual(lco(title.children[0].position!.start), [2, 1, 6]);
  assert.deepEqual(find(tree, 'title', 1).adornment, {char: '=', overline: false});
  assert.deepEqual(lco(one.position!.start), [5, 1, 17]);
  assert.deepEqual(lco(one.position!.end), [11, 4, 39]);
});

test('transition and too-short adornments', () => {
  const tree = parse('Para.\n\n----------\n\nMore.\n\nShort\n==\n');
  assert.deepEqual(normalize(tree), ['paragraph "Para."', 'transition', 'paragraph "More."', 'paragraph "Short\\n=="']);
  assert.deepEqual(lco(find(tree, 'transition').position!.start), [3, 1, 7]);
});

test('the lead-in paragraph directly followed by indented terms is a definition list', () => {
  const text = 'Shadow pages contain the following information:\n  role.level:\n    The level.\n  gfn:\n\tTab body *x*.\n  root_count / tdp_mmu_root_count:\n     Five spaces.\n';
  const tree = parse(text);
  assert.deepEqual(normalize(tree), [
    'definition_list',
    '  definition_list_item',
    '    term "Shadow pages contain the following information:"',
    '    definition',
    '      definition_list',
    '        definition_list_item',
    '          term "role.level:"',
    '          definition',
    '            paragraph "The level."',
    '        definition_list_item',
    '          term "gfn:"',
    '          definition',
    '            paragraph "Tab body x."',
    '        definition_list_item',
    '          term "root_count / tdp_mmu_root_count:"',
    '          definition',
    '            paragraph "Five spaces."',
  ]);
  const term = find(tree, 'term', 1);
  assert.equal(rstToString(term), 'role.level:');
  assert.deepEqual(lco(term.position!.start), [2, 3, 50]);
  assert.deepEqual(lco(term.position!.end), [2, 14, 61]);
  // the tab-indented body: position refers to the original characters
  const tabPara = find(tree, 'paragraph', 1);
  assert.deepEqual(lco(tabPara.position!.start), [5, 2, 85]);
  const em = find(tree, 'emphasis');
  assert.deepEqual(lco(em.position!.start), [5, 11, 94]);
  assert.deepEqual(lco(em.position!.end), [5, 14, 97]);
  const five = find(tree, 'paragraph', 2);
  assert.deepEqual(lco(five.position!.start), [7, 6, 139]);
});

test('tab-indented definition bodies inside bullet items (8-column stops)', () => {
  const text = '- correctness:\n\t       the guest should not\n               be able to\n- security:\n               body\n';
  const tree = parse(text);
  assert.deepEqual(normalize(tree), [
    'bullet_list',
    '  list_item',
    '    definition_list',
    '      definition_list_item',
    '        term "correctness:"',
    '        definition',
    '          paragraph "the guest should not\\nbe able to"',
    '  list_item',
    '    definition_list',
    '      definition_list_item',
    '        term "security:"',
    '        definition',
    '          paragraph "body"',
  ]);
  const p = find(tree, 'paragraph');
  assert.deepEqual(lco(p.position!.start), [2, 9, 23]);
  assert.deepEqual(lco(p.position!.end), [3, 26, 69]);
  assert.equal(find(tree, 'bulletList').bullet, '-');
});

test('definition list classifiers and term positions', () => {
  const tree = parse('term : cls1 : cls2\n    def\n');
  const item = find(tree, 'definitionListItem');
  assert.deepEqual(item.children.map((c) => c.type), ['term', 'classifier', 'classifier', 'definition']);
  assert.deepEqual(item.children.slice(0, 3).map((c) => rstToString(c)), ['term', 'cls1', 'cls2']);
  assert.deepEqual(lco(item.children[1].position!.start), [1, 8, 7]);
  assert.deepEqual(lco(item.children[2].position!.end), [1, 19, 18]);
  assert.deepEqual(lco(item.children[3].position!.start), [2, 5, 23]);
});

test('literal blocks: "::", " ::", lone "::", quoted', () => {
  const text = 'Intro::\n\n    code\n      more\n\nPara: ::\n\n  x\n\n::\n\n  lone\n\nQuote::\n\n> a\n> b\n\nEnd.\n';
  const tree = parse(text);
  assert.deepEqual(normalize(tree), [
    'paragraph "Intro:"', 'literal_block "code\\n  more"',
    'paragraph "Para:"', 'literal_block "x"',
    'literal_block "lone"',
    'paragraph "Quote:"', 'literal_block "> a\\n> b"',
    'paragraph "End."',
  ]);
  const lit = find(tree, 'literalBlock');
  assert.deepEqual(lco(lit.position!.start), [3, 5, 13]);
  assert.deepEqual(lco(lit.position!.end), [4, 11, 28]);
  const para = find(tree, 'paragraph');
  assert.deepEqual(lco(para.position!.end), [1, 8, 7]);
  assert.deepEqual(lco(para.children[0].position!.end), [1, 7, 6]);
});

test('CRLF and CR line endings keep offsets into the original string', () => {
  const crlf = 'Title\r\n=====\r\n\r\na\r\nb::\r\n\r\n  lit\r\n';
  const tree = parse(crlf);
  assert.deepEqual(normalize(tree), ['section', '  title "Title"', '  paragraph "a\\nb:"', '  literal_block "lit"']);
  const lit = find(tree, 'literalBlock');
  assert.deepEqual(lco(lit.position!.start), [7, 3, 28]);
  assert.equal(crlf.slice(lit.position!.start.offset, lit.position!.end.offset), 'lit');
  const cr = 'a\rb\r\r  c\r';
  const t2 = parse(cr);
  assert.deepEqual(normalize(t2), ['paragraph "a\\nb"', 'block_quote', '  paragraph "c"']);
  assert.deepEqual(lco(find(t2, 'blockQuote').position!.start), [4, 3, 7]);
});

test('a BOM at the start is skipped (columns count it, as vfile-location does)', () => {
  const text = '\ufeffTitle\n=====\n\nBody.\n';
  const tree = parse(text);
  assert.deepEqual(normalize(tree), ['section', '  title "Title"', '  paragraph "Body."']);
  assert.deepEqual(lco(find(tree, 'text').position!.start), [1, 2, 1]);
});

test('directives: options, arguments, raw value, body content for admonitions', () => {
  const text = '.. code-block:: c\n   :linenos:\n   :caption: Ex\n\n   int x;\n     x++;\n\n.. note:: Be careful.\n\n   Second.\n\n.. kernel-doc:: arch/x86/kvm/mmu/mmu.c\n   :identifiers: kvm_mmu_page\n';
  const tree = parse(text);
  const cb = find(tree, 'directive');
  assert.equal(cb.name, 'code-block');
  assert.equal(cb.argument, 'c');
  assert.deepEqual(cb.options, {linenos: '', caption: 'Ex'});
  assert.equal(cb.value, 'int x;\n  x++;');
  assert.deepEqual(cb.children, []);
  assert.deepEqual(lco(cb.position!.start), [1, 1, 0]);
  assert.deepEqual(lco(cb.position!.end), [6, 10, 67]);
  const note = find(tree, 'directive', 1);
  assert.equal(note.name, 'note');
  assert.equal(note.argument, '');
  assert.deepEqual(normalize({type: 'root', children: note.children} as RstRoot), ['paragraph "Be careful."', 'paragraph "Second."']);
  assert.deepEqual(lco(note.children[0].position!.start), [8, 11, 79]);
  const kd = find(tree, 'directive', 2);
  assert.equal(kd.name, 'kernel-doc');
  assert.equal(kd.argument, 'arch/x86/kvm/mmu/mmu.c');
  assert.deepEqual(kd.options, {identifiers: 'kvm_mmu_page'});
});

test('comments, substitution definitions, targets, footnotes, citations', () => {
  const text = '.. SPDX-License-Identifier: GPL-2.0\n\n.. _mmu-doc:\n\n.. _site: https://example.org/a\n\n__ https://example.org/b\n\n.. |n| replace:: name\n\n.. [1] Foot\n   note.\n\n.. [CIT] Cited.\n';
  const tree = parse(text);
  assert.deepEqual(normalize(tree), [
    'comment', 'target', 'target', 'target', 'substitution_definition',
    'footnote', '  paragraph "Foot\\nnote."', 'citation', '  paragraph "Cited."',
  ]);
  assert.equal(find(tree, 'comment').value, 'SPDX-License-Identifier: GPL-2.0');
  const t0 = find(tree, 'target');
  assert.equal(t0.name, 'mmu-doc');
  assert.equal(t0.url, undefined);
  assert.equal(find(tree, 'target', 1).url, 'https://example.org/a');
  assert.equal(find(tree, 'target', 2).name, '');
  const sub = find(tree, 'substitutionDefinition');
  assert.equal(sub.name, 'n');
  assert.equal(sub.value, 'replace:: name');
  const fn = allNodes(tree).find((n) => n.type === 'footnote') as {label: string; position: {start: {line: number}}};
  assert.equal(fn.label, '1');
});

test('lists: bullets, enumerations, fields, options, line blocks', () => {
  const text = '- a\n- b\n\n  more b\n\n  * nested\n\n1. one\n2. two\n\n(a) x\n(b) y\n\nii) second\niii) third\n\n#. auto\n#. auto\n\n:Original: Documentation/x.rst\n:Multi: one\n   two\n\n-a         opt a\n--all=X    opt all\n\n| line one\n|    indented\n| back\n';
  const tree = parse(text);
  assert.deepEqual(normalize(tree), [
    'bullet_list', '  list_item', '    paragraph "a"', '  list_item', '    paragraph "b"', '    paragraph "more b"',
    '    bullet_list', '      list_item', '        paragraph "nested"',
    'enumerated_list arabic', '  list_item', '    paragraph "one"', '  list_item', '    paragraph "two"',
    'enumerated_list loweralpha', '  list_item', '    paragraph "x"', '  list_item', '    paragraph "y"',
    'enumerated_list lowerroman', '  list_item', '    paragraph "second"', '  list_item', '    paragraph "third"',
    'enumerated_list arabic', '  list_item', '    paragraph "auto"', '  list_item', '    paragraph "auto"',
    'field_list', '  field', '    field_name "Original"', '    field_body', '      paragraph "Documentation/x.rst"',
    '  field', '    field_name "Multi"', '    field_body', '      paragraph "one\\ntwo"',
    'option_list', '  list_item', '    paragraph "opt a"', '  list_item', '    paragraph "opt all"',
    'line_block', '  line', '  line_block', '    line', '  line',
  ]);
  const en = find(tree, 'enumeratedList', 2);
  assert.equal(en.start, 2);
  assert.equal(en.suffix, ')');
  assert.equal(find(tree, 'enumeratedList', 1).prefix, '(');
  const item = find(tree, 'listItem', 1);
  assert.deepEqual(lco(item.position!.start), [2, 1, 4]);
  assert.deepEqual(lco(item.position!.end), [6, 11, 29]);
  const fname = find(tree, 'fieldName');
  assert.deepEqual(lco(fname.position!.start), [20, 2, 100]);
  assert.equal(rstToString(fname), 'Original');
});

test('enumerators that are not lists stay text', () => {
  const tree = parse('A. not a list\nB) other format\n\n1. one\n3. three\n');
  assert.deepEqual(normalize(tree), ['paragraph "A. not a list\\nB) other format"', 'paragraph "1. one\\n3. three"']);
});

test('simple and grid tables are raw blocks with positions', () => {
  const text = '=====  =====\nA      B\n=====  =====\n1      2\n=====  =====\n\n+---+---+\n| a | b |\n+---+---+\n';
  const tree = parse(text);
  const simple = find(tree, 'table');
  assert.equal(simple.kind, 'simple');
  assert.equal(simple.value.split('\n').length, 5);
  assert.deepEqual(lco(simple.position!.end), [5, 13, 56]);
  const grid = find(tree, 'table', 1);
  assert.equal(grid.kind, 'grid');
  assert.equal(grid.value, '+---+---+\n| a | b |\n+---+---+');
  assert.deepEqual(lco(grid.position!.start), [7, 1, 58]);
});

test('block quotes versus definition lists, unexpected indentation', () => {
  const tree = parse('Para.\n\n    Quote.\n\n        Deeper.\n\nLine one\nline two\n  indented\n');
  assert.deepEqual(normalize(tree), [
    'paragraph "Para."', 'block_quote', '  paragraph "Quote."', '  block_quote', '    paragraph "Deeper."',
    'paragraph "Line one\\nline two"', 'block_quote', '  paragraph "indented"',
  ]);
});

test('inline markup: kinds, values, positions', () => {
  const text = 'See :c:func:`f` and `x <http://e.org>`_ and name_ and |s| and [1]_ and `y`__ and `t`:r:.\n';
  const tree = parse(text);
  const p = find(tree, 'paragraph');
  assert.deepEqual(p.children.map((c) => c.type), [
    'text', 'interpreted', 'text', 'reference', 'text', 'reference', 'text', 'substitutionReference', 'text',
    'footnoteReference', 'text', 'reference', 'text', 'interpreted', 'text',
  ]);
  const role = find(tree, 'interpreted');
  assert.equal(role.role, 'c:func');
  assert.equal(role.value, 'f');
  assert.deepEqual(lco(role.position!.start), [1, 5, 4]);
  assert.deepEqual(lco(role.position!.end), [1, 16, 15]);
  const link = find(tree, 'reference');
  assert.equal(link.value, 'x');
  assert.equal(link.url, 'http://e.org');
  assert.equal(find(tree, 'reference', 1).refname, 'name');
  assert.equal(find(tree, 'reference', 2).anonymous, true);
  assert.equal(find(tree, 'interpreted', 1).role, 'r');
  assert.equal(find(tree, 'footnoteReference').value, '1');
});

test('kernel C-ish text is not misparsed as markup', () => {
  const samples = [
    'sp1->spt[n] may point at __pa(sp2->spt).',
    'starts at (gfn << PAGE_SHIFT) and u64 * ptr and a * b',
    '(parent_ptes & ~0x1) points at a data structure',
    'Quoted (*) and "*" and \'*\' stay text',
    'kvm_mmu_page and role.has_4_byte_gpte and 2*3*4',
  ];
  for (const s of samples) {
    const tree = parse(s + '\n');
    const p = find(tree, 'paragraph');
    assert.deepEqual(p.children.map((c) => c.type), ['text'], s);
    assert.equal(rstToString(p), s);
  }
  // an unmatched start-string stays text, even spanning lines
  const t = parse('*sptep points\nat it\n');
  assert.equal(rstToString(t), '*sptep points\nat it');
});

test('backslash escapes', () => {
  const tree = parse('\\*not\\* and a\\ b and \\`x\\`\n');
  const p = find(tree, 'paragraph');
  assert.deepEqual(p.children.map((c) => c.type), ['text']);
  assert.equal(rstToString(p), '*not* and ab and `x`');
  assert.deepEqual(lco(p.children[0].position!.end), [1, 27, 26]);
});

test('inline positions across lines of a tab-indented paragraph', () => {
  const text = 'term\n\tfirst ``lit\n\tcont`` end\n';
  const tree = parse(text);
  const lit = find(tree, 'literal');
  assert.equal(lit.value, 'lit\ncont');
  assert.deepEqual(lco(lit.position!.start), [2, 8, 12]);
  assert.deepEqual(lco(lit.position!.end), [3, 8, 25]);
});

test('rstParse is a unified parser plugin', () => {
  const tree = unified().use(rstParse).parse('Hello *world*\n');
  assert.equal(tree.type, 'root');
  assert.deepEqual(normalize(tree), ['paragraph "Hello world"']);
  assert.equal(rstToString(tree), 'Hello world');
});

test('empty and degenerate inputs', () => {
  assert.deepEqual(parse('').children, []);
  assert.deepEqual(parse('\n\n').position!.end, {line: 3, column: 1, offset: 2});
  assert.deepEqual(normalize(parse('::\n')), []);
  assert.deepEqual(normalize(parse('..\n')), ['comment']);
});
