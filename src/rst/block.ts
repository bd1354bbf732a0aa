/**
 * Block structure, following docutils' RST state machine (states.py,
 * docutils 0.19): Body / Text / Line / SpecializedBody states, get_indented
 * and friends, nested parses on indentation-stripped line views. Each
 * function takes a view (`VLine[]`) and a line index and returns the index
 * of the first line it did not consume.
 */
import type {Point, Position} from 'unist';
import type {
  BlockQuote, BulletList, Classifier, Comment, Definition, DefinitionList, DefinitionListItem, Directive,
  DoctestBlock, EnumeratedList, Field, FieldList, Footnote, LineBlock, ListItem, LiteralBlock, OptionList,
  Paragraph, RstBlock, RstInline, RstRoot, Section, SubstitutionDefinition, Table, Target, Term, Text, Title,
} from './types.js';
import {Source, type VLine} from './source.js';
import {InlineText, isSpace, parseInline, parseInlineTokens, unescapeRaw, type Span} from './inline.js';

/** Directives whose content is parsed as body elements. */
export const BODY_DIRECTIVES: ReadonlySet<string> = new Set([
  'note', 'warning', 'attention', 'tip', 'important', 'caution', 'danger', 'hint', 'error',
  'admonition', 'topic', 'sidebar', 'seealso',
]);
/** Body directives that take no argument (the first line is content). */
export const NO_ARGUMENT_DIRECTIVES: ReadonlySet<string> = new Set([
  'note', 'warning', 'attention', 'tip', 'important', 'caution', 'danger', 'hint', 'error', 'seealso',
]);

const isAdornChar = (c: number): boolean =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

/** `(nonalphanum7bit)\1* *$` on a right-stripped line. */
export function isAdornment(t: string): boolean {
  if (t.length === 0) return false;
  const c = t.charCodeAt(0);
  if (!isAdornChar(c)) return false;
  for (let i = 1; i < t.length; i++) if (t.charCodeAt(i) !== c) return false;
  return true;
}

const leadingSpaces = (t: string): number => {
  let i = 0;
  while (i < t.length && t.charCodeAt(i) === 32) i++;
  return i;
};

const WIDE_RE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
const COMBINING_RE = /[\u0300-\u036f]/g;
function columnWidth(t: string): number {
  let w = t.length;
  const wide = t.match(WIDE_RE);
  if (wide) w += wide.length;
  const comb = t.match(COMBINING_RE);
  if (comb) w -= comb.length;
  return w;
}

interface Indented {
  lines: VLine[];
  /** index after the block in the view */
  end: number;
  indent: number;
}

const strip = (l: VLine, n: number): VLine => (n === 0 ? l : {ln: l.ln, cut: l.cut + n, text: l.text.slice(n)});

/** docutils StringList.get_indented (+ StateMachine's strip_top). */
function getIndented(
  v: VLine[],
  start: number,
  opts: {untilBlank?: boolean; stripIndent?: boolean; blockIndent?: number; firstIndent?: number; stripTop?: boolean} = {},
): Indented {
  const stripIndent = opts.stripIndent ?? true;
  const blockIndent = opts.blockIndent;
  let firstIndent = opts.firstIndent;
  let indent = blockIndent;
  let end = start;
  if (blockIndent !== undefined && firstIndent === undefined) firstIndent = blockIndent;
  if (firstIndent !== undefined) end++;
  const last = v.length;
  while (end < last) {
    const line = v[end].text;
    if (line.length > 0 && (line.charCodeAt(0) !== 32 || (blockIndent !== undefined && leadingSpaces(line) < blockIndent))) break;
    if (line.length === 0) {
      if (opts.untilBlank) break;
    } else if (blockIndent === undefined) {
      const li = leadingSpaces(line);
      indent = indent === undefined ? li : Math.min(indent, li);
    }
    end++;
  }
  const lines = v.slice(start, Math.min(end, last));
  if (firstIndent !== undefined && lines.length > 0) lines[0] = strip(lines[0], Math.min(firstIndent, lines[0].text.length));
  if (indent && stripIndent) {
    for (let k = firstIndent !== undefined ? 1 : 0; k < lines.length; k++) lines[k] = strip(lines[k], Math.min(indent, lines[k].text.length));
  }
  let from = 0;
  if (opts.stripTop ?? true) while (from < lines.length && lines[from].text === '') from++;
  return {lines: from ? lines.slice(from) : lines, end: Math.min(end, last), indent: indent ?? 0};
}

function trimEnd(lines: VLine[]): VLine[] {
  let e = lines.length;
  while (e > 0 && lines[e - 1].text === '') e--;
  return e === lines.length ? lines : lines.slice(0, e);
}

interface EnumMatch {
  format: 'parens' | 'rparen' | 'period';
  text: string;
  end: number;
}

const ROMAN: Array<[string, number]> = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];
function toRoman(n: number): string | null {
  if (n <= 0 || n >= 5000) return null;
  let out = '';
  for (const [s, v] of ROMAN) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}
function fromRoman(s: string): number | null {
  const u = s.toUpperCase();
  let n = 0;
  let i = 0;
  for (const [r, v] of ROMAN) while (u.startsWith(r, i)) {
    n += v;
    i += r.length;
  }
  if (i !== u.length || toRoman(n) !== u) return null;
  return n;
}

