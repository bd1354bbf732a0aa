/**
 * Claims: what one sentence of a field description asserts, typed.
 * `--claims` prints them; rules compare them with the spec at the target
 * kernel version.
 */
import type {Position} from 'unist';
import type {ParsedVersion} from '../spec/types.js';
import type {Actor, Blocks, FastPathAspect, Flavor, LockId, Manner, Mode, Nature, Op} from '../spec/locking/types.js';

export type ClaimKind =
  | 'lock'
  | 'lock-name'
  | 'lock-kind'
  | 'lock-nesting'
  | 'atomicity'
  | 'values'
  | 'blocking'
  | 'mmu-flavor'
  | 'initial-value'
  | 'field-nature'
  | 'op-manner'
  | 'ref-holders'
  | 'fast-path';

/** requires: must/needs/only; suffices: can/may; occurs: a plain statement. */
export type Quant = 'requires' | 'suffices' | 'occurs';

export interface ClaimBase {
  kind: ClaimKind;
  /** The entry's member names. */
  names: string[];
  /** The member or object the sentence is about (a member name when resolved). */
  subject?: string;
  /** The sentence. */
  text: string;
  /** The sentence's place. */
  place: Position;
  /** The phrase that carries the claim, and its place. */
  phrase: string;
  phrasePlace: Position;
  negated: boolean;
  /** Set when the extractor is not sure: rules ignore such claims. */
  uncertain?: boolean;
  /**
   * The version the sentence itself is about ("Before v6.9, ..." → before
   * v6.9, "Since v6.4 ..." → since v6.4, "In v6.5" → in v6.5); rules check
   * the claim there instead of at the target kernel.
   */
  about?: {rel: 'since' | 'before' | 'in'; version: ParsedVersion};
}

export interface LockClaim extends ClaimBase {
  kind: 'lock';
  actor?: Actor;
  op?: Op;
  /** Flavours the sentence may be about; [] = unknown (either). */
  flavors: Flavor[];
  lock: LockId;
  mode: Mode;
  quant: Quant;
  /** The lock name as written. */
  written: string;
}

export interface LockNameClaim extends ClaimBase {
  kind: 'lock-name';
  written: string;
  correct: string;
  lock: LockId;
}

export interface LockKindClaim extends ClaimBase {
  kind: 'lock-kind';
  lock: LockId;
  lockKind: 'spinlock' | 'rwlock' | 'mutex' | 'semaphore';
  written: string;
  /** "... only on 64-bit": the sentence restricts the kind to 64-bit kernels. */
  only64?: boolean;
}

export interface LockNestingClaim extends ClaimBase {
  kind: 'lock-nesting';
  lock: LockId;
  outer: LockId;
  /** false: the sentence says `lock` can be taken without `outer`. */
  required: boolean;
}

export interface AtomicityClaim extends ClaimBase {
  kind: 'atomicity';
  atomic: boolean;
  cType?: string;
}

export interface ValuesClaim extends ClaimBase {
  kind: 'values';
  values?: number[];
  range?: {min: number; max: number};
  /** "at most 3", "up to 5 levels": the largest value the sentence allows. */
  max?: number;
  /** 'only' when the sentence says the value is limited to these. */
  only: boolean;
  /** The sentence restricts the claim to some pages ("For first-level pages, ..."). */
  conditional: boolean;
  change?: 'flip' | 'increment';
}

export interface BlockingClaim extends ClaimBase {
  kind: 'blocking';
  actor?: Actor;
  blocks: Blocks;
}

export interface FlavorClaim extends ClaimBase {
  kind: 'mmu-flavor';
  mmu: 'tdp' | 'shadow' | 'both';
  only: boolean;
  /** The sentence is about the member's generation / obsolescence meaning. */
  aspect?: 'generation';
}

export interface InitialValueClaim extends ClaimBase {
  kind: 'initial-value';
  value: number;
}

export interface NatureClaim extends ClaimBase {
  kind: 'field-nature';
  nature?: Nature;
  /** "is a union with X": the other member. */
  unionWith?: string;
  /** "also used on 64-bit hosts": the member exists on kernels of this width. */
  existsOn?: 32 | 64;
}

/** How an operation is done: "zapped asynchronously by a worker". */
export interface OpMannerClaim extends ClaimBase {
  kind: 'op-manner';
  op: Op;
  manner: Manner;
  flavors: Flavor[];
}

/** Who holds references counted by a member: "Only vCPUs take references". */
export interface RefHoldersClaim extends ClaimBase {
  kind: 'ref-holders';
  holders: Actor[];
  /** The sentence says these are the only holders. */
  only: boolean;
}

/** What the lockless fast page-fault path handles, how often it retries, how it writes the SPTE. */
export interface FastPathClaim extends ClaimBase {
  kind: 'fast-path';
  aspect: FastPathAspect;
  /** retry: the number of retries the sentence allows ('unbounded': until it succeeds). */
  retries?: number | 'unbounded';
  /** retry: `retries` is a lower bound ("at least 8 times"). */
  atLeast?: boolean;
}

export type Claim =
  | LockClaim
  | LockNameClaim
  | LockKindClaim
  | LockNestingClaim
  | AtomicityClaim
  | ValuesClaim
  | BlockingClaim
  | FlavorClaim
  | InitialValueClaim
  | NatureClaim
  | OpMannerClaim
  | RefHoldersClaim
  | FastPathClaim;
