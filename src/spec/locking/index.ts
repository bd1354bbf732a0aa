/**
 * Spec v2: the locking semantics of the KVM x86 MMU, per kernel version.
 * One file per topic (locks, operations, fields), each fact with its span,
 * confidence and citation. Queries here pick the facts valid at a version.
 */
import {inSpan} from '../version.js';
import type {ParsedVersion} from '../types.js';
import type {Confidence, Span} from '../types.js';
import {lockFacts} from './locks.js';
import {mannerFacts, operationFacts} from './operations.js';
import {blockingFacts, fieldSemantics, initialValueFacts} from './fields.js';
import type {Actor, FieldSemantics, Flavor, LockFact, LockId, Manner, Mode, Op, OperationFact} from './types.js';

export * from './types.js';
export {lockFacts, badLockNames, lockFactsFor} from './locks.js';
export {operationFacts, mannerFacts, fastPathFacts} from './operations.js';
export {fieldSemantics, initialValueFacts, blockingFacts, widthDomain} from './fields.js';
export {formatCite, formatCites} from './cites.js';

type At = Pick<ParsedVersion, 'major' | 'minor' | 'rc'>;

/** Facts that may raise errors: everything but [unverified]. */
export function usable(c: Confidence | undefined): boolean {
  return c !== undefined && c !== 'unverified';
}

export function lockAt(lock: LockId, v: At): LockFact | undefined {
  return lockFacts.find((f) => f.lock === lock && inSpan(v, f));
}

export interface OpQuery {
  op: Op;
  lock: LockId;
  flavors: readonly (Flavor | undefined)[];
  actor?: Actor;
  subject?: string;
}

/** Operation facts matching the query, in any version. */
export function operationFactsFor(q: OpQuery): OperationFact[] {
  return operationFacts.filter(
    (f) =>
      f.op === q.op &&
      f.lock === q.lock &&
      (f.subject === undefined || f.subject === q.subject) &&
      (q.actor === undefined || f.actor === undefined || f.actor === q.actor) &&
      (f.flavor === undefined || q.flavors.includes(undefined) || q.flavors.includes(f.flavor))
  );
}

/** Manner facts (sync/async, or rcu/immediate when `manner` is given) for an operation, in any version. */
export function mannerFactsFor(op: Op, flavors: readonly Flavor[], manner?: Manner) {
  const rcu = manner === 'rcu' || manner === 'immediate';
  return mannerFacts.filter(
    (f) =>
      f.op === op && (f.manner === 'rcu' || f.manner === 'immediate') === rcu &&
      (f.flavor === undefined || flavors.length === 0 || flavors.includes(f.flavor))
  );
}

export function semanticsAt(name: string, v: At): FieldSemantics | undefined {
  return fieldSemantics.find((f) => f.name === name && inSpan(v, f));
}

export function semanticsFor(name: string): FieldSemantics[] {
  return fieldSemantics.filter((f) => f.name === name);
}

export function initialValuesFor(name: string) {
  return initialValueFacts.filter((f) => f.name === name);
}

export function blockingFor(actor: Actor) {
  return blockingFacts.filter((f) => f.actor === actor);
}

export function spanOf(f: Span): Span {
  return {...(f.since ? {since: f.since} : {}), ...(f.until ? {until: f.until} : {})};
}

const RANK: Record<Mode, number> = {none: 0, read: 1, held: 1, write: 2};
export function modeRank(m: Mode): number {
  return RANK[m];
}
