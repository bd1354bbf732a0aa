/**
 * The source text as lines, as docutils sees them (tabs expanded to 8-column
 * stops, \v and \f turned into spaces, trailing whitespace removed), with a
 * way back to places in the original string (which may use CRLF or CR line
 * endings and start with a BOM).
 */
import type {Point} from 'unist';

export interface SrcLine {
  /** Offset in the original string of the line's first character. */
  start: number;
  /** Column (1-based) of the line's first character (2 after a BOM). */
  colBase: number;
  /** Original line content, without its line ending. */
  raw: string;
  /** Expanded, right-stripped line (what docutils works on). */
  exp: string;
  /** Index in `raw` just after its last non-whitespace character. */
  rawEnd: number;
  /** True when `raw` and `exp` differ by more than trailing whitespace (tabs). */
  tabs: boolean;
}

/** A view of one source line: `text` is `exp` from expanded column `cut` on. */
export interface VLine {
  ln: number;
  cut: number;
  text: string;
}

const isWs = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x2028 || c === 0x2029 ||
  c === 0x202f || c === 0x205f || c === 0x85 || (c >= 0x1c && c <= 0x1f);

function rstripIndex(s: string): number {
  let e = s.length;
  while (e > 0 && isWs(s.charCodeAt(e - 1))) e--;
  return e;
}

function expand(raw: string): string {
  let out = '';
  let col = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 9) {
      out += raw.slice(from, i);
      col += i - from;
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
      from = i + 1;
    } else if (c === 11 || c === 12) {
      out += raw.slice(from, i) + ' ';
      col += i - from + 1;
      from = i + 1;
    }
  }
  return out + raw.slice(from);
}

export class Source {
  readonly text: string;
  readonly lines: SrcLine[] = [];

  constructor(text: string) {
    this.text = text;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let colBase = pos + 1;
    const n = text.length;
    const hasCR = text.indexOf('\r') !== -1;
    const special = /[\t\v\f]/.test(text);
    while (true) {
      let e: number;
      if (hasCR) {
        e = pos;
        while (e < n) {
          const c = text.charCodeAt(e);
          if (c === 10 || c === 13) break;
          e++;
        }
      } else {
        e = text.indexOf('\n', pos);
        if (e === -1) e = n;
      }
      const raw = text.slice(pos, e);
      let exp = raw;
      let tabs = false;
      if (special && (raw.indexOf('\t') !== -1 || raw.indexOf('\v') !== -1 || raw.indexOf('\f') !== -1)) {
        exp = expand(raw);
        tabs = true;
      }
      const rawEnd = rstripIndex(raw);
      if (tabs) exp = exp.slice(0, rstripIndex(exp));
      else if (rawEnd !== raw.length) exp = raw.slice(0, rawEnd);
      this.lines.push({start: pos, colBase, raw, exp, rawEnd, tabs});
      colBase = 1;
      if (e >= n) break;
      pos = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
      if (pos >= n) break; // a final line ending does not open a new line
    }
  }

  /** Index in `raw` of the character covering expanded column `col`. */
  rawIndex(ln: number, col: number): number {
    const l = this.lines[ln];
    if (!l.tabs) return Math.min(col, l.raw.length);
    let c = 0;
    const raw = l.raw;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charCodeAt(i);
      const w = ch === 9 ? 8 - (c % 8) : 1;
      if (col < c + w) return i;
      c += w;
    }
    return raw.length;
  }

  /** Point at raw index `idx` of line `ln`. */
  point(ln: number, idx: number): Point {
    const l = this.lines[ln];
    return {line: ln + 1, column: l.colBase + idx, offset: l.start + idx};
  }

  /** Point at expanded column `col` of line `ln`. */
  pointAt(ln: number, col: number): Point {
    return this.point(ln, this.rawIndex(ln, col));
  }

  /** Point just after the last non-blank character of line `ln`. */
  endOf(ln: number): Point {
    return this.point(ln, this.lines[ln].rawEnd);
  }

  /** The view of all lines (docutils' input lines). */
  view(): VLine[] {
    const v: VLine[] = new Array(this.lines.length);
    for (let i = 0; i < this.lines.length; i++) v[i] = {ln: i, cut: 0, text: this.lines[i].exp};
    return v;
  }
}
