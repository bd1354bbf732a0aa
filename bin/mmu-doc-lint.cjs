#!/usr/bin/env node
'use strict';
// Loads the CLI bundle (dist/bundle/cli.cjs, see scripts/bundle.mjs) with a
// V8 code cache, because start-up is most of a pre-submit check's time:
// - CommonJS, so node does not start its ESM loader for the entry point;
// - one bundle instead of ~150 modules, compiled from cached data;
// - regexes compile straight to native code: V8's default first interprets
//   each one, which costs the claim lexicon's patterns ~35 ms in a run that
//   executes each only a few hundred times. Set before anything compiles,
//   and part of the cache's flag check.
const {readFileSync, renameSync, writeFileSync} = require('node:fs');
const {Module} = require('node:module');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

v8.setFlagsFromString('--no-regexp-tier-up');

const bundle = path.join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
const cache = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), {filename: bundle, cachedData});
const cli = {exports: {}};
script.runInThisContext()(cli.exports, require, cli, bundle, path.dirname(bundle));
cli.exports.main().then((code) => {
  process.exitCode = code;
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
});
