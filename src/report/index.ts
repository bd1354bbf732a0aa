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
}

export type Formatter = (files: VFile[], options: ReportOptions) => string;

/** Format name → loader. */
export const formats: Record<string, () => Promise<Formatter>> = {
  pretty: async () => (await import('./pretty.js')).default,
  json: async () => (await import('./json.js')).default
};

export function formatNames(): string[] {
  return Object.keys(formats);
}

/** Drops what `quiet` hides: everything but errors. */
export function visibleMessages(file: VFile, options: ReportOptions): VFile['messages'] {
  return options.quiet ? file.messages.filter((message) => message.fatal === true) : file.messages;
}