type Sequence = 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman' | '#';
const SEQ_RE: Record<Exclude<Sequence, '#'>, RegExp> = {
  arabic: /^[0-9]+$/, loweralpha: /^[a-z]$/, upperalpha: /^[A-Z]$/, lowerroman: /^[ivxlcdm]+$/, upperroman: /^[IVXLCDM]+$/,
};
const SEQS: Array<Exclude<Sequence, '#'>> = ['arabic', 'loweralpha', 'upperalpha', 'lowerroman', 'upperroman'];
const ENUM_BODY_RE = /^(?:[0-9]+|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#)$/;

function matchEnumerator(t: string): EnumMatch | null {
  const c0 = t.charCodeAt(0);
  // quick reject: an enumerator starts with '(', '#', a digit or an ASCII letter
  if (!(c0 === 40 || c0 === 35 || (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return null;
  let i = 0;
  let format: EnumMatch['format'];
  if (c0 === 40) i = 1;
  let j = i;
  while (j < t.length) {
    const c = t.charCodeAt(j);
    if (c === 35 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) j++;
    else break;
  }
  const d = t[j];
  if (d !== ')' && d !== '.') return null;
  const body = t.slice(i, j);
  if (!ENUM_BODY_RE.test(body)) return null;
  if (i === 1) {
    if (d !== ')') return null;
    format = 'parens';
  } else if (d === ')') format = 'rparen';
  else format = 'period';
  let e = j + 1;
  if (e < t.length && t[e] !== ' ') return null;
  while (t[e] === ' ') e++;
  return {format, text: body, end: e};
}

function parseEnumerator(m: EnumMatch, expected?: string): {sequence: Sequence; ordinal: number | null} {
  const text = m.text;
  let sequence: Sequence | '' = '';
  if (text === '#') sequence = '#';
  else if (expected) {
    if (expected in SEQ_RE && SEQ_RE[expected as Exclude<Sequence, '#'>].test(text)) sequence = expected as Sequence;
  } else if (text === 'i') sequence = 'lowerroman';
  else if (text === 'I') sequence = 'upperroman';
  if (!sequence) {
    sequence = 'arabic';
    for (const q of SEQS) if (SEQ_RE[q].test(text)) {
      sequence = q;
      break;
    }
  }
  let ordinal: number | null;
  switch (sequence) {
    case '#': ordinal = 1; break;
    case 'arabic': ordinal = parseInt(text, 10); break;
    case 'loweralpha': ordinal = text.charCodeAt(0) - 96; break;
    case 'upperalpha': ordinal = text.charCodeAt(0) - 64; break;
    default: ordinal = fromRoman(text);
  }
  return {sequence, ordinal};
}

const FORMAT_AFFIX = {parens: ['(', ')'], rparen: ['', ')'], period: ['', '.']} as const;

function makeEnumerator(ordinal: number, sequence: Sequence, format: EnumMatch['format']): [string, string] | null {
  let e: string;
  if (sequence === '#') e = '#';
  else if (sequence === 'arabic') e = String(ordinal);
  else if (sequence.endsWith('alpha')) {
    if (ordinal > 26) return null;
    e = String.fromCharCode(ordinal + 96);
  } else {
    const r = toRoman(ordinal);
    if (r === null) return null;
    e = r;
  }
  if (sequence.startsWith('lower')) e = e.toLowerCase();
  else if (sequence.startsWith('upper')) e = e.toUpperCase();
  const [p, s] = FORMAT_AFFIX[format];
  return [p + e + s + ' ', p + '#' + s + ' '];
}

/** Field marker `:name: ` → [name, end] (docutils' field_marker pattern). */
function matchField(t: string): {name: string; end: number} | null {
  if (t[0] !== ':' || t[1] === ':' || t[1] === ' ' || t.length < 2) return null;
  let i = 1;
  while (i < t.length) {
    const c = t[i];
    if (c === '\\') {
      if (i + 1 >= t.length) return null;
      i += 2;
      continue;
    }
    if (c === ':') {
      const d = t[i + 1];
      if (d === undefined || d === ' ') {
        if (t[i - 1] === ' ' || i === 1) return null;
        let e = i + 1;
        while (t[e] === ' ') e++;
        return {name: t.slice(1, i), end: e};
      }
      if (d === '`') return null;
    }
    i++;
  }
  return null;
}

const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
const isAlnumPlus = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
const isAlpha = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

function optArg(t: string, i: number): number {
  if (isAlpha(t[i])) {
    i++;
    while (isAlnumPlus(t[i])) i++;
    return i;
  }
  if (t[i] === '<') {
    const j = t.indexOf('>', i + 1);
    if (j > i + 1 && t.slice(i + 1, j).indexOf('<') === -1) return j + 1;
  }
  return -1;
}

function oneOption(t: string, i: number): number {
  if ((t[i] === '-' && t[i + 1] === '-') || t[i] === '/') {
    i += t[i] === '/' ? 1 : 2;
    if (!isAlnum(t[i])) return -1;
    i++;
    while (isAlnumPlus(t[i])) i++;
    if (t[i] === ' ' || t[i] === '=') {
      const e = optArg(t, i + 1);
      if (e !== -1) return e;
    }
    return i;
  }
  if (t[i] === '-' || t[i] === '+') {
    if (!isAlnum(t[i + 1])) return -1;
    i += 2;
    const e1 = optArg(t, i);
    if (e1 !== -1) return e1;
    if (t[i] === ' ') {
      const e2 = optArg(t, i + 1);
      if (e2 !== -1 && (t.startsWith('  ', e2) || e2 >= t.length || (t[e2] === ' ' && e2 + 1 >= t.length) || t.startsWith(', ', e2))) return e2;
    }
    return i;
  }
  return -1;
}

/** docutils' option_marker pattern; returns the match end. */
function matchOption(t: string): number {
  let i = oneOption(t, 0);
  if (i === -1) return -1;
  while (t.startsWith(', ', i)) {
    const j = oneOption(t, i + 2);
    if (j === -1) break;
    i = j;
  }
  if (t.startsWith('  ', i)) {
    while (t[i] === ' ') i++;
    return i;
  }
  if (i >= t.length) return i;
  if (t[i] === ' ' && i + 1 >= t.length) return i + 1;
  return -1;
}

const GRID_TOP_RE = /^\+-[-+]*-\+$/;
const isGridBorder = (t: string): boolean => t.length >= 3 && GRID_TOP_RE.test(t) && t.indexOf('-') === 1;
function isSimpleTop(t: string): boolean {
  // =+( +=+)+
  if (t[0] !== '=') return false;
  let groups = 0;
  let i = 0;
  while (i < t.length) {
    if (t[i] !== '=') return false;
    while (t[i] === '=') i++;
    groups++;
    if (i >= t.length) break;
    if (t[i] !== ' ') return false;
    while (t[i] === ' ') i++;
  }
  return groups >= 2;
}
const isSimpleBorder = (t: string): boolean => t[0] === '=' && /^[= ]+$/.test(t);

interface Ctx {
  /** Section titles allowed (document level). */
  titles: boolean;
  out: RstBlock[];
}

/**
 * Paragraph text is most of a document, and most callers never look at its
 * inline nodes: they are parsed on the first read of `children` (an own,
 * enumerable property like any other, replaced by its value once computed).
 */
function lazyChildren(node: Paragraph, compute: () => RstInline[]): void {
  const settle = (value: RstInline[]) => {
    Object.defineProperty(node, 'children', {value, writable: true, enumerable: true, configurable: true});
    return value;
  };
  Object.defineProperty(node, 'children', {
    get: () => settle(compute()),
    set: settle,
    enumerable: true,
    configurable: true
  });
}

export class BlockParser {
  readonly src: Source;
  private readonly root: RstRoot;
  /** open sections, root first */
  private stack: Array<RstRoot | Section> = [];
  private styles: string[] = [];

  constructor(text: string) {
    this.src = new Source(text);
    const end = this.src.lines.length - 1;
    const lastLine = this.src.lines[end];
    this.root = {
      type: 'root',
      children: [],
      position: {
        start: {line: 1, column: 1, offset: 0},
        end: {line: end + 1, column: lastLine.colBase + lastLine.raw.length, offset: lastLine.start + lastLine.raw.length},
      },
    };
    const tail = lastLine.start + lastLine.raw.length;
    if (tail < text.length) {
      // the text ends with a line ending: the root ends on the next (empty) line
      this.root.position!.end = {line: end + 2, column: 1, offset: text.length};
    }
  }

  parse(): RstRoot {
    this.stack = [this.root];
    this.body(this.src.view(), 0, null);
    for (const n of this.root.children) fixSection(n);
    return this.root;
  }

  // ------------------------------------------------------------ positions

  private pos(a: Point, b: Point): Position {
    return {start: a, end: b};
  }
  private startOf(l: VLine, col = 0): Point {
    return this.src.pointAt(l.ln, l.cut + col);
  }
  private endOf(l: VLine): Point {
    return this.src.endOf(l.ln);
  }
  /** Span covering the non-blank lines of a block. */
  private blockPos(lines: VLine[], startPoint?: Point): Position | null {
    let a = 0;
    while (a < lines.length && lines[a].text === '') a++;
    let b = lines.length - 1;
    while (b >= a && lines[b].text === '') b--;
    if (a > b) return startPoint ? this.pos(startPoint, startPoint) : null;
    const s = startPoint ?? this.startOf(lines[a], leadingSpaces(lines[a].text));
    return this.pos(s, this.endOf(lines[b]));
  }
  private span(l: VLine, col = 0, endCol?: number): Span {
    const line = this.src.lines[l.ln];
    const from = this.src.rawIndex(l.ln, l.cut + col);
    let to = endCol === undefined ? line.rawEnd : this.src.rawIndex(l.ln, l.cut + endCol);
    if (to < from) to = from;
    return {ln: l.ln, from, to};
  }

  // ------------------------------------------------------------ nested parse

  private body(v: VLine[], i: number, out: RstBlock[] | null): number {
    const titles = out === null;
    while (i < v.length) {
      const t = v[i].text;
      if (t === '') {
        i++;
        continue;
      }
      const ctx: Ctx = {titles, out: out ?? this.stack[this.stack.length - 1].children};
      if (t.charCodeAt(0) === 32) {
        i = this.blockQuote(v, i, ctx);
        continue;
      }
      i = this.bodyLine(v, i, ctx);
    }
    return i;
  }

  private nested(lines: VLine[]): RstBlock[] {
    const out: RstBlock[] = [];
    this.body(lines, 0, out);
    return out;
  }

  // ------------------------------------------------------------ Body state

  private bodyLine(v: VLine[], i: number, ctx: Ctx): number {
    const t = v[i].text;
    const c = t[0];
    if ((c === '-' || c === '+' || c === '*' || c === '\u2022' || c === '\u2023' || c === '\u2043') && (t.length === 1 || t[1] === ' ')) {
      return this.bulletList(v, i, ctx);
    }
    const em = matchEnumerator(t);
    if (em) {
      const r = this.enumeratedList(v, i, em, ctx);
      return r === -1 ? this.text(v, i, ctx) : r;
    }
    if (c === ':') {
      const fm = matchField(t);
      if (fm) return this.fieldList(v, i, ctx);
    }
    if (c === '-' || c === '+' || c === '/') {
      const om = matchOption(t);
      if (om !== -1) {
        const r = this.optionList(v, i, ctx);
        return r === -1 ? this.text(v, i, ctx) : r;
      }
    }
    if (t.startsWith('>>>') && (t.length === 3 || t[3] === ' ')) return this.doctest(v, i, ctx);
    if (c === '|' && (t.length === 1 || t[1] === ' ')) return this.lineBlock(v, i, ctx);
    if (c === '+' && isGridBorder(t)) return this.gridTable(v, i, ctx);
    if (c === '=' && isSimpleTop(t)) return this.simpleTable(v, i, ctx);
    if (t.startsWith('..') && (t.length === 2 || t[2] === ' ')) return this.explicitList(v, i, ctx);
    if (t.startsWith('__') && (t.length === 2 || t[2] === ' ')) return this.explicitList(v, i, ctx);
    if (isAdornment(t)) return this.line(v, i, ctx);
    return this.text(v, i, ctx);
  }

  /** Does the line match any Body transition other than `text`? */
  private isBodyConstruct(t: string): boolean {
    const c = t[0];
    if ((c === '-' || c === '+' || c === '*' || c === '\u2022' || c === '\u2023' || c === '\u2043') && (t.length === 1 || t[1] === ' ')) return true;
    if (matchEnumerator(t)) return true;
    if (c === ':' && matchField(t)) return true;
    if ((c === '-' || c === '+' || c === '/') && matchOption(t) !== -1) return true;
    if (t.startsWith('>>>') && (t.length === 3 || t[3] === ' ')) return true;
    if (c === '|' && (t.length === 1 || t[1] === ' ')) return true;
    if (c === '+' && isGridBorder(t)) return true;
    if (c === '=' && isSimpleTop(t)) return true;
    if ((t.startsWith('..') || t.startsWith('__')) && (t.length === 2 || t[2] === ' ')) return true;
    return isAdornment(t);
  }

  private blockQuote(v: VLine[], i: number, ctx: Ctx): number {
    const ind = getIndented(v, i);
    const lines = ind.lines;
    const pos = this.blockPos(lines);
    if (pos) {
      const bq: BlockQuote = {type: 'blockQuote', children: this.nested(lines), position: pos};
      ctx.out.push(bq);
    }
    return Math.max(ind.end, i + 1);
  }

  private listItem(v: VLine[], i: number, markerEnd: number): {item: ListItem; end: number} {
    const l = v[i];
    let ind: Indented;
    if (l.text.length > markerEnd) ind = getIndented(v, i, {blockIndent: markerEnd});
    else ind = getIndented(v, i, {firstIndent: markerEnd});
    const children = ind.lines.length ? this.nested(ind.lines) : [];
    const pos = this.blockPos(ind.lines, this.startOf(l));
    const p = pos ?? this.pos(this.startOf(l), this.endOf(l));
    p.start = this.startOf(l);
    const item: ListItem = {type: 'listItem', children, position: p};
    return {item, end: Math.max(ind.end, i + 1)};
  }

  private bulletList(v: VLine[], i: number, ctx: Ctx): number {
    const bullet = v[i].text[0];
    const list: BulletList = {type: 'bulletList', bullet, children: [], position: this.pos(this.startOf(v[i]), this.endOf(v[i]))};
    ctx.out.push(list);
    while (i < v.length) {
      const t = v[i].text;
      if (t === '') {
        i++;
        continue;
      }
      if (list.children.length > 0 && (t[0] !== bullet || !(t.length === 1 || t[1] === ' '))) break;
      let me = 1;
      while (t[me] === ' ') me++;
      const {item, end} = this.listItem(v, i, me);
      list.children.push(item);
      list.position!.end = item.position!.end;
      i = end;
    }
    return i;
  }

  private isEnumItem(v: VLine[], i: number, ordinal: number | null, sequence: Sequence, format: EnumMatch['format']): boolean {
    if (ordinal === null) return false;
    if (i + 1 >= v.length) return true;
    const next = v[i + 1].text;
    if (next === '' || next[0] === ' ') return true;
    const r = makeEnumerator(ordinal + 1, sequence, format);
    if (r) return next.startsWith(r[0]) || next.startsWith(r[1]);
    return false;
  }

  /** Returns -1 when the line is not a list item after all (text). */
  private enumeratedList(v: VLine[], i: number, em: EnumMatch, ctx: Ctx): number {
    const first = parseEnumerator(em);
    if (!this.isEnumItem(v, i, first.ordinal, first.sequence, em.format)) return -1;
    const [prefix, suffix] = FORMAT_AFFIX[em.format];
    const list: EnumeratedList = {
      type: 'enumeratedList',
      enumtype: first.sequence === '#' ? 'arabic' : first.sequence,
      start: first.ordinal ?? 1,
      prefix,
      suffix,
      children: [],
      position: this.pos(this.startOf(v[i]), this.endOf(v[i])),
    };
    ctx.out.push(list);
    let {item, end} = this.listItem(v, i, em.end);
    list.children.push(item);
    list.position!.end = item.position!.end;
    let last = first.ordinal!;
    let auto = first.sequence === '#';
    i = end;
    while (i < v.length) {
      const t = v[i].text;
      if (t === '') {
        i++;
        continue;
      }
      const m = matchEnumerator(t);
      if (!m) break;
      const {sequence, ordinal} = parseEnumerator(m, list.enumtype);
      if (m.format !== em.format ||
          (sequence !== '#' && (sequence !== list.enumtype || auto || ordinal !== last + 1)) ||
          !this.isEnumItem(v, i, ordinal, sequence, m.format)) break;
      if (sequence === '#') auto = true;
      ({item, end} = this.listItem(v, i, m.end));
      list.children.push(item);
      list.position!.end = item.position!.end;
      last = ordinal!;
      i = end;
    }
    return i;
  }

  private field(v: VLine[], i: number): {field: Field; end: number} {
    const l = v[i];
    const fm = matchField(l.text)!;
    const ind = getIndented(v, i, {firstIndent: fm.end});
    const nameNodes = parseInline(this.src, [this.span(l, 1, 1 + fm.name.length)]);
    const namePos = this.pos(this.startOf(l, 1), this.startOf(l, 1 + fm.name.length));
    const bodyChildren = ind.lines.length ? this.nested(ind.lines) : [];
    const bodyPos = this.blockPos(ind.lines) ?? this.pos(namePos.end, namePos.end);
    const start = this.startOf(l);
    const field: Field = {
      type: 'field',
      children: [
        {type: 'fieldName', children: nameNodes, position: namePos},
        {type: 'fieldBody', children: bodyChildren, position: bodyPos},
      ],
      position: this.pos(start, maxPoint(bodyPos.end, this.startOf(l, fm.end > 0 ? 1 + fm.name.length + 1 : 0))),
    };
    return {field, end: Math.max(ind.end, i + 1)};
  }

  private fieldList(v: VLine[], i: number, ctx: Ctx): number {
    const list: FieldList = {type: 'fieldList', children: [], position: this.pos(this.startOf(v[i]), this.endOf(v[i]))};
    ctx.out.push(list);
    while (i < v.length) {
      const t = v[i].text;
      if (t === '') {
        i++;
        continue;
      }
      if (list.children.length > 0 && !(t[0] === ':' && matchField(t))) break;
      const {field, end} = this.field(v, i);
      list.children.push(field);
      list.position!.end = field.position!.end;
      i = end;
    }
    return i;
  }

  /** Returns -1 when the first item has no description (text). */
  private optionList(v: VLine[], i: number, ctx: Ctx): number {
    let list: OptionList | null = null;
    while (i < v.length) {
      const t = v[i].text;
      if (t === '') {
        i++;
        continue;
      }
      const om = matchOption(t);
      if (om === -1) break;
      const ind = getIndented(v, i, {firstIndent: om});
      if (ind.lines.length === 0) {
        if (list === null) return -1;
        break;
      }
      const item: ListItem = {
        type: 'listItem',
        children: this.nested(ind.lines),
        position: this.pos(this.startOf(v[i]), this.blockPos(ind.lines)!.end),
      };
      if (list === null) {
        list = {type: 'optionList', children: [], position: this.pos(item.position!.start, item.position!.end)};
        ctx.out.push(list);
      }
      list.children.push(item);
      list.position!.end = item.position!.end;
      i = Math.max(ind.end, i + 1);
    }
    return i;
  }

  private doctest(v: VLine[], i: number, ctx: Ctx): number {
    let j = i;
    while (j < v.length && v[j].text !== '') j++;
    const lines = v.slice(i, j);
    const node: DoctestBlock = {
      type: 'doctestBlock',
      value: lines.map((l) => l.text).join('\n'),
      position: this.pos(this.startOf(v[i]), this.endOf(v[j - 1])),
    };
    ctx.out.push(node);
    return j;
  }

  private lineBlock(v: VLine[], i: number, ctx: Ctx): number {
    interface LbLine {
      node: Paragraph;
      indent: number | null;
    }
    const items: LbLine[] = [];
    while (i < v.length) {
      const t = v[i].text;
      if (!(t[0] === '|' && (t.length === 1 || t[1] === ' '))) break;
      let me = 1;
      while (t[me] === ' ') me++;
      const ind = getIndented(v, i, {firstIndent: me, untilBlank: true});
      const lines = ind.lines;
      const spans = lines.map((l) => this.span(l, leadingSpaces(l.text)));
      const p: Paragraph = {
        type: 'paragraph',
        children: spans.length && lines[0].text !== '' ? parseInline(this.src, spans) : parseInline(this.src, spans.filter((_, k) => lines[k].text !== '')),
        position: this.pos(this.startOf(v[i]), lines.length ? this.endOf(lines[lines.length - 1]) : this.endOf(v[i])),
      };
      items.push({node: p, indent: t.trimEnd() !== '|' ? me - 2 : null});
      const blankFinish = ind.end >= v.length || v[ind.end].text === '';
      i = Math.max(ind.end, i + 1);
      if (blankFinish) break;
    }
    if (items.length === 0) return i + 1;
    if (items[0].indent === null) items[0].indent = 0;
    for (let k = 1; k < items.length; k++) if (items[k].indent === null) items[k].indent = items[k - 1].indent;
    const nest = (seg: LbLine[]): LineBlock => {
      const least = Math.min(...seg.map((x) => x.indent!));
      const children: RstBlock[] = [];
      let pending: LbLine[] = [];
      const flush = () => {
        if (pending.length) children.push(nest(pending));
        pending = [];
      };
      for (const it of seg) {
        if (it.indent! > least) pending.push(it);
        else {
          flush();
          children.push(it.node);
        }
      }
      flush();
      return {type: 'lineBlock', children, position: this.pos(children[0].position!.start, children[children.length - 1].position!.end)};
    };
    ctx.out.push(nest(items));
    return i;
  }

  private tableNode(v: VLine[], a: number, b: number, kind: 'simple' | 'grid'): Table {
    const lines = v.slice(a, b);
    return {
      type: 'table',
      kind,
      value: lines.map((l) => l.text).join('\n'),
      position: this.pos(this.startOf(v[a]), this.endOf(v[b - 1])),
    };
  }

  private gridTable(v: VLine[], i: number, ctx: Ctx): number {
    let j = i;
    while (j < v.length && v[j].text !== '' && v[j].text[0] !== ' ') j++;
    let end = j; // lines consumed
    const block = v.slice(i, j).map((l) => l.text.trim());
    const width = block[0].length;
    for (let k = 0; k < block.length; k++) {
      if (block[k][0] !== '+' && block[k][0] !== '|') {
        block.length = k;
        end = i + k;
        break;
      }
    }
    if (!isGridBorder(block[block.length - 1])) {
      let found = -1;
      for (let k = block.length - 2; k > 1; k--) {
        if (isGridBorder(block[k])) {
          found = k;
          break;
        }
      }
      if (found === -1) return end; // malformed table: docutils reports an error
      block.length = found + 1;
      end = i + found + 1;
    }
    for (const b of block) {
      if (b.length !== width || (b[b.length - 1] !== '+' && b[b.length - 1] !== '|')) return end;
    }
    ctx.out.push(this.tableNode(v, i, i + block.length, 'grid'));
    return end;
  }

  private simpleTable(v: VLine[], i: number, ctx: Ctx): number {
    const limit = v.length - 1;
    const toplen = v[i].text.trim().length;
    let found = 0;
    let foundAt = -1;
    let end = -1;
    for (let k = i + 1; k <= limit; k++) {
      const line = v[k].text;
      if (isSimpleBorder(line)) {
        if (line.trim().length !== toplen) return k + 1; // malformed
        found++;
        foundAt = k;
        if (found === 2 || k === limit || v[k + 1].text === '') {
          end = k;
          break;
        }
      }
    }
    if (end === -1) {
      // malformed: no bottom border
      return found ? foundAt + 1 : v.length;
    }
    ctx.out.push(this.tableNode(v, i, end + 1, 'simple'));
    return end + 1;
  }

  // ------------------------------------------------------------ explicit markup

  private explicitList(v: VLine[], i: number, ctx: Ctx): number {
    // docutils' Explicit state only continues with more explicit constructs,
    // which the Body state would start anyway: one construct per call.
    const t = v[i].text;
    if (t.startsWith('__')) return this.anonymousTarget(v, i, ctx);
    return this.explicit(v, i, ctx);
  }

  private anonymousTarget(v: VLine[], i: number, ctx: Ctx): number {
    let me = 2;
    while (v[i].text[me] === ' ') me++;
    const ind = getIndented(v, i, {firstIndent: me, untilBlank: true});
    const url = ind.lines.map((l) => l.text.trim()).join('');
    const node: Target = {type: 'target', name: '', url, position: this.blockPos(ind.lines, this.startOf(v[i]))!};
    if (ind.lines.length === 0 || ind.lines[0].text === '') node.position!.end = this.endOf(v[i]);
    else node.position!.end = this.blockPos(ind.lines)!.end;
    ctx.out.push(node);
    return Math.max(ind.end, i + 1);
  }

  private explicit(v: VLine[], i: number, ctx: Ctx): number {
    const l = v[i];
    const t = l.text;
    let p = 2;
    while (t[p] === ' ') p++;
    const startPt = this.startOf(l);
    // footnote / citation
    if (p > 2 && t[p] === '[') {
      const close = t.indexOf(']', p + 1);
      if (close > p + 1 && (close + 1 === t.length || t[close + 1] === ' ')) {
        const label = t.slice(p + 1, close);
        const isFoot = /^(?:[0-9]+|#|\*)$/.test(label) || (label[0] === '#' && simpleNameWhole(label.slice(1)));
        const isCit = !isFoot && simpleNameWhole(label);
        if (isFoot || isCit) {
          let me = close + 1;
          while (t[me] === ' ') me++;
          const ind = getIndented(v, i, {firstIndent: me});
          const node: Footnote = {
            type: isFoot ? 'footnote' : 'citation',
            label,
            children: ind.lines.length ? this.nested(ind.lines) : [],
            position: this.pos(startPt, (this.blockPos(ind.lines) ?? this.pos(startPt, this.endOf(l))).end),
          };
          if (node.position!.end.offset! < this.endOf(l).offset!) node.position!.end = this.endOf(l);
          ctx.out.push(node);
          return Math.max(ind.end, i + 1);
        }
      }
    }
    // hyperlink target
    if (p > 2 && t[p] === '_' && p + 1 < t.length && t[p + 1] !== ' ') {
      const ind = getIndented(v, i, {firstIndent: p + 1, untilBlank: true, stripIndent: false});
      const first = ind.lines.length ? ind.lines[0].text : '';
      const nm = matchTargetName(first);
      if (nm) {
        const rest = [first.slice(nm.end), ...ind.lines.slice(1).map((x) => x.text)];
        const url = rest.map((x) => x.trim()).join('').replace(/\s+/g, '');
        const node: Target = {type: 'target', name: nm.name, position: this.pos(startPt, this.blockPos(ind.lines)?.end ?? this.endOf(l))};
        if (url) node.url = unescapeRaw(url);
        ctx.out.push(node);
        return Math.max(ind.end, i + 1);
      }
      return this.comment(v, i, p, ctx);
    }
    // substitution definition
    if (p > 2 && t[p] === '|' && p + 1 < t.length && t[p + 1] !== ' ') {
      const ind = getIndented(v, i, {firstIndent: p, stripIndent: false});
      const lines = trimEnd(ind.lines);
      const first = lines[0].text;
      const sm = matchSubstName(first);
      if (sm) {
        const rest = [first.slice(sm.end), ...lines.slice(1).map((x) => x.text.trim())].filter((x, k) => k > 0 || x.trim() !== '');
        const end = Math.max(ind.end, i + 1);
        if (rest.length === 0 || rest.join('').trim() === '') return end; // "missing contents": no node
        const node: SubstitutionDefinition = {
          type: 'substitutionDefinition',
          name: sm.name,
          value: rest.map((x) => x.trim()).join('\n'),
          position: this.pos(startPt, this.endOf(lines[lines.length - 1])),
        };
        ctx.out.push(node);
        return end;
      }
      return this.comment(v, i, p, ctx);
    }
    // directive
    if (p > 2) {
      const dm = matchDirective(t, p);
      if (dm) return this.directive(v, i, dm.name, dm.end, ctx);
    }
    return this.comment(v, i, p, ctx);
  }

  private comment(v: VLine[], i: number, p: number, ctx: Ctx): number {
    const l = v[i];
    const nextBlank = i + 1 >= v.length || v[i + 1].text === '';
    if (nextBlank && l.text.slice(p).trim() === '') {
      ctx.out.push({type: 'comment', value: '', position: this.pos(this.startOf(l), this.endOf(l))});
      return i + 1;
    }
    const ind = getIndented(v, i, {firstIndent: p});
    const lines = trimEnd(ind.lines);
    const node: Comment = {
      type: 'comment',
      value: lines.map((x) => x.text).join('\n'),
      position: this.pos(this.startOf(l), lines.length ? maxPoint(this.endOf(lines[lines.length - 1]), this.endOf(l)) : this.endOf(l)),
    };
    ctx.out.push(node);
    return Math.max(ind.end, i + 1);
  }

  private directive(v: VLine[], i: number, name: string, markerEnd: number, ctx: Ctx): number {
    const l = v[i];
    const ind = getIndented(v, i, {firstIndent: markerEnd, stripTop: false});
    let lines = ind.lines;
    if (lines.length && lines[0].text.trim() === '') lines = lines.slice(1);
    lines = trimEnd(lines);
    const lname = name.toLowerCase();
    const hasArgs = !NO_ARGUMENT_DIRECTIVES.has(lname);
    let argBlock: VLine[] = [];
    let content: VLine[];
    let k = lines.length;
    if (lines.length) {
      k = lines.findIndex((x) => x.text.trim() === '');
      if (k === -1) k = lines.length;
      argBlock = lines.slice(0, k);
      content = lines.slice(k + 1);
    } else content = lines;
    // options
    const options: Record<string, string> = {};
    const optAt = argBlock.findIndex((x) => matchField(x.text) !== null);
    if (optAt !== -1) {
      const optBlock = argBlock.slice(optAt);
      argBlock = argBlock.slice(0, optAt);
      let cur: string | null = null;
      for (const o of optBlock) {
        const fm = matchField(o.text);
        if (fm) {
          cur = unescapeRaw(fm.name);
          options[cur] = o.text.slice(fm.end).trim();
        } else if (cur !== null) {
          options[cur] = (options[cur] ? options[cur] + '\n' : '') + o.text.trim();
        }
      }
    }
    if (argBlock.length && !hasArgs) {
      content = [...argBlock, ...lines.slice(k)];
      argBlock = [];
    }
    let c0 = 0;
    while (c0 < content.length && content[c0].text.trim() === '') c0++;
    if (c0) content = content.slice(c0);
    // strip the content's common indentation (it is relative to the marker line)
    const minInd = content.reduce((m, x) => (x.text === '' ? m : Math.min(m, leadingSpaces(x.text))), Infinity);
    if (minInd !== Infinity && minInd > 0) content = content.map((x) => strip(x, Math.min(minInd, x.text.length)));
    const node: Directive = {
      type: 'directive',
      name,
      argument: argBlock.map((x) => x.text.trim()).join('\n'),
      options,
      value: content.map((x) => x.text).join('\n'),
      children: BODY_DIRECTIVES.has(lname) && content.length ? this.nested(content) : [],
      position: this.pos(this.startOf(l), lines.length ? maxPoint(this.endOf(lines[lines.length - 1]), this.endOf(l)) : this.endOf(l)),
    };
    ctx.out.push(node);
    return Math.max(ind.end, i + 1);
  }

  // ------------------------------------------------------------ Line state

  private line(v: VLine[], i: number, ctx: Ctx): number {
    const over = v[i].text;
    if (!ctx.titles) {
      if (over.trim() === '::' || over.trim().length < 4) return this.text(v, i, ctx);
      return i + 1; // "Unexpected section title or transition": dropped
    }
    const short = over.length < 4;
    if (i + 1 >= v.length || v[i + 1].text === '') {
      if (short) return this.text(v, i, ctx);
      ctx.out.push({type: 'transition', position: this.pos(this.startOf(v[i]), this.endOf(v[i]))});
      return i + 1;
    }
    const titleLine = v[i + 1];
    if (isAdornment(titleLine.text) && titleLine.text[0] !== ' ') {
      if (short) return this.text(v, i, ctx);
      return i + 2; // invalid section title or transition marker
    }
    if (i + 2 >= v.length) {
      if (short) return this.text(v, i, ctx);
      return v.length; // incomplete section title
    }
    const under = v[i + 2].text;
    if (!isAdornment(under) || over !== under) {
      if (short) return this.text(v, i, ctx);
      return i + 3;
    }
    const title = titleLine.text;
    if (columnWidth(title.trim()) > over.length && short) return this.text(v, i, ctx);
    const lead = leadingSpaces(title);
    this.section(v, i, i + 2, titleLine, lead, 'o' + over[0], ctx);
    return i + 3;
  }

  private section(v: VLine[], first: number, last: number, titleLine: VLine, lead: number, style: string, ctx: Ctx): void {
    // check_subsection
    const mylevel = this.stack.length - 1;
    let level = this.styles.indexOf(style) + 1;
    if (level === 0) {
      if (this.styles.length !== mylevel) return; // title level inconsistent
      this.styles.push(style);
      level = mylevel + 1;
    } else if (level > mylevel + 1) {
      return; // inconsistent
    }
    if (level <= mylevel) this.stack.length = level;
    const titleText = titleLine.text.slice(lead);
    const spans = [this.span(titleLine, lead, lead + titleText.length)];
    const title: Title = {
      type: 'title',
      adornment: {char: style[1], overline: style[0] === 'o'},
      children: parseInline(this.src, spans),
      position: this.pos(this.startOf(v[first]), this.endOf(v[last])),
    };
    const section: Section = {type: 'section', depth: level, children: [title], position: this.pos(title.position!.start, title.position!.end)};
    this.stack[this.stack.length - 1].children.push(section);
    this.stack.push(section);
    void ctx;
  }

  // ------------------------------------------------------------ Text state

  private text(v: VLine[], i: number, ctx: Ctx): number {
    if (i + 1 >= v.length) return this.paragraph(v, i, i + 1, ctx);
    const next = v[i + 1].text;
    if (next === '') return this.paragraph(v, i, i + 1, ctx);
    if (next.charCodeAt(0) === 32) return this.definitionList(v, i, ctx);
    if (isAdornment(next)) {
      const title = v[i].text;
      let tooShortText = false;
      if (columnWidth(title) > next.length && next.length < 4) tooShortText = true;
      if (!tooShortText) {
        if (!ctx.titles) return i + 2; // unexpected section title: dropped
        this.section(v, i, i + 1, v[i], 0, 'u' + next[0], ctx);
        return i + 2;
      }
    }
    let j = i + 1;
    while (j < v.length && v[j].text !== '' && v[j].text.charCodeAt(0) !== 32) j++;
    return this.paragraph(v, i, j, ctx);
  }

  /** Paragraph of lines [a, b); handles a trailing `::` and the literal block after it. */
  private paragraph(v: VLine[], a: number, b: number, ctx: Ctx): number {
    const spans: Span[] = [];
    for (let k = a; k < b; k++) spans.push(this.span(v[k]));
    const it = new InlineText(this.src, spans);
    const data = it.s;
    let literalNext = false;
    let textLen = data.length;
    if (data.endsWith('::')) {
      let bs = 0;
      for (let k = data.length - 3; k >= 0 && data[k] === '\\'; k--) bs++;
      if (bs % 2 === 0) {
        literalNext = true;
        if (data.length === 2) textLen = -1;
        else if (data[data.length - 3] === ' ' || data[data.length - 3] === '\n' || data[data.length - 3] === '\t') {
          textLen = data.length - 3;
          while (textLen > 0 && isSpace(data[textLen - 1])) textLen--;
        } else textLen = data.length - 1;
      }
    }
    if (textLen >= 0) {
      const src = this.src;
      const inline = (): RstInline[] => {
        if (textLen === data.length) return parseInlineTokens(it).map((x) => x.node);
        // re-map the shortened text onto its spans
        const cut: Span[] = [];
        let acc = 0;
        for (const sp of spans) {
          const len = sp.to - sp.from;
          if (acc >= textLen) break;
          const take = Math.min(len, textLen - acc);
          cut.push({ln: sp.ln, from: sp.from, to: sp.from + take});
          acc += len + 1;
        }
        return cut.length ? parseInlineTokens(new InlineText(src, cut)).map((x) => x.node) : [];
      };
      const paragraph: Paragraph = {type: 'paragraph', children: [], position: this.pos(this.startOf(v[a]), this.endOf(v[b - 1]))};
      lazyChildren(paragraph, inline);
      ctx.out.push(paragraph);
    }
    if (!literalNext) return b;
    return this.literalBlock(v, b, ctx);
  }

  private literalBlock(v: VLine[], i: number, ctx: Ctx): number {
    if (i >= v.length) return i;
    const ind = getIndented(v, i);
    const lines = trimEnd(ind.lines);
    if (lines.length) {
      const node: LiteralBlock = {
        type: 'literalBlock',
        value: lines.map((l) => l.text).join('\n'),
        position: this.blockPos(lines)!,
      };
      ctx.out.push(node);
      return Math.max(ind.end, i);
    }
    // quoted literal block: starts at the last line of the (blank) indented block
    let j = Math.max(ind.end - 1, i);
    while (j < v.length && v[j].text === '') j++;
    if (j >= v.length) return j;
    const q = v[j].text.charCodeAt(0);
    if (!isAdornChar(q)) return j;
    let k = j;
    while (k < v.length && v[k].text !== '' && v[k].text.charCodeAt(0) === q) k++;
    const block = v.slice(j, k);
    ctx.out.push({type: 'literalBlock', value: block.map((l) => l.text).join('\n'), position: this.pos(this.startOf(v[j]), this.endOf(v[k - 1]))});
    return k;
  }

  private definitionList(v: VLine[], i: number, ctx: Ctx): number {
    const list: DefinitionList = {type: 'definitionList', children: [], position: this.pos(this.startOf(v[i]), this.endOf(v[i]))};
    ctx.out.push(list);
    while (true) {
      const ind = getIndented(v, i + 1);
      const item = this.definitionListItem(v[i], ind.lines);
      list.children.push(item);
      list.position!.end = item.position!.end;
      let j = ind.end;
      while (j < v.length && v[j].text === '') j++;
      if (j >= v.length) return j;
      const t = v[j].text;
      if (t.charCodeAt(0) === 32 || this.isBodyConstruct(t)) return j;
      if (j + 1 < v.length && v[j + 1].text !== '' && v[j + 1].text.charCodeAt(0) === 32) {
        i = j;
        continue;
      }
      return j;
    }
  }

  private definitionListItem(termLine: VLine, lines: VLine[]): DefinitionListItem {
    const it = new InlineText(this.src, [this.span(termLine)]);
    const toks = parseInlineTokens(it);
    const term: Term = {type: 'term', children: [], position: undefined};
    const parts: Array<Term | Classifier> = [term];
    let cur: Term | Classifier = term;
    let curStart = 0;
    let curEnd = 0;
    const close = () => {
      cur.position = it.position(curStart, Math.max(curStart, curEnd));
    };
    const s = it.s;
    for (const tk of toks) {
      if (!tk.plain) {
        cur.children.push(tk.node);
        curEnd = tk.b;
        continue;
      }
      // split on / +: +/
      let from = tk.a;
      let k = tk.a;
      while (k < tk.b) {
        if (s[k] === ' ') {
          let q = k;
          while (q < tk.b && s[q] === ' ') q++;
          if (s[q] === ':' && q < tk.b && s[q + 1] === ' ' && q + 1 < tk.b) {
            let r = q + 1;
            while (r < tk.b && s[r] === ' ') r++;
            // text before the delimiter (right-stripped)
            this.pushText(cur, it, from, k);
            if (k > from) curEnd = k;
            close();
            const cl: Classifier = {type: 'classifier', children: []};
            parts.push(cl);
            cur = cl;
            curStart = r;
            curEnd = r;
            from = r;
            k = r;
            continue;
          }
          k = q;
          continue;
        }
        k++;
      }
      this.pushText(cur, it, from, tk.b);
      if (tk.b > from) curEnd = tk.b;
    }
    close();
    const defPos = this.blockPos(lines) ?? this.pos(term.position!.end, term.position!.end);
    const definition: Definition = {type: 'definition', children: lines.length ? this.nested(lines) : [], position: defPos};
    return {
      type: 'definitionListItem',
      children: [...parts, definition],
      position: this.pos(this.startOf(termLine), maxPoint(defPos.end, this.endOf(termLine))),
    };
  }

  private pushText(parent: Term | Classifier, it: InlineText, a: number, b: number): void {
    if (b <= a) return;
    const t: Text = {type: 'text', value: unescapeRaw(it.s.slice(a, b)), position: it.position(a, b)};
    parent.children.push(t);
  }
}

function maxPoint(a: Point, b: Point): Point {
  return (a.offset ?? 0) >= (b.offset ?? 0) ? a : b;
}

function simpleNameWhole(s: string): boolean {
  // a full docutils simplename
  return /^[\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*$/u.test(s);
}

/** `.. name::` → name and index after `::` and spaces. */
function matchDirective(t: string, p: number): {name: string; end: number} | null {
  const m = /^[\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*/u.exec(t.slice(p, p + 200));
  if (!m) return null;
  let e = p + m[0].length;
  // a trailing ':' of the name may belong to '::' (regex backtracking)
  let name = m[0];
  const tryAt = (q: number): number => {
    if (t[q] === ' ') q++;
    if (t[q] === ':' && t[q + 1] === ':' && (q + 2 >= t.length || t[q + 2] === ' ')) {
      let r = q + 2;
      while (t[r] === ' ') r++;
      return r;
    }
    return -1;
  };
  let r = tryAt(e);
  while (r === -1) {
    const cut = Math.max(name.lastIndexOf(':'), name.lastIndexOf('.'), name.lastIndexOf('-'), name.lastIndexOf('_'), name.lastIndexOf('+'));
    if (cut <= 0) return null;
    name = name.slice(0, cut);
    e = p + cut;
    r = tryAt(e);
  }
  return {name, end: r};
}

/** Name part of a hyperlink target (`name: url` or `` `name`: url``). */
function matchTargetName(s: string): {name: string; end: number} | null {
  if (s.length === 0) return null;
  if (s[0] === '_' && (s[1] === ':' || (s[1] === ' ' && s[2] === ':'))) {
    const c = s[1] === ':' ? 1 : 2;
    if (c + 1 >= s.length || s[c + 1] === ' ') return {name: '', end: c + 1};
  }
  if (s[0] === '`') {
    for (let k = 2; k < s.length; k++) {
      if (s[k] === '`' && s[k - 1] !== ' ' && s[k - 2] !== '\\') {
        let c = k + 1;
        if (s[c] === ' ') c++;
        if (s[c] === ':' && (c + 1 >= s.length || s[c + 1] === ' ')) return {name: unescapeRaw(s.slice(1, k)), end: c + 1};
      }
    }
    return null;
  }
  if (s[0] === ' ') return null;
  for (let k = 1; k < s.length; k++) {
    if (s[k] !== ':' || (k > 0 && s[k - 1] === '\\')) continue;
    if (!(k + 1 >= s.length || s[k + 1] === ' ')) continue;
    let e = k;
    if (s[e - 1] === ' ') e--;
    if (e < 1 || s[e - 1] === ' ' || (s[e - 1] === ':' && s[e - 2] !== '\\')) continue;
    return {name: unescapeRaw(s.slice(0, e)).replace(/\s+/g, ' '), end: k + 1};
  }
  return null;
}

function matchSubstName(s: string): {name: string; end: number} | null {
  if (s[0] !== '|' || s[1] === ' ') return null;
  for (let k = 2; k < s.length; k++) {
    if (s[k] === '|' && !isSpace(s[k - 1]) && s[k - 1] !== '\\' && (k + 1 >= s.length || s[k + 1] === ' ')) {
      return {name: s.slice(1, k), end: k + 1};
    }
  }
  return null;
}

function fixSection(n: RstBlock): void {
  if (n.type !== 'section') return;
  for (const c of n.children) fixSection(c);
  const last = n.children[n.children.length - 1];
  if (last && last.position) n.position!.end = last.position.end;
}
