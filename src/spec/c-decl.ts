/**
 * A small, linear reader for the C aggregate declarations of kernel headers:
 * finds `struct <tag> { ... };` / `union <tag> { ... };` and lists its data
 * members in declaration order with their C types, bit widths, the members
 * they share storage with through anonymous unions, and the preprocessor
 * condition (`#ifdef`, `#ifndef`, `#if defined(...)`, `#elif`, `#else`) they
 * sit under. Comments are stripped; `DECLARE_BITMAP(name, bits)` is read as
 * `unsigned long[BITS_TO_LONGS(bits)]`. Function pointers and other
 * declarations with parentheses are skipped (kvm_mmu_page has none).
 *
 * Not a C parser: no macro expansion, no typedef resolution. Every loop is a
 * single pass over the input.
 */

export interface CMember {
  name: string;
  /** Normalized type: 'u64 *', 'struct list_head', 'unsigned:4', 'u64[4]'. */
  cType: string;
  /** Bit-field width. */
  width?: number;
  /** Members sharing storage through an enclosing anonymous union. */
  union?: string[];
  /** Preprocessor condition, e.g. 'CONFIG_X86_64', '!CONFIG_X86_64', 'A && B'. */
  config?: string;
  /** Nesting depth below the aggregate itself (0: a direct member). */
  depth: number;
}

/** Replaces comments with spaces (newlines kept) and joins `\`-continued lines. */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  let chunk = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47 /* / */ && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d === 42 /* * */) {
        out += text.slice(chunk, i) + ' ';
        const end = text.indexOf('*/', i + 2);
        const stop = end < 0 ? n : end + 2;
        // keep line structure for the line-based preprocessor handling
        for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) out += '\n';
        i = stop;
        chunk = i;
        continue;
      }
      if (d === 47) {
        out += text.slice(chunk, i);
        const end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
        chunk = i;
        continue;
      }
    }
    if (c === 92 /* \ */ && text.charCodeAt(i + 1) === 10) {
      out += text.slice(chunk, i) + ' ';
      i += 2;
      chunk = i;
      continue;
    }
    if (c === 34 /* " */ || c === 39 /* ' */) {
      // skip a string or char literal (no comments inside)
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== c && text.charCodeAt(j) !== 10) j += text.charCodeAt(j) === 92 ? 2 : 1;
      i = j + 1;
      continue;
    }
    i++;
  }
  return out + text.slice(chunk);
}

/**
 * The body (between the braces) of the first `<kind> <tag> {` definition in
 * comment-free text, or undefined.
 */
export function findAggregate(text: string, kind: 'struct' | 'union', tag: string): string | undefined {
  const re = new RegExp(`\\b${kind}[ \\t\\n]+${tag}[ \\t\\n]*\\{`, 'g');
  const m = re.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i);
  }
  return undefined;
}

function normalizeType(t: string): string {
  return t
    .replace(/\s+/g, ' ')
    .replace(/ ?\*/g, ' *')
    .replace(/\* (?=\*)/g, '*')
    .trim();
}

