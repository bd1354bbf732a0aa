/**
 * The struct spec: SpecView over the fact tables in ./struct.ts and ./role.ts.
 * Layouts are built on first use and memoized per version id.
 */
import type {FieldFact, ParsedVersion, StructLayout, Version} from '../types.js';
import {NEWEST_ID, OLDEST_ID, compareVersions, inSpan, versionFromId} from '../version.js';
import type {SpecView} from '../view.js';
import {ROLE_FACTS, ROLE_ORDER} from './role.js';
import {MEMBER_FACTS, MEMBER_ORDER} from './struct.js';

export {MEMBER_FACTS, MEMBER_ORDER} from './struct.js';
export {ROLE_FACTS, ROLE_ORDER} from './role.js';

function sinceKey(a: FieldFact, b: FieldFact): number {
  if (a.since === b.since) return 0;
  if (a.since === undefined) return -1;
  if (b.since === undefined) return 1;
  return compareVersions(a.since, b.since);
}

function ordered(facts: readonly FieldFact[], order: readonly string[]): FieldFact[] {
  const rank = new Map(order.map((name, i) => [name, i]));
  return [...facts].sort((a, b) => (rank.get(a.name) ?? order.length) - (rank.get(b.name) ?? order.length));
}

export function createSpecView(): SpecView {
  const newest = versionFromId(NEWEST_ID);
  const oldest = versionFromId(OLDEST_ID);
  const layouts = new Map<Version, {members: FieldFact[]; roleBits: FieldFact[]}>();
  let byName: Map<string, FieldFact[]> | undefined;

  function histories(): Map<string, FieldFact[]> {
    if (byName) return byName;
    byName = new Map();
    for (const fact of [...MEMBER_FACTS, ...ROLE_FACTS]) {
      let list = byName.get(fact.name);
      if (!list) byName.set(fact.name, (list = []));
      list.push(fact);
    }
    for (const list of byName.values()) list.sort(sinceKey);
    return byName;
  }

  return {
    newest,
    oldest,
    layoutAt(version: ParsedVersion): StructLayout {
      let entry = layouts.get(version.id);
      if (!entry) {
        const era = MEMBER_ORDER.find((e) => inSpan(version, e)) ?? MEMBER_ORDER[MEMBER_ORDER.length - 1];
        entry = {
          members: ordered(
            MEMBER_FACTS.filter((f) => inSpan(version, f)),
            era.names
          ),
          roleBits: ordered(
            ROLE_FACTS.filter((f) => inSpan(version, f)),
            ROLE_ORDER
          )
        };
        Object.freeze(entry.members);
        Object.freeze(entry.roleBits);
        layouts.set(version.id, entry);
      }
      return {version, source: 'spec', members: entry.members, roleBits: entry.roleBits};
    },
    history(name: string): FieldFact[] {
      return [...(histories().get(name) ?? [])];
    },
    allNames(): string[] {
      return [...histories().keys()];
    }
  };
}
