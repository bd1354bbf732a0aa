/**
 * Input resolution: a path is an `.rst` file, a kernel tree (its mmu.rst,
 * its version from the top Makefile, its headers as evidence), or `-` for
 * standard input. A file's `kind` says whether it is a document or carries
 * a patch (format-patch mail, mbox, diff, quoted reply: see workflow.ts).
 */
import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {getSpec} from '../lint.js';
import {readTreeHeaders, readTreeLayout} from '../spec/from-tree.js';
import {clampVersion, readKernelVersion} from '../spec/version.js';
import {detectKind} from './detect.js';
import {decodeText} from './text.js';
import {InputError, type Document} from './types.js';

export {InputError, type Document} from './types.js';

/** Where kernels have kept mmu.rst, newest first. */
export const MMU_RST_PATHS = ['Documentation/virt/kvm/x86/mmu.rst', 'Documentation/virt/kvm/mmu.rst', 'Documentation/virtual/kvm/mmu.txt'];

export interface ResolveOptions {
  /** Reads standard input (injectable for tests). */
  readStdin?: () => Uint8Array;
}

export function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch (error) {
    throw new InputError(`cannot read standard input: ${(error as Error).message}`, '-');
  }
}

export function resolveInput(path: string, options: ResolveOptions = {}): Document {
  if (path === '-') {
    const text = decodeText((options.readStdin ?? readStdin)(), '<stdin>');
    return {path: '<stdin>', text, kind: detectKind(text)};
  }
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${code ?? (error as Error).message}`, path);
  }
  if (stats.isDirectory()) return resolveTree(path);
  const text = decodeText(readBytes(path), path);
  return {path, text, kind: detectKind(text)};
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EACCES' ? 'permission denied' : `cannot read: ${code ?? (error as Error).message}`, path);
  }
}

/** A kernel tree: lint its mmu.rst at the tree's version, with its headers as evidence. */
export function resolveTree(dir: string): Document {
  const rel = MMU_RST_PATHS.find((candidate) => {
    try {
      return statSync(join(dir, candidate)).isFile();
    } catch {
      return false;
    }
  });
  let makefile: string | undefined;
  try {
    makefile = readFileSync(join(dir, 'Makefile'), 'utf8');
  } catch {
    makefile = undefined;
  }
  const version = makefile === undefined ? undefined : readKernelVersion(makefile);
  if (!rel || !version) {
    throw new InputError(
      'not a kernel tree (expected a top-level Makefile with VERSION/PATCHLEVEL and Documentation/virt/kvm/x86/mmu.rst) and not a file',
      dir
    );
  }
  const path = join(dir, rel);
  const document: Document = {path, text: decodeText(readBytes(path), path), kernel: version};
  const headers = readTreeHeaders(dir);
  if (headers) {
    const {layout, drift} = readTreeLayout(headers, clampVersion(version), getSpec());
    document.tree = {layout, evidence: {path: dir, drift}};
  }
  return document;
}
