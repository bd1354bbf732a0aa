/**
 * Kernel versions: parsing what users write (`v6.9`, `6.9-rc3`, `v6.12.117`),
 * reading a tree's top-level Makefile, ordering, and half-open spans.
 *
 * Spans are major.minor or major.minor-rcN: a stable patch level (6.12.117)
 * never moves a version across a span bound. Stable kernels carry backports,
 * so a tree's own headers are better evidence than its number (see
 * from-tree.ts).
 */
import type {ParsedVersion, Span, Version} from './types.js';

/** Thrown for malformed or unknown versions; `message` is one user-facing line. */
export class VersionError extends Error {
  override name = 'VersionError';
  /** What the user wrote. */
  readonly raw: string;
  constructor(message: string, raw: string) {
    super(message);
    this.raw = raw;
  }
}

/** Releases the spec knows, oldest first: v5.10 … v5.19, v6.0 … v6.17. */
const KNOWN_MINORS: ReadonlyMap<number, {first: number; last: number}> = new Map([
  [5, {first: 10, last: 19}],
  [6, {first: 0, last: 17}]
]);

export const OLDEST_ID: Version = 'v5.10';
export const NEWEST_ID: Version = 'v6.17';

export interface ParseOptions {
  /**
   * When false, accept any well-formed version, also outside the known range
   * (a tree's own version is evidence even when the spec does not cover it).
   * Default true.
   */
  strict?: boolean;
}

// Linear: no nested quantifiers; each group is a bounded digit run.
const VERSION_RE = /^v?(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})(?:\.(0|[1-9]\d{0,4})|-rc([1-9]\d{0,2}))?$/;

function make(major: number, minor: number, patch: number, rc: number | undefined, raw: string): ParsedVersion {
  const id = (rc === undefined ? `v${major}.${minor}` : `v${major}.${minor}-rc${rc}`) as Version;
  const parsed: ParsedVersion = {major, minor, patch, id, raw};
  if (rc !== undefined) parsed.rc = rc;
  return parsed;
}

/** True when the spec covers `v` (any rc or stable patch of a known release). */
export function isKnownVersion(v: Pick<ParsedVersion, 'major' | 'minor'>): boolean {
  const range = KNOWN_MINORS.get(v.major);
  return range !== undefined && v.minor >= range.first && v.minor <= range.last;
}

/**
 * Parses `v6.9`, `6.9`, `6.9-rc3`, `v6.12.117`, `6.12.117` (surrounding
 * whitespace ignored). Throws VersionError on anything else and, unless
 * `{strict: false}`, on versions the spec does not know.
 */
export function parseVersion(raw: string, options: ParseOptions = {}): ParsedVersion {
  const text = raw.trim();
  const m = VERSION_RE.exec(text);
  if (!m) {
    throw new VersionError(
      `invalid kernel version "${text}": expected a form like v6.9, 6.9-rc3 or v6.12.117`,
      raw
    );
  }
  const v = make(
    Number(m[1]),
    Number(m[2]),
    m[3] === undefined ? 0 : Number(m[3]),
    m[4] === undefined ? undefined : Number(m[4]),
    text
  );
  if (options.strict !== false && !isKnownVersion(v)) {
    throw new VersionError(
      `unknown kernel version "${text}": mmu-doc-lint knows ${OLDEST_ID} to ${NEWEST_ID}`,
      raw
    );
  }
  return v;
}

/** Parses a canonical id such as `v6.6-rc3` (no range check). */
export function versionFromId(id: Version): ParsedVersion {
  return parseVersion(id, {strict: false});
}

/**
 * Reads VERSION / PATCHLEVEL / SUBLEVEL / EXTRAVERSION from a kernel's
 * top-level Makefile. Returns undefined when the text is not one. The result
 * is not range-checked (see isKnownVersion / clampVersion). An EXTRAVERSION of
 * `-rcN` sets `rc`; any other suffix (`-debian`, `-next-…`) is ignored.
 */
