/**
 * Output formats. Each format is its own module, loaded only when asked for,
 * so a run pays for one reporter's imports.
 */
import type {VFile} from 'vfile';

export interface ReportOptions {
  /** Only errors (fatal messages) are reported. */
  quiet?: boolean;
  /** Colour for terminal formats. */
  color?: boolean;
  /** Pretty: the spec note and doc URL under every finding (by default only errors show their note). */
  verbose?: boolean;
  /** Run-level notes (e.g. "no kernel tree: …"): printed by pretty only, never on stderr. */
  notes?: string[];
  /** The tool version (SARIF's driver.version). */
  version?: string;
}

export type Formatter = (files: VFile[], options: ReportOptions) => string;

/** Format name → loader. */
export const formats: Record<string, () => Promise<Formatter>> = {
  pretty: async () => (await import('./pretty.js')).default,
  json: async () => (await import('./json.js')).default,
  checkpatch: async () => (await import('./checkpatch.js')).default,
  'b4-json': async () => (await import('./b4-json.js')).default,
  sarif: async () => (await import('./sarif.js')).default,
  github: async () => (await import('./github.js')).default
};

export function formatNames(): string[] {
  return Object.keys(formats);
}

/** Drops what `quiet` hides: everything but errors. */
export function visibleMessages(file: VFile, options: ReportOptions): VFile['messages'] {
  return options.quiet ? file.messages.filter((message) => message.fatal === true) : file.messages;
}

/** Messages in report order: line, column, rule, reason (deterministic whatever the input order). */
export function sortedMessages(messages: VFile['messages']): VFile['messages'] {
  return [...messages].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId)) ||
      a.reason.localeCompare(b.reason)
  );
}
