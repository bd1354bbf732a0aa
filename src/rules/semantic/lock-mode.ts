/**
 * lock-mode: a claimed lock and mode for an actor and operation contradicts
 * the spec at the target version.
 */
import type {LockClaim} from '../../claims/types.js';
import {inSpan} from '../../spec/version.js';
import {
  fastPathFacts, lockAt, mannerFactsFor, modeRank, otherManner, operationFacts, operationFactsFor, usable, type Mode, type OperationFact,
} from '../../spec/locking/index.js';
import type {Finding, Rule, RuleContext} from '../types.js';
import {claimsOf, holdsElsewhere, note, quote, swapMode, versionFor} from './util.js';

const LOCK_WORD: Record<string, string> = {
  mmu_lock: 'mmu_lock', slots_lock: 'slots_lock', tdp_mmu_pages_lock: 'tdp_mmu_pages_lock',
  mmu_unsync_pages_lock: 'mmu_unsync_pages_lock', rcu: 'RCU', srcu: 'SRCU',
};

/** "zapped asynchronously by a worker" against how the operation is done at the version. */
function* mannerFindings(ctx: RuleContext): Iterable<Finding> {
  for (const c of claimsOf(ctx, 'op-manner')) {
    const v = versionFor(c, ctx.kernel);
    if (!v) continue;
    const claimed = c.negated ? otherManner(c.manner) : c.manner;
    const all = mannerFactsFor(c.op, c.flavors, c.manner);
    const f = all.find((g) => inSpan(v, g));
    if (!f || !usable(f.confidence) || f.manner === claimed) continue;
    const elsewhere = holdsElsewhere(v, all.filter((g) => !inSpan(v, g) && g.manner === claimed));
    yield {
      reason: `${quote(c.phrase)} is wrong for ${v.id}: ${f.says}${elsewhere ? ` (the sentence is ${elsewhere})` : ''}`,
      place: c.phrasePlace,
      note: note(f.says, f.cite),
      ...(!c.negated && /^(?:a?synchronously)$/i.test(c.phrase) ? {expected: [f.manner === 'sync' ? c.phrase.replace(/^a/i, '') : `a${c.phrase}`]} : {}),
    };
  }
}

/** Does `claim` contradict fact `f`? (spin: mmu_lock is a spinlock, modes collapse to "held") */
export function contradicts(claim: LockClaim, f: OperationFact, spin: boolean): boolean {
  const rw = claim.lock === 'mmu_lock' && !spin;
  const norm = (m: Mode): Mode => (!rw && (m === 'read' || m === 'write') ? 'held' : m);
  const fmin = norm(f.min);
  const used = f.used.map(norm);
  const cm = norm(claim.mode);
  if (claim.quant === 'requires') {
    if (claim.negated) return cm === 'write' ? fmin === 'write' : false;
    if (cm === 'write') return fmin !== 'write';
    if (cm === 'read') return fmin !== 'read';
    if (cm === 'held') return fmin === 'none';
    return false;
  }
  if (claim.quant === 'suffices') {
    if (claim.negated) return cm === 'read' ? modeRank(fmin) <= 1 && fmin !== 'held' : false;
    if (cm === 'held') return false;
    return modeRank(cm) < modeRank(fmin);
  }
  // occurs
  if (claim.negated) {
    if (cm === 'write' || cm === 'read') return used.every((u) => u === cm);
    return false;
  }
  if (cm === 'none') return !used.includes('none');
  if (cm === 'held') return used.every((u) => u === 'none');
  return !used.includes(cm) && !used.includes('held');
}

/** What the lockless fast page-fault path handles, how often it retries and how it writes the SPTE. */
function* fastPathFindings(ctx: RuleContext): Iterable<Finding> {
  for (const c of claimsOf(ctx, 'fast-path')) {
    const v = versionFor(c, ctx.kernel);
    if (!v) continue;
    const f = fastPathFacts.find((g) => g.aspect === c.aspect && inSpan(v, g));
    if (!f || !usable(f.confidence)) continue;
    let wrong: boolean;
    if (c.aspect === 'retry') {
      if (c.negated || f.maxRetries === undefined) continue;
      wrong = c.retries === 'unbounded' || (typeof c.retries === 'number' && (c.atLeast ? c.retries > f.maxRetries : c.retries !== f.maxRetries));
    } else {
      // The sentence says the fast path handles them / that the claim holds, unless negated.
      wrong = !c.negated !== f.holds;
    }
    if (!wrong) continue;
    yield {
      reason: `${quote(c.phrase)} is wrong: ${f.says}`,
      place: c.phrasePlace,
      note: note(f.says, f.cite),
      ...(c.aspect === 'retry' && typeof c.retries === 'number'
        ? {expected: [c.phrase.replace(/^(?:at\sleast|more\sthan|a\sminimum\sof)\b/i, 'at most').replace(/\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight)\b/i, String(f.maxRetries))]}
        : {}),
    };
  }
}

