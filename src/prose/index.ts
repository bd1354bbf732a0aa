/**
 * Lean sentence segmentation with exact offsets (no dependency).
 *
 * Why not parse-english: the claim extractor only needs sentence spans and a
 * case-folded copy of the text with identical offsets; parse-english builds a
 * full nlcst tree (several ms per document plus its module load), which
 * would dominate the < 1 ms per document budget. Kernel prose also starts
 * sentences with lower-case identifiers ("sptes in spt point ..."), which
 * English sentence splitters handle poorly.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(['i.e', 'e.g', 'cf', 'vs', 'viz', 'approx', 'resp', 'fig', 'al']);

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Splits text into sentences: [.?!] followed by white space, or a blank line. */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({start: s, end: e});
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // Blank line: paragraph boundary.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < n && text.charCodeAt(j) === 10) {
        push(start, i);
        start = j;
        i = j;
      }
      continue;
    }
    if (c !== 46 && c !== 63 && c !== 33) continue; // . ? !
    let j = i + 1;
    // Closing quotes / brackets after the stop belong to the sentence.
    while (j < n && ')]"\'`*'.includes(text[j])) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    if (c === 46) {
      // The word before the full stop.
      let k = i - 1;
      while (k >= 0 && !isSpace(text.charCodeAt(k)) && text[k] !== '(') k--;
      const word = text.slice(k + 1, i).toLowerCase();
      if (ABBREVIATIONS.has(word)) continue;
      if (word === 'etc') {
        let m = j;
        while (m < n && isSpace(text.charCodeAt(m))) m++;
        const next = text.charCodeAt(m);
        if (m < n && !(next >= 65 && next <= 90)) continue;
      }
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}

/**
 * Case-folded copy with the same length and offsets: ASCII letters lower-cased,
 * RST markup characters (` and *) and line breaks turned into spaces, curly
 * apostrophes into straight ones.
 */
export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c === 96 || c === 42 || c === 10 || c === 13 || c === 9) out += ' ';
    else if (c === 0x2019 || c === 0x2018) out += "'";
    else out += text[i];
  }
  return out;
}
