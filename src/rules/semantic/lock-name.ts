/**
 * lock-name: a lock that does not exist (kvm->arch.mmu_lock), the wrong kind
 * of lock ("mmu_lock is a spinlock" since v5.12), or a nested lock claimed to
 * be taken without its outer lock.
 */
import {inSpan} from '../../spec/version.js';
import {badLockNames, lockAt, lockFactsFor, usable} from '../../spec/locking/index.js';
import type {Finding, Rule} from '../types.js';
import {claimsOf, holdsElsewhere, note, quote, versionFor} from './util.js';

const KIND_WORD: Record<string, string> = {spinlock: 'spinlock', rwlock: 'rwlock', mutex: 'mutex', rcu: 'RCU', srcu: 'SRCU'};

const rule: Rule = {
  id: 'lock-name',
  description: 'A lock that does not exist, a lock of the wrong kind, or a nested lock taken without its outer lock',
  defaultSeverity: 'error',
  *check(ctx): Iterable<Finding> {
    for (const c of claimsOf(ctx, 'lock-name')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      const bad = badLockNames.find((b) => b.written === c.written.toLowerCase());
      if (!bad || !usable(bad.confidence)) continue;
      yield {
        reason: `${quote(c.written)} does not exist: the lock is ${c.correct}`,
        place: c.phrasePlace,
        note: note(bad.says, bad.cite),
        expected: [c.correct],
      };
    }
    for (const c of claimsOf(ctx, 'lock-kind')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      const f = lockAt(c.lock, v);
      if (!f || !usable(f.confidence) || (f.kind !== 'spinlock' && f.kind !== 'rwlock' && f.kind !== 'mutex')) continue;
      const same = f.kind === c.lockKind;
      if (same && c.only64 && !c.negated) {
        yield {
          reason: `${quote(c.phrase)} is wrong for ${v.id}: ${f.says}, on 32-bit and 64-bit kernels alike`,
          place: c.phrasePlace,
          note: note(f.says, f.cite),
          expected: [c.phrase.replace(/\s(?:is\s)?only\s(?:on|for|with|in)\s\S+(?:\s(?:kernels|hosts|builds))?$/i, '')],
        };
        continue;
      }
      if (same !== c.negated) continue;
      const elsewhere = holdsElsewhere(
        v,
        lockFactsFor(c.lock).filter((g) => !inSpan(v, g) && (g.kind === c.lockKind) !== c.negated)
      );
      const finding: Finding = {
        reason: `${quote(c.phrase)} is wrong for ${v.id}: ${f.says}${elsewhere ? ` (the sentence is ${elsewhere})` : ''}`,
        place: c.phrasePlace,
        note: note(f.says, f.cite),
      };
      if (!c.negated) {
        const e = c.phrase.replace(/spin_lock(?=\s?\()/i, 'write_lock').replace(/\b(?:spin\s?lock|spinlock_t|rwlock_t|rwlock|rw\s?lock|read[- ]write\slock|reader[- ]writer\slock|mutex|semaphore|rw_semaphore|rwsem)\b/i, KIND_WORD[f.kind]);
        if (e !== c.phrase) finding.expected = [/^an?\s/i.test(e) ? e : e.replace(/\ba (?=rwlock)/, 'an ').replace(/\ban (?=(?:spinlock|mutex))/, 'a ')];
      }
      yield finding;
    }
    for (const c of claimsOf(ctx, 'lock-nesting')) {
      const v = versionFor(c, ctx.kernel);
      if (!v) continue;
      if (c.required) continue;
      const f = lockAt(c.lock, v);
      if (!f || !usable(f.confidence) || f.inside !== c.outer) continue;
      yield {
        reason: `${quote(c.phrase)} is wrong: ${f.says}`,
        place: c.phrasePlace,
        note: note(f.says, f.cite),
      };
    }
  },
};

export default rule;
