/** Paths the suites share: the repo root and the shared corpus (when present). */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {join, resolve} from 'node:path';

/** The repository root (tests run from dist/test/…). */
export const ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const BIN = join(ROOT, 'bin', 'mmu-doc-lint.cjs');

/** ../shared/corpus beside the checkout, or $MMU_DOC_LINT_CORPUS. */
export const CORPUS = process.env.MMU_DOC_LINT_CORPUS ?? resolve(ROOT, '..', 'shared', 'corpus');
export const HAS_CORPUS = existsSync(join(CORPUS, 'mmu.rst'));

/** `3:5-3:42: error: reason` for a vfile message. */
export function formatMessage(m: {
  place?: unknown;
  line?: number;
  column?: number;
  fatal?: boolean | null;
  reason: string;
}): string {
  const place = m.place as {start?: {line: number; column: number}; end?: {line: number; column: number}; line?: number; column?: number} | undefined;
  const severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
  let where: string;
  if (place && place.start && place.end) {
    where = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
  } else {
    where = `${m.line ?? 1}:${m.column ?? 1}`;
  }
  return `${where}: ${severity}: ${m.reason}`;
}
