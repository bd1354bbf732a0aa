/**
 * Vocabulary of the locking spec (spec v2): locks, actors, operations and
 * field semantics, each fact with its version span, confidence and citation.
 * Reuses Version/Span/Cite/Confidence from ../types.ts.
 */
import type {Cite, Confidence, Span} from '../types.js';

export type LockId =
  | 'mmu_lock'
  | 'slots_lock'
  | 'tdp_mmu_pages_lock'
  | 'mmu_unsync_pages_lock'
  | 'rcu'
  | 'srcu';

export type LockKind = 'spinlock' | 'rwlock' | 'mutex' | 'rcu' | 'srcu';

/**
 * A lock mode in a claim or a fact. `held` means held in some mode
 * (or a lock without modes); `none` means no lock at all.
 */
export type Mode = 'none' | 'read' | 'write' | 'held';

export interface LockFact extends Span {
  lock: LockId;
  kind: LockKind;
  /** The C expression that names it. */
  field: string;
  /** Only ever taken while this lock is held. */
  inside?: LockId;
  confidence: Confidence;
  cite: Cite[];
  says: string;
}

/** A name docs use that does not exist, with the right one. */
export interface BadLockName {
  /** Lower-case text as written. */
  written: string;
  correct: string;
  lock: LockId;
  confidence: Confidence;
  cite: Cite[];
  says: string;
}

export type Actor =
  | 'vcpu'
  | 'root-walker'
  | 'fast-zap'
  | 'mmu-notifier'
  | 'fast-pf'
  | 'teardown'
  | 'tdp-mmu';

export type Op =
  | 'alloc-root'
  | 'free-root'
  | 'get-ref'
  | 'put-ref'
  | 'invalidate-root'
  | 'zap-invalid-roots'
  | 'flip-gen'
  | 'mark-unsync'
  | 'clear-unsync'
  | 'modify-spte'
  | 'store-spte'
  | 'walk-roots'
  | 'write-root-list'
  | 'read-root-list'
  | 'modify-field'
  /** The fast zap as a whole (kvm_mmu_zap_all_fast). */
  | 'fast-zap'
  /** Handling a (slow-path) page fault. */
  | 'page-fault';

export type Flavor = 'tdp' | 'shadow';

/**
 * How an operation is done at some versions: the weakest mode of `lock`
 * that suffices (`min`) and the modes it is really done in (`used`).
 */
export interface OperationFact extends Span {
  op: Op;
  /** Which MMU's objects; absent = both. */
  flavor?: Flavor;
  /** Who does it; absent = whoever does it. */
  actor?: Actor;
  /** For op 'modify-field': the member. */
  subject?: string;
  lock: LockId;
  min: Mode;
  used: Mode[];
  /** `lock` is the only lock that protects it: a claim naming another lock is wrong. */
  only?: boolean;
  confidence: Confidence;
  cite: Cite[];
  /** One sentence for messages: what the spec says. */
  says: string;
}

export type Nature = 'reverse-map' | 'parent-spte-pointer' | 'gfn-array' | 'refcount';

export interface FieldSemantics extends Span {
  name: string;
  /** Which MMU uses it (its meaning); 'both' when both do. */
  mmu?: 'tdp' | 'shadow' | 'both';
  mmuConfidence?: Confidence;
  cType?: string;
  atomic?: boolean;
  /** Finite domain or range of values. */
  values?: readonly number[] | {min: number; max: number};
  /** How the value changes over time, when that is part of its meaning. */
  change?: 'flip' | 'increment';
  valuesConfidence?: Confidence;
  natureIs?: Nature[];
  natureIsNot?: Nature[];
  /** Which MMU uses the member's value in its documented meaning (mmu_valid_gen: the generation). */
  meaningMmu?: 'tdp' | 'shadow' | 'both';
  meaningConfidence?: Confidence;
  meaningSays?: string;
  meaningCite?: Cite[];
  /** Who holds the references the member counts. */
  refHolders?: Actor[];
  /** The member does not exist at these versions: `says` names what stands in its place. */
  absent?: boolean;
  /** The member exists only with this config (clear_spte_count: CONFIG_X86_32). */
  onlyOn?: 32 | 64;
  refHoldersSays?: string;
  confidence: Confidence;
  cite: Cite[];
  says: string;
}

export interface InitialValueFact extends Span {
  /** Counter: 'tdp_mmu_root_count'. */
  name: string;
  value: number;
  confidence: Confidence;
  cite: Cite[];
  says: string;
}

/** How an operation is done (synchronously or by a worker), per version. */
export interface MannerFact extends Span {
  op: Op;
  flavor?: Flavor;
  /** By a worker or not ('async'/'sync'); after an RCU grace period or not ('rcu'/'immediate'). */
  manner: Manner;
  confidence: Confidence;
  cite: Cite[];
  says: string;
}

export type Manner = 'async' | 'sync' | 'rcu' | 'immediate';

/** The two manners of the same question, each other's negation. */
export function otherManner(m: Manner): Manner {
  return m === 'async' ? 'sync' : m === 'sync' ? 'async' : m === 'rcu' ? 'immediate' : 'rcu';
}

/** What the lockless fast page-fault path handles and how it commits (facts file (d), Top-10 #9). */
export type FastPathAspect = 'indirect' | 'mmio' | 'not-present' | 'present-write-only' | 'retry' | 'plain-store';

export interface FastPathFact extends Span {
  aspect: FastPathAspect;
  /** indirect / mmio / not-present: whether the fast path handles such faults; plain-store / present-write-only: whether the claim is true. */
  holds?: boolean;
  /** retry: the largest number of retries. */
  maxRetries?: number;
  confidence: Confidence;
  cite: Cite[];
  says: string;
}

export type Blocks = 'no' | 'briefly' | 'yes';

export interface BlockingFact extends Span {
  actor: Actor;
  blocks: Blocks;
  confidence: Confidence;
  cite: Cite[];
  says: string;
}
