/**
 * What an input is, decided from its content (never from its name): a
 * reStructuredText document, or something carrying a patch — a
 * `git format-patch` mail, an mbox of several, a plain `git diff`, or a
 * reply quoting a patch with `> `. Cheap: line-anchored regexes, no parsing.
 */

export type InputKind = 'rst' | 'mbox' | 'mail' | 'diff' | 'quoted';

/** An mbox separator: `From <sha> Mon Sep 17 00:00:00 2001`, `From git@z Thu Jan  1 …`. */
export const MBOX_FROM = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) /;
/** Top-level diff markers. */
const DIFF_GIT = /^diff --git /m;
const HUNK = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m;
const FILE_HEADERS = /^--- \S[^\n]*\n\+\+\+ \S/m;
/** A quoted diff: `> diff --git`, `>> @@ -1 +1 @@`, `> > --- a/x`. */
const QUOTED_DIFF = /^(?:> ?){1,8}(?:diff --git |@@ -\d)/m;
/** RFC 2822 header at the very start. */
const HEADER_START = /^[A-Za-z][A-Za-z0-9-]{0,75}:[ \t]/;

export function detectKind(text: string): InputKind {
  const hasDiff = DIFF_GIT.test(text) || (HUNK.test(text) && FILE_HEADERS.test(text));
  if (!hasDiff) return QUOTED_DIFF.test(text) ? 'quoted' : 'rst';
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  if (MBOX_FROM.test(firstLine)) return countSeparators(text) > 1 ? 'mbox' : 'mail';
  return HEADER_START.test(firstLine) ? 'mail' : 'diff';
}

function countSeparators(text: string): number {
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.startsWith('From ', start) && MBOX_FROM.test(text.slice(start, Math.min(end, start + 200)))) count++;
    start = end + 1;
  }
  return count;
}
