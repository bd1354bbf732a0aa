/**
 * Inline markup recognition, following docutils' `Inliner` (docutils 0.19):
 * start-strings must be preceded by the start of the text, whitespace or an
 * opening/delimiter punctuation character and followed by non-whitespace;
 * end-strings must be preceded by non-whitespace and followed by the end,
 * whitespace or closing/delimiter punctuation. Unmatched markup stays text.
 * Backslash escapes work as in docutils (`escape2null`).
 *
 * Every search is a forward scan; end-string searches are memoised so that a
 * paragraph full of unmatched start-strings is still parsed in linear time.
 */
import type {Point, Position} from 'unist';
import type {Reference, RstInline, Text} from './types.js';
import type {Source} from './source.js';

/** A piece of one source line: raw indexes [from, to) of line `ln`. */
export interface Span {
  ln: number;
  from: number;
  to: number;
}

const OPENERS = '"\'(<[{\u2018\u201c\u00ab\u2039\u201a\u201e\u2329\u3008\uff08\uff3b\uff5b\u300c\u300e\u3010\u3014';
const CLOSERS = '"\')>]}\u2019\u201d\u00bb\u203a\u2019\u201d\u232a\u3009\uff09\uff3d\uff5d\u300d\u300f\u3011\u3015';
const DELIMITERS = '-/:\u058a\u00a1\u00b7\u00bf\u037e\u0387\u2010\u2011\u2012\u2013\u2014\u2015\u2016\u2017\u2020\u2021\u2022\u2023\u2024\u2025\u2026\u2027\u2030\u2032\u2033\u2043\u00a7\u00b6';
const CLOSING_DELIMITERS = '\\.,;!?';

const PREFIX_SET = new Set([...OPENERS, ...DELIMITERS]);
const SUFFIX_SET = new Set([...CLOSING_DELIMITERS, ...DELIMITERS, ...CLOSERS]);
/** Pairs for docutils' `match_chars` (quoted start-strings). */
const QUOTE_PAIRS: Record<string, string> = {
  '"': '"', "'": "'", '(': ')', '<': '>', '[': ']', '{': '}',
  '\u2018': '\u2019\u201a', '\u201c': '\u201d\u201e', '\u00ab': '\u00bb', '\u2039': '\u203a',
  '\u201a': '\u2019\u2018', '\u201e': '\u201d\u201c', '\u00bb': '\u00ab\u00bb', '\u203a': '\u2039\u203a',
};

export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return x === 32 || (x >= 9 && x <= 13) || x === 0xa0 || x === 0x85 || x === 0x1680 ||
    (x >= 0x2000 && x <= 0x200a) || x === 0x2028 || x === 0x2029 || x === 0x202f ||
    x === 0x205f || x === 0x3000 || (x >= 0x1c && x <= 0x1f);
}

const WORD_RE = /[\p{L}\p{N}\p{Mn}\p{Mc}]/u;
/** ASCII classes: 1 = word char (not '_'), 2 = may start markup, 4 = whitespace */
const ASCII = new Uint8Array(128);
for (let x = 48; x <= 57; x++) ASCII[x] = 1;
for (let x = 65; x <= 90; x++) ASCII[x] = 1;
for (let x = 97; x <= 122; x++) ASCII[x] = 1;
for (const c of '*`_|[:') ASCII[c.charCodeAt(0)] = 2;
for (const x of [9, 10, 11, 12, 13, 32, 28, 29, 30, 31]) ASCII[x] = 4;

function isWordCode(x: number, s: string, i: number): boolean {
  if (x < 128) return ASCII[x] === 1;
  return WORD_RE.test(s[i]);
}
/** `(?!_)\w` */
function isWordNoUnderscore(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  if (x < 128) return ASCII[x] === 1;
  return WORD_RE.test(c);
}

/**
 * End of the docutils "simplename" starting at `i`
 * (`(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*`), or -1. `ends` receives every
 * position where the name could end (for backtracking), shortest first.
 */
function simplename(s: string, i: number, ends?: {n: number; at: number[]}): number {
  const n = s.length;
  if (i >= n || !isWordCode(s.charCodeAt(i), s, i)) return -1;
  let j = i;
  while (true) {
    while (j < n && isWordCode(s.charCodeAt(j), s, j)) j++;
    const c = j < n ? s.charCodeAt(j) : 0;
    // only ends followed by '_' can end a reference name
    if (ends && c === 95) ends.at[ends.n++] = j;
    if ((c === 45 || c === 46 || c === 95 || c === 43 || c === 58) && j + 1 < n && isWordCode(s.charCodeAt(j + 1), s, j + 1)) {
      j++;
      continue;
    }
    return j;
  }
}

