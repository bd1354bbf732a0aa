/** Helpers shared by the semantic rules. */
import type {Claim} from '../../claims/types.js';
import type {RuleContext} from '../types.js';
import {compareVersions, parseVersion} from '../../spec/version.js';
import {formatCites} from '../../spec/locking/index.js';
import type {Cite, ParsedVersion, Span} from '../../spec/types.js';

export function claimsOf<K extends Claim['kind']>(ctx: RuleContext, kind: K): Extract<Claim, {kind: K}>[] {
  return ctx.claims().filter((c): c is Extract<Claim, {kind: K}> => c.kind === kind && !c.uncertain);
}

export function note(says: string, cite: readonly Cite[]): string {
  return `${capital(says)} (${formatCites(cite)}).`;
}

/** Upper-cases a leading English word, never an identifier (tdp_mmu_root_count, kvm->mmu_lock, role.level). */
export function capital(s: string): string {
  return /^[a-z]+(?![a-z0-9_.>(-])/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/**
 * The last version before `id` (spans are half-open: `until: 'v6.9'` ends
 * with v6.8): v6.9 → v6.8, v6.0 → v5.19, v6.6-rc3 → v6.6-rc2, v6.6-rc1 → v6.5.
 */
export function previousVersion(id: string): string {
  const m = /^v(\d+)\.(\d+)(?:-rc(\d+))?$/.exec(id);
  if (!m) return id;
  const [maj, min, rc] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
  if (rc !== undefined && rc > 1) return `v${maj}.${min}-rc${rc - 1}`;
  if (min > 0) return `v${maj}.${min - 1}`;
  return maj === 6 ? 'v5.19' : `v${maj - 1}`;
}

/** "true until v6.8" / "true since v6.9" for the span where a claim holds, relative to `v`. */
export function holdsElsewhere(v: ParsedVersion, spans: readonly Span[]): string | undefined {
  for (const s of spans) {
    if (s.until && compareVersions(s.until, v) <= 0) return `true until ${previousVersion(s.until)}`;
    if (s.since && compareVersions(s.since, v) > 0) return `true since ${s.since}`;
  }
  return undefined;
}

/**
 * The version a claim is checked at: the target kernel, or the version the
 * sentence names ("Before v6.9, ..." → v6.8 when the target is newer;
 * "Since v6.4 ..." → the target, or v6.4 when the target is older).
 * undefined when that version is outside what the spec knows.
 */
export function versionFor(c: Claim, kernel: ParsedVersion): ParsedVersion | undefined {
  const a = c.about;
  if (!a) return kernel;
  if (a.rel === 'in') return a.version;
  if (a.rel === 'since') return compareVersions(kernel, a.version) >= 0 ? kernel : a.version;
  if (compareVersions(kernel, a.version) < 0) return kernel;
  try {
    return parseVersion(previousVersion(a.version.id));
  } catch {
    return undefined;
  }
}

export function quote(s: string): string {
  return `"${s.replace(/\s+/g, ' ')}"`;
}

/** Swaps read ↔ write words in a lock phrase. */
export function swapMode(phrase: string, to: 'read' | 'write'): string | undefined {
  const from = to === 'read' ? 'write' : 'read';
  const map: [RegExp, string][] = to === 'read'
    ? [[/\bwriting\b/g, 'reading'], [/\bwrite\b/g, 'read'], [/\bWrite\b/g, 'Read'], [/\bexclusively\b/g, 'shared'], [/\bexclusive\b/g, 'shared']]
    : [[/\breading\b/g, 'writing'], [/\bread\b/g, 'write'], [/\bRead\b/g, 'Write'], [/\bshared\b/g, 'exclusively']];
  let out = phrase;
  for (const [re, rep] of map) out = out.replace(re, rep);
  void from;
  return out === phrase ? undefined : out;
}
