#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import {run} from '../dist/src/cli/main.js';

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const code = await run(
  {
    argv: process.argv.slice(2),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY)
  },
  version
);
process.exitCode = code;