/** Docutils' unescape: drop escaping backslashes and escaped whitespace. */
export function unescapeRaw(s: string): string {
  if (s.indexOf('\\') === -1) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      const d = s[i + 1];
      if (d === ' ' || d === '\n') {
        i++;
        continue;
      }
      if (d !== undefined) {
        out += d;
        i++;
      }
      continue;
    }
    out += c;
  }
  return out;
}

/** Text joined from line pieces, mapping string indexes back to the file. */
export class InlineText {
  readonly s: string;
  /** string index where each span starts */
  private readonly at: number[] = [];
  private readonly spans: Span[];
  private readonly src: Source;

  constructor(src: Source, spans: Span[]) {
    this.src = src;
    this.spans = spans;
    let s = '';
    for (let k = 0; k < spans.length; k++) {
      if (k > 0) s += '\n';
      this.at.push(s.length);
      const sp = spans[k];
      s += src.lines[sp.ln].raw.slice(sp.from, sp.to);
    }
    this.s = s;
  }

  private lastIdx = -1;
  private lastPoint: Point | null = null;

  point(idx: number): Point {
    // adjacent nodes share their boundary point (points are never mutated)
    if (idx === this.lastIdx) return this.lastPoint!;
    const pt = this.computePoint(idx);
    this.lastIdx = idx;
    this.lastPoint = pt;
    return pt;
  }

  private computePoint(idx: number): Point {
    const at = this.at;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] <= idx) lo = mid;
      else hi = mid - 1;
    }
    const sp = this.spans[lo];
    let r = sp.from + (idx - at[lo]);
    const lineEnd = sp.to;
    if (r > lineEnd) r = lineEnd; // the joining newline maps to the line end
    return this.src.point(sp.ln, r);
  }

  position(a: number, b: number): Position {
    return {start: this.point(a), end: this.point(b)};
  }
}

interface Tok {
  node: RstInline;
  a: number;
  b: number;
  /** plain text (not markup turned into text, like inline targets) */
  plain?: boolean;
}

type EndKind = 'emphasis' | 'strong' | 'literal' | 'target' | 'subst' | 'backquote';

interface EndMatch {
  k: number; // index of the end-string
  end: number; // index after the whole end match (suffixes included)
  role?: string;
  refend?: string;
  subsuffix?: string;
}

class Scanner {
  readonly s: string;
  readonly n: number;
  /** nul[i]: s[i] is an escaping backslash (docutils' \x00). */
  readonly nul: Uint8Array | null;
  private memo: Map<EndKind, {from: number; found: EndMatch | null}> | null = null;

  constructor(s: string) {
    this.s = s;
    this.n = s.length;
    if (s.indexOf('\\') === -1) {
      this.nul = null;
    } else {
      const nul = new Uint8Array(s.length + 1);
      for (let i = 0; i < s.length; i++) {
        if (s.charCodeAt(i) === 92) {
          nul[i] = 1;
          i++;
        }
      }
      this.nul = nul;
    }
  }

  isNul(i: number): boolean {
    return this.nul !== null && this.nul[i] === 1;
  }

  /** Char at i counts as escaped (preceded by an escaping backslash). */
  escaped(i: number): boolean {
    return i > 0 && this.isNul(i - 1);
  }

  prefixOk(i: number, base: number): boolean {
    if (i === base) return true;
    if (this.isNul(i - 1)) return false;
    const c = this.s[i - 1];
    return isSpace(c) || PREFIX_SET.has(c);
  }

  suffixOk(k: number): boolean {
    if (k >= this.n) return true;
    if (this.isNul(k)) return true;
    const c = this.s[k];
    return isSpace(c) || SUFFIX_SET.has(c);
  }

  /** `(?<![\s\x00])` at k (within a search starting at `from`). */
  nonWsEscBefore(k: number, from: number): boolean {
    if (k <= from) return true;
    return !isSpace(this.s[k - 1]) && !this.isNul(k - 1);
  }

