/**
 * The shape of a rule. One rule per file under src/rules/, each with a doc
 * page docs/rules/<id>.md whose ok / not-ok examples run as tests.
 */
import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';
import type {Claim} from '../claims/types.js';
import type {FieldModel} from '../fields/types.js';
import type {RstRoot} from '../rst/types.js';
import type {ParsedVersion, StructLayout} from '../spec/types.js';
import type {SpecView} from '../spec/view.js';

/** Configured severity of a rule. */
export type Severity = 'off' | 'warn' | 'error';
/** Severity of one finding; `info` maps to a vfile message with `fatal: undefined`. */
export type FindingSeverity = 'info' | 'warn' | 'error';

export interface Finding {
  /** One sentence, what is wrong, in the doc's terms. */
  reason: string;
  place: Position | Point;
  /** Defaults to the rule's default severity. A configured severity overrides it. */
  severity?: FindingSeverity;
  /** The spec fact and its citation. */
  note?: string;
  /** Suggested replacement text(s) for `place`, when mechanical. */
  expected?: string[];
}

/** Evidence read from a kernel tree, when the input was one. */
export interface TreeEvidence {
  /** The tree's directory as given by the user. */
  path: string;
  /** One-sentence disagreements between the tree's headers and the spec. */
  drift: ReadonlyArray<{message: string}>;
}

export interface RuleContext {
  file: VFile;
  /** The document text (file.value as a string). */
  text: string;
  tree: RstRoot;
  /** Undefined when the document has no field list. */
  model: FieldModel | undefined;
  /** Target kernel version. */
  kernel: ParsedVersion;
  /** The struct layout at the target version (from a kernel tree when one was given). */
  layout: StructLayout;
  /** The whole spec, for cross-version explanations. */
  spec: SpecView;
  /** Present when a kernel tree was read. */
  evidence?: TreeEvidence;
  /** This rule's options (from the CLI or config), e.g. `{ignore: ['link']}`. */
  options: Record<string, unknown>;
  /** Claims extracted from the field descriptions, computed once on first use. */
  claims(): readonly Claim[];
  /** The place of text[start, end) (file offsets). */
  place(start: number, end: number): Position;
}

export interface Rule {
  id: string;
  /** One line, for --list-rules. */
  description: string;
  defaultSeverity: FindingSeverity;
  /** Rules that need the whole document (coverage) are switched off on a lone hunk. */
  needsWholeFile?: boolean;
  check(context: RuleContext): Iterable<Finding>;
}