function normalizeCondition(expr: string): string {
  return expr
    .replace(/\bdefined[ \t]*\([ \t]*(\w+)[ \t]*\)/g, '$1')
    .replace(/\bdefined[ \t]+(\w+)/g, '$1')
    .replace(/\bIS_ENABLED[ \t]*\([ \t]*(\w+)[ \t]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function negate(c: string): string {
  if (/^\w+$/.test(c)) return `!${c}`;
  if (/^!\w+$/.test(c)) return c.slice(1);
  return `!(${c})`;
}

interface Leaf extends CMember {}

/** Splits a declaration into members; [] for padding, function pointers, macros. */
function parseDeclaration(text: string, config: string | undefined, depth: number): Leaf[] {
  const decl = text.replace(/\s+/g, ' ').trim();
  if (decl === '') return [];
  const bitmap = /^DECLARE_BITMAP ?\( ?(\w+) ?, ?([^()]+?) ?\)$/.exec(decl);
  if (bitmap) {
    return [leaf(bitmap[1], `unsigned long[BITS_TO_LONGS(${bitmap[2]})]`, undefined, config, depth)];
  }
  if (decl.includes('(')) return [];
  // split declarators at top-level commas
  const parts: string[] = [];
  let bracket = 0;
  let from = 0;
  for (let i = 0; i < decl.length; i++) {
    const c = decl[i];
    if (c === '[') bracket++;
    else if (c === ']') bracket--;
    else if (c === ',' && bracket === 0) {
      parts.push(decl.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(decl.slice(from));
  const out: Leaf[] = [];
  let base: string | undefined;
  for (let k = 0; k < parts.length; k++) {
    let d = parts[k].trim();
    let width: number | undefined;
    const colon = d.lastIndexOf(':');
    if (colon >= 0 && d.indexOf(']', colon) < 0) {
      const w = d.slice(colon + 1).trim();
      if (!/^\d+$/.test(w)) return [];
      width = Number(w);
      d = d.slice(0, colon).trim();
    }
    let arrays = '';
    while (d.endsWith(']')) {
      const open = d.lastIndexOf('[');
      if (open < 0) return [];
      arrays = d.slice(open).replace(/\s+/g, '') + arrays;
      d = d.slice(0, open).trim();
    }
    const id = /(\w+)$/.exec(d);
    const head = id ? d.slice(0, id.index) : d;
    // `unsigned :4`: the only word is the type, the bit-field is unnamed padding
    const named = id !== null && (k > 0 || head.replace(/[\s*]/g, '') !== '');
    if (k === 0) base = normalizeType((named ? head : d).replace(/\*/g, ''));
    if (!named || !id) continue;
    const name = id[1];
    const stars = head.replace(/[^*]/g, '');
    const type = normalizeType(`${base}${stars ? ' ' + stars : ''}`) + arrays;
    out.push(leaf(name, width === undefined ? type : `${type}:${width}`, width, config, depth));
  }
  return out;
}

function leaf(name: string, cType: string, width: number | undefined, config: string | undefined, depth: number): Leaf {
  const l: Leaf = {name, cType, depth};
  if (width !== undefined) l.width = width;
  if (config) l.config = config;
  return l;
}

interface Block {
  kind: 'struct' | 'union';
  /** Storage units: a direct member, or all leaves of an anonymous struct. */
  units: Leaf[][];
}

interface Frame {
  seen: string[];
  active: string;
}

/**
 * Reads the members of an aggregate body (as returned by findAggregate):
 * nested anonymous structs and unions are flattened, union partners recorded.
 * A named nested aggregate becomes one member typed `struct {…}` / `union {…}`.
 */
export function readMembers(body: string, kind: 'struct' | 'union' = 'struct'): CMember[] {
  const conds: Frame[] = [];
  const stack: Block[] = [{kind, units: []}];
  let closed: Block | undefined;
  let buf = '';
  const condition = (): string | undefined => {
    const parts = conds.map((f) => f.active).filter((s) => s !== '');
    return parts.length ? parts.join(' && ') : undefined;
  };
  const finishBlock = (block: Block, declarator: string) => {
    const parent = stack[stack.length - 1];
    if (declarator === '') {
      if (block.kind === 'union') {
        block.units.forEach((unit, i) => {
          const partners = block.units.flatMap((other, j) => (j === i ? [] : other.map((l) => l.name)));
          for (const l of unit) l.union = [...(l.union ?? []), ...partners];
        });
      }
      parent.units.push(block.units.flat());
    } else {
      const names = parseDeclaration(`int ${declarator}`, condition(), stack.length - 1);
      for (const n of names) n.cType = `${block.kind} {…}${n.cType.slice(3)}`;
      for (const n of names) parent.units.push([n]);
    }
  };

  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    const line = body.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) {
      const dm = /^#[ \t]*(\w+)[ \t]*(.*)$/.exec(trimmed);
      const directive = dm ? dm[1] : '';
      const arg = dm ? normalizeCondition(dm[2]) : '';
      if (directive === 'ifdef') conds.push({seen: [arg], active: arg});
      else if (directive === 'ifndef') conds.push({seen: [negate(arg)], active: negate(arg)});
      else if (directive === 'if') conds.push({seen: [arg], active: arg});
      else if (directive === 'elif' && conds.length) {
        const f = conds[conds.length - 1];
        f.active = [...f.seen.map(negate), arg].join(' && ');
        f.seen.push(arg);
      } else if (directive === 'else' && conds.length) {
        const f = conds[conds.length - 1];
        f.active = f.seen.map(negate).join(' && ');
      } else if (directive === 'endif') conds.pop();
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '{') {
        const header = buf.trim();
        stack.push({kind: header.startsWith('union') ? 'union' : 'struct', units: []});
        buf = '';
        closed = undefined;
      } else if (c === '}') {
        if (stack.length > 1) closed = stack.pop();
        buf = '';
      } else if (c === ';') {
        if (closed) {
          finishBlock(closed, buf.trim());
          closed = undefined;
        } else {
          for (const l of parseDeclaration(buf, condition(), stack.length - 1)) stack[stack.length - 1].units.push([l]);
        }
        buf = '';
      } else {
        buf += c;
      }
    }
    buf += ' ';
  }
  if (stack.length > 1 || closed) {
    // unbalanced body: keep what was read
    while (stack.length > 1) finishBlock(stack.pop() as Block, '');
  }
  const root = stack[0];
  if (root.kind === 'union') {
    root.units.forEach((unit, i) => {
      const partners = root.units.flatMap((other, j) => (j === i ? [] : other.map((l) => l.name)));
      for (const l of unit) if (partners.length) l.union = [...(l.union ?? []), ...partners];
    });
  }
  const members = root.units.flat();
  for (const l of members) if (l.union && l.union.length === 0) delete l.union;
  return members;
}
