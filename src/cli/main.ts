/**
 * The command line: `mmu-doc-lint [options] [path ...]`.
 * Exit codes: 0 no error finding, 1 an error finding, 2 usage or input failure.
 */
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander';
import {packagePath} from '../util/package-root.js';
import type {VFile} from 'vfile';
import {InputError, type Document} from '../inputs/types.js';
import type {Workflow} from '../inputs/workflow.js';
import type {RuleLevel, RuleSetting} from '../lint.js';

export interface CliIo {
  argv: string[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  readStdin?: () => Uint8Array;
}

interface Options {
  kernel?: string;
  format: string;
  rule: Record<string, RuleLevel>;
  ignoreMember: string[];
  quiet?: boolean;
  verbose?: boolean;
  listRules?: boolean;
  explain?: string;
  claims?: boolean;
  color?: boolean;
  all?: boolean;
  tree?: string;
  git?: string;
  /** A path from --config, false from --no-config. */
  config?: string | false;
}

function collectRule(value: string, previous: Options['rule']): Options['rule'] {
  const match = /^([a-z][a-z0-9-]*)=(on|off|warn|error)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected ID=on|off|warn|error, got "${value}"`);
  return {...previous, [match[1]]: match[2] as RuleLevel};
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

export function buildProgram(version: string): Command {
  return new Command('mmu-doc-lint')
    .description(
      "Check the shadow-page field list of the kernel's Documentation/virt/kvm/x86/mmu.rst against a\n" +
        'typed, kernel-version-aware spec of struct kvm_mmu_page and the KVM x86 MMU locking rules.\n' +
        'A path is an .rst file, a kernel tree, or - for standard input; with no path, the bundled example.'
    )
    .argument('[path...]', 'files (mmu.rst, a patch, an mbox, a quoted reply), kernel trees, or - for stdin')
    .option('-k, --kernel <version>', "target kernel version (v6.9, 6.12.117, 6.9-rc3); default: the tree's, else the newest known")
    .addOption(new Option('-f, --format <format>', 'pretty, json, checkpatch (b4 prep), b4-json (b4 review), sarif, github').default('pretty'))
    .option('-r, --rule <id=severity>', 'set a rule to off, warn, error, or on (its own severities); repeatable', collectRule, {})
    .option('--ignore-member <names>', 'members field-undocumented should not ask for (repeatable, comma-separated)', collect, [])
    .option('-q, --quiet', 'report errors only')
    .option('-v, --verbose', 'pretty: show the spec note and the doc page of every finding (errors always show their note)')
    .option('--claims', 'print the claims extracted from each description instead of findings')
    .option('--list-rules', 'list the rules and their default severities')
    .option('--explain <id>', "print a rule's documentation")
    .option('--no-color', 'no colour in pretty output')
    .option('--all', 'for patches: report every finding of the post-image, not only those on lines the patch adds')
    .option('--tree <dir>', 'kernel tree to apply patches to (default: the current directory when it is one)')
    .option('--git <range>', 'check the commits of a range (A..B, HEAD~3..HEAD, or -N for the last N) of the repository here')
    .option('--config <file>', 'configuration file (default: .mmu-doc-lint.json or package.json "mmu-doc-lint", found upward)')
    .option('--no-config', 'do not read any configuration file')
    .version(version, '-V, --version')
    .helpOption('-h, --help')
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
}

function fail(io: CliIo, message: string): number {
  io.stderr(`mmu-doc-lint: ${message}\n`);
  return 2;
}

/** Runs the CLI; returns the exit code. Never throws for bad input. */
export async function run(io: CliIo, version: string): Promise<number> {
  const program = buildProgram(version);
  let usageError: string | undefined;
  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => {
      usageError ??= text.trim().replace(/^error: /, '');
    }
  });
  try {
    program.parse(io.argv, {from: 'user'});
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return 0;
      return fail(io, `${usageError ?? error.message} (see --help)`);
    }
    throw error;
  }
  const options = program.opts<Options>();
  const paths = program.args;
  try {
    return await execute(io, options, paths, version);
  } catch (error) {
    if (error instanceof InputError) return fail(io, error.format());
    const name = (error as Error)?.name;
    if (name === 'VersionError') return fail(io, (error as Error).message);
    return fail(io, `internal error: ${(error as Error)?.message ?? String(error)} (please report it)`);
  }
}

async function execute(io: CliIo, options: Options, paths: string[], version: string): Promise<number> {
  const {formats, formatNames} = await import('../report/index.js');
  if (!(options.format in formats)) {
    throw new InputError(`unknown format "${options.format}": expected one of ${formatNames().join(', ')}`);
  }
  const {ruleIds, getRule, rules} = await import('../rules/index.js');
  for (const id of Object.keys(options.rule)) {
    if (!getRule(id)) throw new InputError(`unknown rule "${id}" in --rule: see --list-rules`);
  }
  if (options.listRules) {
    const width = Math.max(...rules.map((r) => r.id.length));
    for (const rule of rules) io.stdout(`${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(5)}  ${rule.description}\n`);
    return 0;
  }
  if (options.explain !== undefined) {
    if (!getRule(options.explain)) {
      throw new InputError(`unknown rule "${options.explain}": one of ${ruleIds().join(', ')}`);
    }
    const {explain} = await import('./explain.js');
    io.stdout(await explain(options.explain, {color: options.color !== false && io.isTTY}));
    return 0;
  }

  let config: import('../config/index.js').Config = {};
  if (options.config !== false) {
    const {loadConfig} = await import('../config/index.js');
    config = loadConfig(io.cwd, typeof options.config === 'string' ? options.config : undefined, ruleIds())?.config ?? {};
  }

  const {resolveKernel, lint} = await import('../lint.js');
  const {resolveInput, resolveTree} = await import('../inputs/index.js');
  const {clampVersion} = await import('../spec/version.js');
  const kernelOption = options.kernel ?? config.kernel;
  const kernel = kernelOption === undefined ? undefined : resolveKernel(kernelOption);
  const ruleSettings: Record<string, RuleSetting> = {...config.rules, ...options.rule};
  const ignoreMembers = options.ignoreMember.length > 0 ? options.ignoreMember : config.ignoreMembers ?? [];
  if (ignoreMembers.length > 0) {
    const current = ruleSettings['field-undocumented'] ?? 'on';
    const [level, ruleOptions] = Array.isArray(current) ? current : [current, {}];
    ruleSettings['field-undocumented'] = [level, {...ruleOptions, ignore: ignoreMembers}];
  }
  const all = options.all ?? config.all ?? false;

  const targets = paths.length > 0 ? paths : options.git !== undefined ? [] : [options.tree ?? exampleDocument()];
  const files: VFile[] = [];
  const documents: Document[] = [];
  let workflow: Workflow | undefined;
  const getWorkflow = async (): Promise<Workflow> => {
    if (workflow) return workflow;
    const {Workflow} = await import('../inputs/workflow.js');
    let tree: (Document & {dir: string}) | undefined;
    if (options.tree !== undefined) {
      tree = {...resolveTree(options.tree), dir: options.tree};
    } else if (options.git === undefined) {
      try {
        tree = {...resolveTree(io.cwd), dir: io.cwd};
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
    }
    workflow = new Workflow({kernel, rules: ruleSettings, all, tree, cwd: io.cwd});
    return workflow;
  };

  for (const path of targets) {
    const document = resolveInput(path, {readStdin: io.readStdin});
    if (document.kind !== undefined && document.kind !== 'rst') {
      const flow = await getWorkflow();
      const before = flow.files.length;
      await flow.checkText(document.text, document.path, document.kind);
      files.push(...flow.files.slice(before));
      continue;
    }
    if (options.claims) {
      // --claims reports what was understood, not findings: no lint run.
      documents.push(document);
      continue;
    }
    const target = kernel ?? document.kernel;
    const [file] = lint(document.text, {
      path: document.path,
      kernel: target === undefined ? undefined : clampVersion(target),
      rules: ruleSettings,
      tree: document.tree,
      wholeFile: document.wholeFile
    });
    files.push(file);
  }
  if (options.git !== undefined) {
    const flow = await getWorkflow();
    const before = flow.files.length;
    await flow.checkGit(options.git);
    files.push(...flow.files.slice(before));
  }

  if (options.claims) {
    const {printClaims} = await import('./claims.js');
    io.stdout(printClaims(documents, options.format));
    // An introspection mode: what was understood, not a verdict.
    return 0;
  } else {
    const formatter = await formats[options.format]();
    io.stdout(formatter(files, {quiet: options.quiet, verbose: options.verbose, color: options.color !== false && io.isTTY, notes: workflow?.notes, version}));
  }
  return files.some((file) => file.messages.some((message) => message.fatal === true)) ? 1 : 0;
}

/** The bundled example document, linted when no path is given. */
export function exampleDocument(): string {
  return packagePath('examples', 'mmu.rst');
}
