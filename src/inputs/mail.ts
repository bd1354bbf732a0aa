/**
 * Mail and mbox reading, enough for patches: mbox splitting on `From `
 * separator lines, RFC 2822 header unfolding, RFC 2047 encoded-word subjects,
 * and the transfer encodings mail clients use for patches (7bit, 8bit,
 * quoted-printable, base64) in UTF-8 or US-ASCII.
 *
 * Why not postal-mime: git format-patch / b4 mails are single-part text;
 * a full MIME parser would cost load time and would lose what we need most,
 * the input line of every body line (errors and findings name it).
 */
import {MBOX_FROM} from './detect.js';
import {InputError} from './types.js';

/** A line of the input and its 1-based line number there. */
export interface SourceLine {
  text: string;
  line: number;
}

export interface Mail {
  /** The decoded Subject header, if any. */
  subject?: string;
  /** Body lines, with their input line numbers (approximate after QP/base64 decoding). */
  body: SourceLine[];
  /** Input line where this message starts. */
  line: number;
}

/** Splits input text into lines, refusing CRLF (a mangled patch). */
export function toLines(text: string, label: string): SourceLine[] {
  const parts = text.split('\n');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  const lines: SourceLine[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.endsWith('\r')) {
      throw new InputError(
        'CRLF line ending: the patch was mangled (by a mail client or an editor); save it with LF endings as git format-patch writes it',
        label,
        i + 1
      );
    }
    lines[i] = {text: part, line: i + 1};
  }
  return lines;
}

/** Splits an mbox (or a single mail) into messages at `From ` separator lines. */
export function splitMbox(lines: SourceLine[]): SourceLine[][] {
  const messages: SourceLine[][] = [];
  let current: SourceLine[] | undefined;
  for (const line of lines) {
    if (line.text.startsWith('From ') && MBOX_FROM.test(line.text)) {
      current = [];
      messages.push(current);
      continue;
    }
    if (!current) {
      current = [];
      messages.push(current);
    }
    current.push(line);
  }
  return messages.filter((message) => message.some((line) => line.text !== ''));
}

/** Parses one message: headers (if it starts with any), then the decoded body. */
export function parseMail(message: SourceLine[], label: string): Mail {
  const first = message[0]?.line ?? 1;
  if (message.length === 0 || !/^[A-Za-z][A-Za-z0-9-]*:/.test(message[0].text)) {
    return {body: message, line: first};
  }
  const headers = new Map<string, {value: string; line: number}>();
  let i = 0;
  let name: string | undefined;
  for (; i < message.length; i++) {
    const {text, line} = message[i];
    if (text === '') {
      i++;
      break;
    }
    if ((text[0] === ' ' || text[0] === '\t') && name) {
      const header = headers.get(name)!;
      header.value += ' ' + text.trim();
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) {
      // Not a header: a body without a separating blank line (a plain diff after a header-like line).
      break;
    }
    name = text.slice(0, colon).toLowerCase();
    if (!headers.has(name)) headers.set(name, {value: text.slice(colon + 1).trim(), line});
  }
  const body = message.slice(i);
  const mail: Mail = {body, line: first};
  const subject = headers.get('subject');
  if (subject) mail.subject = decodeWords(subject.value, label, subject.line);

  const type = headers.get('content-type');
  let charset = 'utf-8';
  if (type) {
    const mime = type.value.split(';')[0].trim().toLowerCase();
    if (mime.startsWith('multipart/')) {
      throw new InputError(
        `${mime} mail: mmu-doc-lint reads patches as git format-patch writes them (plain text, inline)`,
        label,
        type.line
      );
    }
    if (mime !== 'text/plain' && mime !== 'text/x-patch' && mime !== 'text/x-diff') {
      throw new InputError(`unsupported Content-Type "${mime}": expected a text/plain patch mail`, label, type.line);
    }
    const cs = /;\s*charset="?([^";\s]+)"?/i.exec(type.value);
    if (cs) charset = cs[1].toLowerCase();
  }
  const encoding = (headers.get('content-transfer-encoding')?.value ?? '7bit').toLowerCase();
  const encodingLine = headers.get('content-transfer-encoding')?.line ?? type?.line ?? first;
  if (encoding === 'quoted-printable' || encoding === 'base64') {
    const bytes = encoding === 'base64' ? decodeBase64(body, label) : decodeQuotedPrintable(body);
    const text = decodeCharset(bytes, charset, label, encodingLine);
    const start = body[0]?.line ?? first;
    mail.body = text
      .replace(/\n$/, '')
      .split('\n')
      .map((t, k) => ({text: t, line: start + k}));
    if (mail.body.some((l) => l.text.endsWith('\r'))) {
      mail.body = mail.body.map((l) => ({text: l.text.replace(/\r$/, ''), line: l.line}));
    }
    return mail;
  }
  if (encoding !== '7bit' && encoding !== '8bit' && encoding !== 'binary') {
    throw new InputError(`unknown Content-Transfer-Encoding "${encoding}"`, label, encodingLine);
  }
  if (charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    // The input was already decoded as UTF-8; only pure ASCII is the same in every common charset.
    const nonAscii = body.find((l) => /[^\x00-\x7f]/.test(l.text));
    if (nonAscii) throw new InputError(`unknown encoding: charset "${charset}" with non-ASCII text; mmu-doc-lint reads UTF-8 patches`, label, nonAscii.line);
  }
  return mail;
}

