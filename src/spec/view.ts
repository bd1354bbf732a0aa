/**
 * The interface rules use to query the struct spec. `createSpecView()` in
 * src/spec/kvm-mmu/index.ts builds it from the fact tables.
 */
import type {FieldFact, ParsedVersion, StructLayout} from './types.js';

export interface SpecView {
  /** The newest version the spec knows (the default target). */
  newest: ParsedVersion;
  /** The oldest version the spec covers. */
  oldest: ParsedVersion;
  /** Members and role bits valid at `version`, per the version table. */
  layoutAt(version: ParsedVersion): StructLayout;
  /** Every fact for `name` (member or `role.<bit>`), in any version, oldest first. */
  history(name: string): FieldFact[];
  /** Every member and role-bit name the spec knows, in any version. */
  allNames(): string[];
}
