// Bundles the command line into dist/bundle/cli.cjs with esbuild, then runs
// it once so that bin/mmu-doc-lint.cjs finds a V8 code cache beside it.
//
// Start-up is most of a pre-submit check's time. Loading ~150 small ESM
// modules (unified, vfile, commander, our own) costs node far more than
// linting one file, and so does compiling them: the CLI runs from one
// CommonJS bundle that bin/mmu-doc-lint.cjs compiles through vm.Script with
// cached data (node 20 has no module compile cache). Code only some runs need
// (patch inputs, git, SARIF, --explain's markdown parser) is bundled but not
// evaluated until used. The library API (dist/src/index.js) stays tsc's plain
// ESM output.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';

const here = (path) => new URL(path, import.meta.url).pathname;

/** commander requires child_process for executable subcommands, which we do not use. */
const noChildProcessForCommander = {
  name: 'no-child-process-for-commander',
  setup(build) {
    build.onResolve({filter: /^(node:)?child_process$/}, (args) =>
      args.importer.includes('/node_modules/commander/') ? {path: 'child_process', namespace: 'stub'} : undefined
    );
    build.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'module.exports = {};', loader: 'js'}));
  }
};

rmSync(here('../dist/bundle/'), {recursive: true, force: true});
await build({
  entryPoints: [here('../src/cli/bin.ts')],
  outfile: here('../dist/bundle/cli.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Faster stand-ins for two of vfile-reporter's dependencies (see scripts/shims/).
  alias: {
    'string-width': here('./shims/string-width.js'),
    'vfile-sort': here('./shims/vfile-sort.js'),
    'vfile-reporter/do-not-use-color': here('./shims/vfile-reporter-color.js')
  },
  plugins: [noChildProcessForCommander],
  // The sources are ESM; in the CommonJS bundle import.meta.url is the bundle's URL.
  define: {'import.meta.url': '__bundleUrl'},
  banner: {js: "var __bundleUrl=require('node:url').pathToFileURL(__filename).href;"}
});

// Write the code cache: the loader writes it when it is missing.
const warm = spawnSync(process.execPath, [here('../bin/mmu-doc-lint.cjs'), '--no-config', '--format', 'json', here('../examples/mmu.rst')], {
  encoding: 'utf8'
});
if (warm.status !== 1) {
  process.stderr.write(`bundle: the CLI did not run as expected on the example (exit ${warm.status}): ${warm.stderr}`);
  process.exit(1);
}