const rule: Rule = {
  id: 'lock-mode',
  description: 'A claimed lock or lock mode for an operation contradicts the locking spec at the target kernel',
  defaultSeverity: 'error',
  *check(ctx): Iterable<Finding> {
    yield* mannerFindings(ctx);
    yield* fastPathFindings(ctx);
    for (const claim of claimsOf(ctx, 'lock')) {
      if (!claim.op) continue;
      const v = versionFor(claim, ctx.kernel);
      if (!v) continue;
      const lockFact = lockAt(claim.lock, v);
      const spin = claim.lock === 'mmu_lock' && lockFact?.kind === 'spinlock';
      if (spin && claim.mode === 'read' && !claim.negated) {
        const rw = lockAt('mmu_lock', {major: 5, minor: 12});
        yield {
          reason: `${quote(claim.phrase)} is wrong for ${v.id}: mmu_lock is a spinlock before v5.12 and has no read mode (true since v5.12)`,
          place: claim.phrasePlace,
          note: note(`${lockFact!.says}; ${rw!.says}`, [...lockFact!.cite]),
        };
        continue;
      }
      const all = operationFactsFor({
        op: claim.op, lock: claim.lock, flavors: claim.flavors.length ? claim.flavors : [undefined],
        ...(claim.actor ? {actor: claim.actor} : {}), ...(claim.subject ? {subject: claim.subject} : {}),
      });
      if (claim.op === 'modify-field' && !all.some((f) => f.subject === claim.subject)) {
        // A member whose only lock is another one: "X is protected by mmu_lock" when only slots_lock is.
        const only = operationFacts.find(
          (f) => f.op === 'modify-field' && f.subject === claim.subject && f.only && f.lock !== claim.lock && inSpan(v, f) && usable(f.confidence)
        );
        if (only && !claim.negated && claim.mode !== 'none' && claim.quant !== 'suffices') {
          yield {
            reason: `${quote(claim.phrase)} is wrong for ${v.id}: ${only.says}, not under ${LOCK_WORD[claim.lock]}`,
            place: claim.phrasePlace,
            note: note(only.says, only.cite),
            expected: [claim.phrase.replace(claim.written, LOCK_WORD[only.lock]).replace(/\s(?:held\s)?(?:for\s(?:read|write)|in\s(?:read|write)\smode|exclusively|shared)$/i, '')],
          };
        }
        continue;
      }
      // The facts about this very actor win over the generic ones.
      const own = claim.actor ? all.filter((f) => f.actor === claim.actor) : [];
      const pool = own.some((f) => inSpan(v, f)) ? own : all;
      const atV = pool.filter((f) => inSpan(v, f));
      if (atV.length === 0 || !atV.every((f) => usable(f.confidence))) continue;
      // "Invalidated roots must be zapped with mmu_lock held for write": a requirement stated for no
      // actor, on one MMU's objects, is wrong when some actor does it with less.
      const anyActor = claim.quant === 'requires' && !claim.negated && !claim.actor && atV.length > 1 &&
        atV.every((f) => f.actor !== undefined && f.flavor !== undefined && f.flavor === atV[0].flavor);
      // (Only a requirement stronger than what some actor needs: "held only for read" is not refuted by teardown's write lock.)
      const tooStrong = (g: OperationFact) => contradicts(claim, g, spin) && modeRank(claim.mode) > modeRank(g.min);
      if (anyActor ? !atV.some(tooStrong) : !atV.every((g) => contradicts(claim, g, spin))) continue;
      const f = anyActor ? atV.find(tooStrong)! : atV[0];
      const elsewhere = holdsElsewhere(
        v,
        pool.filter((g) => !inSpan(v, g) && usable(g.confidence) && !contradicts(claim, g, false))
      );
      const finding: Finding = {
        reason: `${quote(claim.phrase)} contradicts the locking spec for ${v.id}: ${f.says}${elsewhere ? ` (the sentence is ${elsewhere})` : ''}`,
        place: claim.phrasePlace,
        note: note(f.says, f.cite),
      };
      if (!spin && !claim.negated && (claim.mode === 'read' || claim.mode === 'write') && (f.min === 'read' || f.min === 'write') && f.min !== claim.mode && atV.every((g) => g.min === f.min)) {
        const e = swapMode(claim.phrase, f.min);
        if (e) finding.expected = [e];
      }
      yield finding;
    }
  },
};

export default rule;