const SUPPORTED = new Set(['utf-8', 'utf8', 'us-ascii', 'iso-8859-1', 'latin1']);

function decodeCharset(bytes: Uint8Array, charset: string, label: string, line: number): string {
  if (!SUPPORTED.has(charset)) throw new InputError(`unknown encoding: charset "${charset}"; mmu-doc-lint reads UTF-8 patches`, label, line);
  const name = charset === 'us-ascii' || charset === 'utf8' ? 'utf-8' : charset;
  try {
    return new TextDecoder(name, {fatal: true}).decode(bytes);
  } catch {
    throw new InputError(`body is not valid ${charset}`, label, line);
  }
}

function decodeBase64(body: SourceLine[], label: string): Uint8Array {
  const joined = body.map((l) => l.text.trim()).join('');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(joined)) throw new InputError('malformed base64 body', label, body[0]?.line);
  return Buffer.from(joined, 'base64');
}

function decodeQuotedPrintable(body: SourceLine[]): Uint8Array {
  const out: number[] = [];
  for (let k = 0; k < body.length; k++) {
    const text = body[k].text.replace(/[ \t]+$/, '');
    let soft = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '=') {
        if (i === text.length - 1) {
          soft = true;
          break;
        }
        const hex = text.slice(i + 1, i + 3);
        if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
          out.push(parseInt(hex, 16));
          i += 2;
          continue;
        }
      }
      const code = text.codePointAt(i)!;
      if (code < 0x80) out.push(code);
      else {
        const ch = String.fromCodePoint(code);
        for (const b of Buffer.from(ch, 'utf8')) out.push(b);
        i += ch.length - 1;
      }
    }
    if (!soft) out.push(10);
  }
  return Uint8Array.from(out);
}

/** RFC 2047 encoded words (`=?UTF-8?q?…?=`, `=?utf-8?B?…?=`) in a header value. */
export function decodeWords(value: string, label: string, line: number): string {
  // Whitespace between adjacent encoded words is dropped (RFC 2047 §6.2).
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(/=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]*)\?=/g, (_all, charset: string, kind: string, data: string) => {
    let bytes: Uint8Array;
    if (kind === 'B' || kind === 'b') bytes = Buffer.from(data, 'base64');
    else {
      bytes = decodeQuotedPrintable([{text: data.replace(/_/g, ' '), line}]);
      bytes = bytes.subarray(0, bytes.length - 1);
    }
    return decodeCharset(bytes, charset.toLowerCase().replace(/\*.*$/, ''), label, line);
  });
}