  nonWsAfter(i: number): boolean {
    return i >= this.n || !isSpace(this.s[i]);
  }

  /** First valid end-string match at or after `from`. */
  findEnd(kind: EndKind, from: number): EndMatch | null {
    if (this.memo === null) this.memo = new Map();
    const m = this.memo.get(kind);
    if (m && from >= m.from && (m.found === null || from <= m.found.k)) return m.found;
    const found = this.searchEnd(kind, from);
    this.memo.set(kind, {from, found});
    return found;
  }

  private searchEnd(kind: EndKind, from: number): EndMatch | null {
    const s = this.s;
    const ch = kind === 'emphasis' || kind === 'strong' ? '*' : kind === 'subst' ? '|' : '`';
    let k = s.indexOf(ch, from);
    while (k !== -1) {
      const r = this.endAt(kind, k, from);
      if (r) return r;
      k = s.indexOf(ch, k + 1);
    }
    return null;
  }

  private endAt(kind: EndKind, k: number, from: number): EndMatch | null {
    const s = this.s;
    switch (kind) {
      case 'emphasis':
        if (this.nonWsEscBefore(k, from) && this.suffixOk(k + 1)) return {k, end: k + 1};
        return null;
      case 'strong':
        if (s[k + 1] === '*' && this.nonWsEscBefore(k, from) && this.suffixOk(k + 2)) return {k, end: k + 2};
        return null;
      case 'literal':
        if (s[k + 1] === '`' && (k <= from || !isSpace(s[k - 1])) && this.suffixOk(k + 2)) return {k, end: k + 2};
        return null;
      case 'target':
        if (this.nonWsEscBefore(k, from) && this.suffixOk(k + 1)) return {k, end: k + 1};
        return null;
      case 'subst': {
        if (!this.nonWsEscBefore(k, from)) return null;
        for (let u = 2; u >= 0; u--) {
          let ok = true;
          for (let q = 1; q <= u; q++) if (s[k + q] !== '_') ok = false;
          if (ok && this.suffixOk(k + 1 + u)) return {k, end: k + 1 + u, subsuffix: '_'.repeat(u)};
        }
        return null;
      }
      case 'backquote': {
        // (?<!(?<!\x00)[\s\x00])
        if (k > from) {
          const p = k - 1;
          const bad = (isSpace(s[p]) || this.isNul(p)) && !(p > from && this.isNul(p - 1));
          if (bad) return null;
        }
        const after = k + 1;
        const candidates: Array<{end: number; role?: string; refend?: string}> = [];
        if (s[after] === ':') {
          const e = simplename(s, after + 1);
          if (e !== -1 && s[e] === ':') {
            const role = s.slice(after + 1, e);
            const r0 = e + 1;
            if (s[r0] === '_' && s[r0 + 1] === '_') candidates.push({end: r0 + 2, role, refend: '__'});
            if (s[r0] === '_') candidates.push({end: r0 + 1, role, refend: '_'});
            candidates.push({end: r0, role});
          }
        }
        if (s[after] === '_' && s[after + 1] === '_') candidates.push({end: after + 2, refend: '__'});
        if (s[after] === '_') candidates.push({end: after + 1, refend: '_'});
        candidates.push({end: after});
        for (const c of candidates) {
          if (this.suffixOk(c.end)) return {k, end: c.end, role: c.role, refend: c.refend};
        }
        return null;
      }
    }
  }
}

function quotedStart(sc: Scanner, start: number, startEnd: number, base: number): boolean {
  if (start === base) return false;
  if (startEnd >= sc.n) return true;
  const pre = sc.s[start - 1];
  const post = sc.s[startEnd];
  const pairs = QUOTE_PAIRS[pre];
  return pairs !== undefined && pairs.includes(post);
}

function ref(value: string, extra: {refname?: string; url?: string}, anonymous: boolean): Reference {
  const r: Reference = {type: 'reference', value, ...extra};
  if (anonymous) r.anonymous = true;
  return r;
}

const EMBEDDED_NONSPACE = (c: string | undefined) => c !== undefined && !isSpace(c);

