/** The command's entry point (bundled into dist/bundle/bin.js by scripts/bundle.mjs). */
import {readFileSync} from 'node:fs';
import {packagePath} from '../util/package-root.js';
import {run} from './main.js';

const {version} = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as {version: string};
process.exitCode = await run(
  {
    argv: process.argv.slice(2),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY)
  },
  version
);
