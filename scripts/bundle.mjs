// Bundles the command line into dist/bundle/ with esbuild.
//
// Start-up is most of a pre-submit check's time: loading ~150 small ESM
// modules (unified, vfile, commander, our own) costs node far more than
// parsing one file, so the CLI runs from a bundle. Code only some runs need
// (patch inputs, git, SARIF, config validation, --explain's markdown parser)
// stays behind dynamic imports and lands in its own chunk, loaded on demand.
// The library API (dist/src/index.js) stays tsc's plain output.
import {build} from 'esbuild';
import {rmSync} from 'node:fs';

rmSync(new URL('../dist/bundle/', import.meta.url), {recursive: true, force: true});
await build({
  entryPoints: {bin: new URL('../src/cli/bin.ts', import.meta.url).pathname},
  outdir: new URL('../dist/bundle/', import.meta.url).pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  // Faster stand-ins for two of vfile-reporter's dependencies (see scripts/shims/).
  alias: {
    'string-width': new URL('./shims/string-width.js', import.meta.url).pathname,
    'vfile-sort': new URL('./shims/vfile-sort.js', import.meta.url).pathname
  },
  // commander is CommonJS and requires node built-ins: give the ESM bundle a require.
  banner: {js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);"},
  logLevel: 'warning'
});
