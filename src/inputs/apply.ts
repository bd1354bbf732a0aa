/**
 * Applying a file diff's hunks to a text, as `git apply` does: the old side
 * of each hunk must match exactly, first at the line its header names
 * (shifted by what earlier hunks added or removed), then at the nearest
 * offset either way. No fuzz. A tree that already contains the patch (b4
 * runs its checks at the series' tip) is recognised by the new side
 * matching instead: the text is then the post-image as it is.
 */
import type {FileDiff, Hunk} from './patch.js';

export interface Applied {
  /** The post-image text. */
  text: string;
  /** Post-image line (1-based) → patch input line, for the lines the patch adds. */
  added: Map<number, number>;
  /** True when the tree already had the patch applied. */
  alreadyApplied: boolean;
}

/** Thrown with the hunk that does not apply. */
export class ApplyError extends Error {
  readonly hunk: Hunk;
  readonly index: number;
  constructor(hunk: Hunk, index: number) {
    super(`hunk #${index + 1} does not apply`);
    this.hunk = hunk;
    this.index = index;
  }
}

export function splitText(text: string): {lines: string[]; finalNewline: boolean} {
  if (text === '') return {lines: [], finalNewline: true};
  const finalNewline = text.endsWith('\n');
  const lines = (finalNewline ? text.slice(0, -1) : text).split('\n');
  return {lines, finalNewline};
}

function sideOf(hunk: Hunk, side: 'old' | 'new'): string[] {
  const skip = side === 'old' ? '+' : '-';
  return hunk.lines.filter((l) => l.op !== skip).map((l) => l.text);
}

function matchesAt(lines: string[], at: number, want: string[]): boolean {
  if (at < 0 || at + want.length > lines.length) return false;
  for (let k = 0; k < want.length; k++) if (lines[at + k] !== want[k]) return false;
  return true;
}

/** The nearest position ≥ `floor` where `want` matches, searching outward from `expected`. */
function locate(lines: string[], want: string[], expected: number, floor: number): number {
  const limit = Math.max(lines.length, expected + 1);
  for (let delta = 0; delta <= limit; delta++) {
    const down = expected + delta;
    if (down >= floor && matchesAt(lines, down, want)) return down;
    const up = expected - delta;
    if (delta > 0 && up >= floor && matchesAt(lines, up, want)) return up;
    if (down > lines.length && up < floor) break;
  }
  return -1;
}

/** Applies `diff` to `text`; throws ApplyError naming the first hunk that fits neither way. */
export function applyDiff(text: string, diff: FileDiff): Applied {
  try {
    return forward(text, diff);
  } catch (error) {
    if (!(error instanceof ApplyError)) throw error;
    const reverse = alreadyApplied(text, diff);
    if (reverse) return reverse;
    throw error;
  }
}

function forward(text: string, diff: FileDiff): Applied {
  const {lines, finalNewline} = splitText(text);
  const out: string[] = [];
  const added = new Map<number, number>();
  let cursor = 0;
  let shift = 0;
  let noNewline = !finalNewline;
  diff.hunks.forEach((hunk, index) => {
    const old = sideOf(hunk, 'old');
    const expected = Math.max(0, (hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1) + shift);
    const at = old.length === 0 && lines.length === 0 ? 0 : locate(lines, old, expected, cursor);
    if (at < 0) throw new ApplyError(hunk, index);
    for (let k = cursor; k < at; k++) out.push(lines[k]);
    for (const line of hunk.lines) {
      if (line.op === '-') continue;
      out.push(line.text);
      if (line.op === '+') added.set(out.length, line.line);
    }
    shift = at - Math.max(0, hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1);
    cursor = at + old.length;
    const last = hunk.lines.filter((l) => l.op !== '-').pop();
    if (cursor >= lines.length && last) noNewline = last.noNewline === true;
  });
  for (let k = cursor; k < lines.length; k++) out.push(lines[k]);
  return {text: out.length === 0 ? '' : out.join('\n') + (noNewline ? '' : '\n'), added, alreadyApplied: false};
}

/** When every hunk's new side is in the text, in order: the patch is already there. */
function alreadyApplied(text: string, diff: FileDiff): Applied | undefined {
  const {lines} = splitText(text);
  const added = new Map<number, number>();
  let cursor = 0;
  let shift = 0;
  for (const hunk of diff.hunks) {
    const now = sideOf(hunk, 'new');
    const expected = Math.max(0, hunk.newStart - 1 + shift);
    const at = locate(lines, now, expected, cursor);
    if (at < 0 || now.length === 0) return undefined;
    let k = at;
    for (const line of hunk.lines) {
      if (line.op === '-') continue;
      k++;
      if (line.op === '+') added.set(k, line.line);
    }
    shift = at - (hunk.newStart - 1);
    cursor = at + now.length;
  }
  return {text, added, alreadyApplied: true};
}
