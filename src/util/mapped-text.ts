/**
 * Text assembled from pieces of a file (a description's lines without their
 * indentation) that remembers where each character came from, so findings
 * on a sentence point at the exact line and column of the file.
 */
import {location} from 'vfile-location';
import type {Point, Position} from 'unist';

export interface Segment {
  /** Offset of the piece in `text`. */
  start: number;
  /** Offset of the piece in the file. */
  fileOffset: number;
  length: number;
}

export type Locator = ReturnType<typeof location>;

export class MappedText {
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly #locator: Locator;

  constructor(text: string, segments: readonly Segment[], locator: Locator) {
    this.text = text;
    this.segments = segments;
    this.#locator = locator;
  }

  /** Builds the text from file ranges [start, end); pieces are joined with `joiner`. */
  static fromRanges(
    file: string,
    ranges: ReadonlyArray<readonly [number, number]>,
    locator: Locator,
    joiner = '\n'
  ): MappedText {
    let text = '';
    const segments: Segment[] = [];
    for (const [start, end] of ranges) {
      if (segments.length > 0) text += joiner;
      segments.push({start: text.length, fileOffset: start, length: end - start});
      text += file.slice(start, end);
    }
    return new MappedText(text, segments, locator);
  }

  /** File offset of the character at `index` of `text` (end of text allowed). */
  fileOffset(index: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].start <= index) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo];
    const within = Math.max(0, Math.min(index - seg.start, seg.length));
    return seg.fileOffset + within;
  }

  point(index: number): Point {
    const offset = this.fileOffset(index);
    const p = this.#locator.toPoint(offset);
    return {line: p?.line ?? 1, column: p?.column ?? 1, offset};
  }

  /** Place of text[start, end) in the file. */
  position(start: number, end: number): Position {
    // The end is mapped from the last character so it never jumps to the
    // next line's indentation.
    const endPoint = end > start ? this.point(end - 1) : this.point(start);
    if (end > start) {
      endPoint.column += 1;
      endPoint.offset = (endPoint.offset ?? 0) + 1;
    }
    return {start: this.point(start), end: endPoint};
  }
}
