/**
 * The spec's vocabulary. Facts are data a kernel engineer can review: each
 * carries the kernel versions it holds for (a half-open span) and citations.
 *
 * Vocabulary borrowed from Clang's thread-safety analysis and lockdep: a lock
 * is a capability held exclusive (write) or shared (read).
 */

/** A canonical kernel version string, `v6.9` or `v6.6-rc3`. */
export type Version = `v${number}.${number}` | `v${number}.${number}-rc${number}`;

/** Half-open span [since, until). Missing bounds are open. */
export interface Span {
  since?: Version;
  until?: Version;
}

/** How sure the facts file is. `unverified` facts never raise errors. */
export type Confidence = 'verified' | 'ml' | 'inferred' | 'unverified';

export interface Cite {
  /** Commit id (12 hex digits) where known. */
  commit?: string;
  /** Commit subject, file path, thread title or a facts-file citation key. */
  source: string;
}

export type StructName = 'kvm_mmu_page' | 'kvm_mmu_page_role';
export type MmuFlavor = 'shadow' | 'tdp' | 'both';

/**
 * One member of `struct kvm_mmu_page` or one bit-field of
 * `union kvm_mmu_page_role` over one version span. A member that changed
 * (renamed, retyped) has one FieldFact per span.
 * Role bits are named `role.<bit>`.
 */
export interface FieldFact extends Span {
  name: string;
  struct: StructName;
  /** C type as declared: 'refcount_t', 'u8', 'bool', 'unsigned:1' (bit width after the colon). */
  cType: string;
  /** Members sharing its storage through a union. */
  union?: string[];
  /** Kconfig condition, e.g. 'CONFIG_X86_64'. */
  config?: string;
  mmu: MmuFlavor;
  atomic: boolean;
  values?: readonly number[] | {min: number; max: number};
  /** Set on the first span under a new name. */
  renamedFrom?: {name: string; in: Version; cite: Cite};
  /** Set on the last span under an old name. */
  renamedTo?: {name: string; in: Version; cite: Cite};
  confidence: Confidence;
  cite: Cite[];
  /** One-line meaning, for messages and --explain. */
  summary?: string;
}

/** Where the struct layout used for a run came from. */
export type LayoutSource = 'spec' | 'tree';

/** The members and role bits valid at one version (or read from a tree). */
export interface StructLayout {
  version: ParsedVersion;
  source: LayoutSource;
  /** Members of struct kvm_mmu_page, declaration order. */
  members: FieldFact[];
  /** Bits of union kvm_mmu_page_role, as `role.<bit>`, declaration order. */
  roleBits: FieldFact[];
}

export interface ParsedVersion {
  major: number;
  minor: number;
  /** Stable patch level (6.12.117 → 117), 0 when absent. */
  patch: number;
  /** Release candidate (6.9-rc3 → 3); undefined for a release. */
  rc?: number;
  /** Canonical form `v6.12` / `v6.9-rc3` (patch level dropped: spans are major.minor). */
  id: Version;
  /** What the user wrote. */
  raw: string;
}