export function readKernelVersion(makefileText: string): ParsedVersion | undefined {
  const vars = new Map<string, string>();
  // The assignments sit in the first lines of the file; stop early.
  let lines = 0;
  let start = 0;
  while (start < makefileText.length && lines < 40) {
    let end = makefileText.indexOf('\n', start);
    if (end < 0) end = makefileText.length;
    const line = makefileText.slice(start, end);
    start = end + 1;
    lines++;
    const m = /^(VERSION|PATCHLEVEL|SUBLEVEL|EXTRAVERSION)[ \t]*=[ \t]*(\S*)/.exec(line);
    if (m && !vars.has(m[1])) vars.set(m[1], m[2]);
  }
  const major = vars.get('VERSION');
  const minor = vars.get('PATCHLEVEL');
  if (major === undefined || minor === undefined || !/^\d{1,4}$/.test(major) || !/^\d{1,4}$/.test(minor)) {
    return undefined;
  }
  const sub = vars.get('SUBLEVEL') ?? '';
  const patch = /^\d{1,5}$/.test(sub) ? Number(sub) : 0;
  const extra = vars.get('EXTRAVERSION') ?? '';
  const rcMatch = /^-rc(\d{1,3})/.exec(extra);
  const rc = rcMatch ? Number(rcMatch[1]) : undefined;
  const raw = `${Number(major)}.${Number(minor)}${patch ? `.${patch}` : ''}${extra}`;
  return make(Number(major), Number(minor), patch, rc, raw);
}

/** The nearest version the spec knows: `v` itself, or the oldest / newest. */
export function clampVersion(v: ParsedVersion): ParsedVersion {
  if (isKnownVersion(v)) return v;
  return compareVersions(v, OLDEST_ID) < 0 ? versionFromId(OLDEST_ID) : versionFromId(NEWEST_ID);
}

type Comparable = Pick<ParsedVersion, 'major' | 'minor' | 'rc'> | Version;

const ID_RE = /^v(\d+)\.(\d+)(?:-rc(\d+))?$/;
const idCache = new Map<string, Pick<ParsedVersion, 'major' | 'minor' | 'rc'>>();

function key(v: Comparable): Pick<ParsedVersion, 'major' | 'minor' | 'rc'> {
  if (typeof v !== 'string') return v;
  let k = idCache.get(v);
  if (!k) {
    const m = ID_RE.exec(v);
    if (!m) throw new VersionError(`invalid version id "${v}"`, v);
    k = {major: Number(m[1]), minor: Number(m[2]), rc: m[3] === undefined ? undefined : Number(m[3])};
    idCache.set(v, k);
  }
  return k;
}

/**
 * Orders versions: major, minor, then -rcN before the release. The stable
 * patch level is ignored (6.12.117 compares equal to v6.12).
 */
export function compareVersions(a: Comparable, b: Comparable): number {
  const x = key(a);
  const y = key(b);
  if (x.major !== y.major) return x.major - y.major;
  if (x.minor !== y.minor) return x.minor - y.minor;
  const rx = x.rc ?? Infinity;
  const ry = y.rc ?? Infinity;
  return rx === ry ? 0 : rx < ry ? -1 : 1;
}

/** A span bound without -rc means the release's merge window: from its -rc1 on. */
function bound(id: Version): Pick<ParsedVersion, 'major' | 'minor' | 'rc'> {
  const k = key(id);
  return k.rc === undefined ? {major: k.major, minor: k.minor, rc: 0} : k;
}

/**
 * since <= v < until (missing bounds are open). A bound written `v6.9` is the
 * v6.9 merge window, so v6.9-rc1 is inside "since v6.9" and outside "until
 * v6.9"; a bound written `v6.6-rc3` is exact (a fix merged for -rc3).
 */
export function inSpan(v: Comparable, span: Span): boolean {
  if (span.since !== undefined && compareVersions(v, bound(span.since)) < 0) return false;
  if (span.until !== undefined && compareVersions(v, bound(span.until)) >= 0) return false;
  return true;
}

/**
 * "since v6.9", "until v6.8", "from v6.0 until v6.6" (half-open: not in
 * v6.6), "in every version" for an open span.
 */
export function formatSpan(span: Span): string {
  if (span.since && span.until) return `from ${span.since} until ${span.until}`;
  if (span.since) return `since ${span.since}`;
  if (span.until) return `until ${span.until}`;
  return 'in every version';
}

/**
 * Merges spans that touch or overlap into the fewest half-open spans, sorted
 * (e.g. the per-type spans of one member into the spans it exists in).
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => {
    if (a.since === b.since) return 0;
    if (a.since === undefined) return -1;
    if (b.since === undefined) return 1;
    return compareVersions(a.since, b.since);
  });
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const touches =
      last !== undefined &&
      (last.until === undefined || (s.since === undefined ? true : compareVersions(s.since, last.until) <= 0));
    if (!touches) {
      out.push({...(s.since ? {since: s.since} : {}), ...(s.until ? {until: s.until} : {})});
      continue;
    }
    if (last.until !== undefined && (s.until === undefined || compareVersions(s.until, last.until) > 0)) {
      if (s.until === undefined) delete last.until;
      else last.until = s.until;
    }
  }
  return out;
}