/** Split `text <url>` (embedded URI/alias) as docutils' embedded_link. */
function splitEmbedded(raw: string, nul: (i: number) => boolean, off: number): {text: string; url: string} | null {
  const n = raw.length;
  if (n < 3 || raw[n - 1] !== '>' || nul(off + n - 1)) return null;
  // find the unescaped '<' that opens the last bracket
  let lt = -1;
  for (let i = n - 2; i >= 0; i--) {
    const c = raw[i];
    if ((c === '<' || c === '>') && !(i > 0 && nul(off + i - 1))) {
      if (c === '>') return null;
      lt = i;
      break;
    }
  }
  if (lt === -1) return null;
  if (!(lt === 0 || raw[lt - 1] === ' ' || raw[lt - 1] === '\n')) return null;
  if (!EMBEDDED_NONSPACE(raw[lt + 1]) || lt + 1 === n - 1) return null;
  const before = raw[n - 2];
  if (isSpace(before) || nul(off + n - 2)) return null;
  let t = lt;
  while (t > 0 && (raw[t - 1] === ' ' || raw[t - 1] === '\n')) t--;
  const url = raw.slice(lt + 1, n - 1);
  return {text: raw.slice(0, t), url};
}

/**
 * Parse inline markup of `it.s` into nodes with positions.
 * Returns tokens with string indexes (for term/classifier splitting).
 */
