import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {findAggregate, readMembers, stripComments} from '../../src/spec/c-decl.js';

const read = (body: string, kind: 'struct' | 'union' = 'struct') =>
  readMembers(body, kind).map((m) => [m.name, m.cType, m.union?.join(',') ?? '', m.config ?? '', m.depth]);

describe('stripComments', () => {
  it('removes block and line comments, keeping lines', () => {
    assert.equal(stripComments('a /* x\ny */ b // z\nc'), 'a  \n b \nc');
    assert.equal(stripComments('#define X 1 \\\n  + 2\n'), '#define X 1    + 2\n');
    assert.equal(stripComments('s = "/* no */"; /* yes */'), 's = "/* no */";  ');
  });
});

describe('findAggregate', () => {
  it('skips forward declarations and uses, balances braces', () => {
    const text = 'struct kvm_mmu_page;\nstruct kvm_mmu_page *sp;\nstruct kvm_mmu_page_x { int y; };\nstruct kvm_mmu_page {\n int a;\n union { int b; };\n};\nint after;';
    assert.equal(findAggregate(text, 'struct', 'kvm_mmu_page'), '\n int a;\n union { int b; };\n');
    assert.equal(findAggregate(text, 'union', 'kvm_mmu_page'), undefined);
    assert.equal(findAggregate('struct kvm_mmu_page { int a;', 'struct', 'kvm_mmu_page'), undefined);
  });
});

describe('readMembers', () => {
  it('reads types, pointers, arrays, bitmaps and multiple declarators', () => {
    assert.deepEqual(
      read('struct list_head link;\nu64*spt;\nu64 __rcu * ptep;\nchar **names;\nu8 buf[4][2];\nint a, *b;\nDECLARE_BITMAP(bits, 512);\n'),
      [
        ['link', 'struct list_head', '', '', 0],
        ['spt', 'u64 *', '', '', 0],
        ['ptep', 'u64 __rcu *', '', '', 0],
        ['names', 'char **', '', '', 0],
        ['buf', 'u8[4][2]', '', '', 0],
        ['a', 'int', '', '', 0],
        ['b', 'int *', '', '', 0],
        ['bits', 'unsigned long[BITS_TO_LONGS(512)]', '', '', 0]
      ]
    );
  });

  it('reads bit-fields and skips unnamed padding and function pointers', () => {
    assert.deepEqual(
      readMembers('unsigned level:4;\nunsigned int x : 1;\nunsigned :5;\nvoid (*fn)(int);\nunsigned smm:8;').map((m) => [
        m.name,
        m.cType,
        m.width
      ]),
      [
        ['level', 'unsigned:4', 4],
        ['x', 'unsigned int:1', 1],
        ['smm', 'unsigned:8', 8]
      ]
    );
  });

  it('records union partners through anonymous structs and unions', () => {
    assert.deepEqual(
      read('int a;\nunion {\n struct {\n  int b;\n  atomic_t c;\n };\n void *d;\n};\nunion { u8 e; bool f; };\n'),
      [
        ['a', 'int', '', '', 0],
        ['b', 'int', 'd', '', 2],
        ['c', 'atomic_t', 'd', '', 2],
        ['d', 'void *', 'b,c', '', 1],
        ['e', 'u8', 'f', '', 1],
        ['f', 'bool', 'e', '', 1]
      ]
    );
  });

  it('keeps a named nested aggregate as one member', () => {
    assert.deepEqual(read('struct { int x; } inner;\nunion { int y; long z; } u[2];\n'), [
      ['inner', 'struct {…}', '', '', 0],
      ['u', 'union {…}[2]', '', '', 0]
    ]);
  });

  it('reads the top level of a union body as partners', () => {
    assert.deepEqual(read('u32 word;\nstruct { unsigned a:1; unsigned b:2; };', 'union'), [
      ['word', 'u32', 'a,b', '', 0],
      ['a', 'unsigned:1', 'word', '', 1],
      ['b', 'unsigned:2', 'word', '', 1]
    ]);
  });

  it('turns preprocessor conditions into config', () => {
    const body = [
      '#ifdef CONFIG_X86_32',
      ' int a;',
      '#else',
      ' int b;',
      '#endif',
      '#ifndef CONFIG_X86_64',
      ' int c;',
      '#endif',
      '#if defined(CONFIG_A) && IS_ENABLED(CONFIG_B)',
      ' int d;',
      '#elif defined CONFIG_C',
      ' int e;',
      '#else',
      '# ifdef CONFIG_D',
      ' int f;',
      '# endif',
      '#endif',
      '#define NOT_A_MEMBER 1',
      'int g;'
    ].join('\n');
    assert.deepEqual(
      readMembers(body).map((m) => [m.name, m.config ?? '']),
      [
        ['a', 'CONFIG_X86_32'],
        ['b', '!CONFIG_X86_32'],
        ['c', '!CONFIG_X86_64'],
        ['d', 'CONFIG_A && CONFIG_B'],
        ['e', '!(CONFIG_A && CONFIG_B) && CONFIG_C'],
        ['f', '!(CONFIG_A && CONFIG_B) && !CONFIG_C && CONFIG_D'],
        ['g', '']
      ]
    );
  });

  it('is linear on large inputs', () => {
    const body = 'int x;\n'.repeat(50_000) + 'union {\n' + ' u8 y;\n'.repeat(200) + '};\n';
    const start = performance.now();
    const members = readMembers(body);
    const ms = performance.now() - start;
    assert.equal(members.length, 50_200);
    assert.ok(ms < 2_000, `${ms} ms`);
  });
});
