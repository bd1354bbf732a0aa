#!/usr/bin/env node
// Loads the CLI bundle (dist/bundle/cli.cjs, see scripts/bundle.mjs) with a
// V8 code cache, because start-up is most of a pre-submit check's time:
// - one bundle instead of ~150 modules, compiled from cached data;
// - regexes compile straight to native code: V8's default first interprets
//   each one, which costs the claim lexicon's patterns ~35 ms in a run that
//   executes each only a few hundred times. Set before anything compiles,
//   and part of the cache's flag check.
import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import {createRequire, Module} from 'node:module';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--no-regexp-tier-up');

const bundle = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
const cache = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), {filename: bundle, cachedData});
const module = {exports: {}};
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
process.exitCode = await module.exports.main();

if (cachedData === undefined || script.cachedDataRejected) {
  // The tool's own cache beside its bundle (never a user's file); written
  // atomically, and silently skipped where the package is read-only.
  try {
    const temporary = `${cache}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cache);
  } catch {
    // A missing cache only costs time.
  }
}
