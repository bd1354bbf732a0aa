/** `--claims` output: what the extractor understood, per sentence. */
import type {Claim} from './types.js';

const SKIP = new Set(['kind', 'names', 'text', 'place', 'phrase', 'phrasePlace', 'negated', 'uncertain', 'written']);

function pos(p: Claim['place']): string {
  return `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`;
}

function value(v: unknown): string {
  if (Array.isArray(v)) return v.length ? v.join(',') : '-';
  if (v && typeof v === 'object') {
    const r = v as {min?: number; max?: number};
    if (r.min !== undefined) return `${r.min}..${r.max}`;
    return JSON.stringify(v);
  }
  if (v === true) return 'yes';
  if (v === false) return 'no';
  return String(v);
}

/** One line per claim: `kind  key=value ... negated=no`. */
export function formatClaim(c: Claim): string {
  const parts: string[] = [c.kind];
  const rec = c as unknown as Record<string, unknown>;
  const order = ['actor', 'op', 'subject', 'flavors', 'lock', 'mode', 'quant', 'atomic', 'cType', 'values', 'range', 'only', 'conditional', 'change', 'blocks', 'mmu', 'value', 'nature', 'unionWith', 'outer', 'required', 'lockKind', 'correct', 'manner', 'holders', 'aspect', 'retries', 'existsOn'];
  for (const k of order) {
    if (SKIP.has(k) || rec[k] === undefined) continue;
    parts.push(`${k}=${value(rec[k])}`);
  }
  parts.push(`negated=${c.negated ? 'yes' : 'no'}`);
  if (c.uncertain) parts.push('uncertain');
  parts.push(`phrase="${c.phrase.replace(/\s+/g, ' ')}"@${pos(c.phrasePlace)}`);
  return parts.join(' ');
}

/** For each sentence with a claim: `line:col-line:col  "sentence"`, then one indented line per claim. */
export function formatClaims(claims: readonly Claim[]): string {
  const lines: string[] = [];
  let last: string | undefined;
  for (const c of claims) {
    const key = `${c.place.start.offset}:${c.place.end.offset}`;
    if (key !== last) {
      lines.push(`${pos(c.place)}  "${c.text.replace(/\s+/g, ' ')}"`);
      last = key;
    }
    lines.push(`  ${formatClaim(c)}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** Plain objects for `--claims --format json`. */
export function claimsToJson(claims: readonly Claim[]): Record<string, unknown>[] {
  return claims.map((c) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) if (v !== undefined) o[k] = v;
    return o;
  });
}
