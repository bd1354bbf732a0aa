/**
 * The command's entry point, bundled into dist/bundle/cli.cjs by
 * scripts/bundle.mjs and loaded by bin/mmu-doc-lint.cjs.
 */
import {readFileSync} from 'node:fs';
import {packagePath} from '../util/package-root.js';
import {run} from './main.js';

export function main(): Promise<number> {
  const {version} = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as {version: string};
  return run(
    {
      argv: process.argv.slice(2),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
      isTTY: Boolean(process.stdout.isTTY)
    },
    version
  );
}
