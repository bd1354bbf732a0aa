// Bundle-only stand-in for `string-width` (used by vfile-reporter to align
// columns). The real one starts an Intl.Segmenter and compiles the emoji
// regex on first use: ~10 ms of a CLI run whose output is ASCII. Same result:
// printable ASCII is one column a character (ANSI escapes none); anything else
// goes to the real implementation.
import realStringWidth from '../../node_modules/string-width/index.js';

const ANSI = /\u001B\[[0-9;]*m/g;
const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;

export default function stringWidth(string, options) {
  if (typeof string !== 'string' || string.length === 0) return 0;
  const plain = options && options.countAnsiEscapeCodes ? string : string.replace(ANSI, '');
  return PRINTABLE_ASCII.test(plain) ? plain.length : realStringWidth(string, options);
}
