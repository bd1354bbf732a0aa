import type {ParsedVersion, StructLayout} from '../spec/types.js';
import type {TreeEvidence} from '../rules/types.js';
import type {InputKind} from './detect.js';

/** One document to lint, whatever the input was. */
export interface Document {
  /** The path to report (as the user named it, or the path inside a kernel tree). */
  path: string;
  text: string;
  /** The kernel version the input carries (a tree's Makefile), if any. */
  kernel?: ParsedVersion;
  /** Evidence from a kernel tree: its struct layout and drift against the spec. */
  tree?: {layout: StructLayout; evidence: TreeEvidence};
  /** False when only a part of the file is known (a lone hunk). */
  wholeFile?: boolean;
  /** What the content is (detectKind): an RST document, or a patch to run through the workflow. */
  kind?: InputKind;
}

/** A usage or input error: one clear line, exit code 2. */
export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  constructor(message: string, file?: string, line?: number) {
    super(message);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }

  /** `file:line: message`, or the message alone. */
  format(): string {
    if (this.file === undefined) return this.message;
    return this.line === undefined ? `${this.file}: ${this.message}` : `${this.file}:${this.line}: ${this.message}`;
  }
}