export function parseInlineTokens(it: InlineText): Tok[] {
  const s = it.s;
  const sc = new Scanner(s);
  const n = s.length;
  const toks: Tok[] = [];
  let textFrom = 0;
  let base = 0;
  let i = 0;

  const pushText = (a: number, b: number) => {
    if (b <= a) return;
    const node: Text = {type: 'text', value: unescapeRaw(s.slice(a, b)), position: it.position(a, b)};
    toks.push({node, a, b, plain: true});
  };
  const emit = (node: RstInline, a: number, b: number) => {
    pushText(textFrom, a);
    node.position = it.position(a, b);
    toks.push({node, a, b});
    textFrom = b;
    base = b;
    i = b;
  };
  const fail = (startEnd: number) => {
    base = startEnd;
    i = startEnd;
  };
  const refEnds = {n: 0, at: [] as number[]};

  while (i < n) {
    const code = s.charCodeAt(i);
    // fast skip of characters that cannot start anything
    if (code < 128) {
      const k = ASCII[code];
      if (k !== 1 && k !== 2) {
        i++;
        continue;
      }
    } else if (!WORD_RE.test(s[i])) {
      i++;
      continue;
    }
    if (i !== base) {
      const pc = s.charCodeAt(i - 1);
      if (pc < 128 && ASCII[pc] === 1) {
        // inside a word: no start-string here; skip the rest of the word
        const wordHere = code < 128 && ASCII[code] === 1;
        i++;
        while (wordHere && i < n) {
          const q = s.charCodeAt(i);
          if (q < 128 && ASCII[q] === 1) i++;
          else break;
        }
        continue;
      }
      if (sc.isNul(i) || !sc.prefixOk(i, base)) {
        i++;
        continue;
      }
    } else if (sc.isNul(i)) {
      i++;
      continue;
    }
    const c = s[i];
    const c1 = s[i + 1];
    // ---- simple start-strings
    let startLen = 0;
    let kind: EndKind | null = null;
    if (c === '*' && c1 === '*') {
      startLen = 2;
      kind = 'strong';
    } else if (c === '*') {
      startLen = 1;
      kind = 'emphasis';
    } else if (c === '`' && c1 === '`') {
      startLen = 2;
      kind = 'literal';
    } else if (c === '_' && c1 === '`') {
      startLen = 2;
      kind = 'target';
    } else if (c === '|' && c1 !== '|') {
      startLen = 1;
      kind = 'subst';
    }
    if (kind !== null && sc.nonWsAfter(i + startLen)) {
      const matchend = i + startLen;
      if (quotedStart(sc, i, matchend, base)) {
        fail(matchend);
        continue;
      }
      const em = sc.findEnd(kind, matchend);
      if (em === null || em.k === matchend) {
        fail(matchend); // problematic: stays text
        continue;
      }
      const inner = s.slice(matchend, em.k);
      if (kind === 'literal') {
        emit({type: 'literal', value: inner}, i, em.end);
      } else if (kind === 'emphasis' || kind === 'strong') {
        const node = {type: kind, children: [] as RstInline[]} as RstInline & {children: RstInline[]};
        const t: Text = {type: 'text', value: unescapeRaw(inner), position: it.position(matchend, em.k)};
        node.children.push(t);
        emit(node, i, em.end);
      } else if (kind === 'target') {
        emit({type: 'text', value: unescapeRaw(inner)}, i, em.end);
      } else {
        const value = unescapeRaw(inner);
        if (em.subsuffix) {
          emit(ref(value, {refname: value}, em.subsuffix === '__'), i, em.end);
        } else {
          emit({type: 'substitutionReference', value}, i, em.end);
        }
      }
      continue;
    }
    // ---- whole constructs: reference names and footnote references
    if (isWordNoUnderscore(c)) {
      refEnds.n = 0;
      const e = simplename(s, i, refEnds);
      let matched = false;
      for (let q = refEnds.n - 1; q >= 0 && !matched; q--) {
        const p = refEnds.at[q];
        if (s[p + 1] === '_' && sc.suffixOk(p + 2) && !sc.isNul(p)) {
          const name = s.slice(i, p);
          emit(ref(name, {refname: name}, true), i, p + 2);
          matched = true;
        } else if (sc.suffixOk(p + 1) && !sc.isNul(p)) {
          const name = s.slice(i, p);
          emit(ref(name, {refname: name}, false), i, p + 1);
          matched = true;
        }
      }
      if (matched) continue;
      if (c !== ':') {
        // no construct can start inside this word; skip it (prefix fails there)
        i = Math.max(i + 1, e);
        continue;
      }
    }
    if (c === '[') {
      const close = s.indexOf(']', i + 1);
      if (close > i + 1 && s[close + 1] === '_' && sc.suffixOk(close + 2)) {
        const label = s.slice(i + 1, close);
        if (/^(?:[0-9]+|#|\*)$/.test(label) || (label[0] === '#' ? simplename(s, i + 2) === close : simplename(s, i + 1) === close)) {
          emit({type: 'footnoteReference', value: label}, i, close + 2);
          continue;
        }
      }
    }
    // ---- interpreted text / phrase references, optional prefix role
    let role: string | undefined;
    let bq = -1;
    if (c === ':') {
      const e = simplename(s, i + 1);
      if (e !== -1 && s[e] === ':' && s[e + 1] === '`' && s[e + 2] !== '`') {
        role = s.slice(i + 1, e);
        bq = e + 1;
      }
    } else if (c === '`' && c1 !== '`') {
      bq = i;
    }
    if (bq !== -1 && sc.nonWsAfter(bq + 1)) {
      const matchend = bq + 1;
      if (role === undefined && quotedStart(sc, i, matchend, base)) {
        fail(matchend);
        continue;
      }
      const em = sc.findEnd('backquote', matchend);
      if (em === null || em.k === matchend) {
        base = matchend;
        i = matchend;
        continue;
      }
      let r = role;
      if (em.role !== undefined) {
        if (r !== undefined) {
          // both prefix and suffix roles: docutils' "problematic", raw text
          emit({type: 'text', value: s.slice(i, em.end)}, i, em.end);
          continue;
        }
        r = em.role;
      }
      const inner = s.slice(matchend, em.k);
      if (em.refend) {
        if (r !== undefined) {
          // role and reference suffix: "problematic", raw text
          emit({type: 'text', value: s.slice(i, em.end)}, i, em.end);
          continue;
        }
        const emb = splitEmbedded(inner, (x) => sc.isNul(x), matchend);
        const anonymous = em.refend === '__';
        if (emb) {
          const text = unescapeRaw(emb.text);
          const url = emb.url.replace(/\s+/g, '');
          emit(ref(text || unescapeRaw(url), {url: unescapeRaw(url)}, anonymous), bq, em.end);
        } else {
          const value = unescapeRaw(inner);
          emit(ref(value, {refname: value.replace(/\s+/g, ' ').toLowerCase()}, anonymous), bq, em.end);
        }
      } else {
        const node = {type: 'interpreted', value: unescapeRaw(inner)} as RstInline & {role?: string};
        if (r !== undefined) node.role = r;
        emit(node, i, em.end);
      }
      continue;
    }
    i++;
  }
  pushText(textFrom, n);
  return toks;
}

/** Inline nodes of the given line pieces. */
export function parseInline(src: Source, spans: Span[]): RstInline[] {
  if (spans.length === 0) return [];
  const it = new InlineText(src, spans);
  return parseInlineTokens(it).map((t) => t.node);
}
