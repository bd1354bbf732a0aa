/**
 * Turns raw bytes into document text, refusing what is not text: binary
 * data, invalid UTF-8, empty input.
 */
import {InputError} from './types.js';

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false});

/** Decodes UTF-8 input; throws InputError (with the line of the first bad byte) otherwise. */
export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new InputError('empty input: nothing to lint', label);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('binary file (contains a NUL byte): not a reStructuredText document', label, lineAt(bytes, nul));
  try {
    return decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new InputError('invalid UTF-8: the kernel documentation is UTF-8 text', label, lineAt(bytes, bad));
  }
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Index of the first byte that starts an invalid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
