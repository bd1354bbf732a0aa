/**
 * The package's root folder (where package.json, docs/ and examples/ are),
 * found from this module's own place: it works both from tsc's output
 * (dist/src/…) and from the CLI bundle (dist/bundle/…).
 */
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'docs', 'rules'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) return (root = dirname(fileURLToPath(import.meta.url)));
    dir = parent;
  }
}

/** A path inside the package. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
