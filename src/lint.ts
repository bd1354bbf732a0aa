/**
 * The pipeline: RST text → tree → field model → rules (for one target kernel
 * version) → vfile messages. `mmuDocLint` is the unified transformer plugin;
 * `lint()` runs parser and transformer on one text.
 */
import type {Position} from 'unist';
import type {Processor} from 'unified';
import {VFile} from 'vfile';
import {location} from 'vfile-location';
import type {Claim} from './claims/types.js';
import {extractClaims} from './claims/index.js';
import {findFields} from './fields/index.js';
import {parseRst} from './rst/index.js';
import type {RstRoot} from './rst/types.js';
import {rules as allRules, getRule, ruleIds} from './rules/index.js';
import type {FindingSeverity, Rule, RuleContext, Severity, TreeEvidence} from './rules/types.js';
import {createSpecView} from './spec/kvm-mmu/index.js';
import type {ParsedVersion, StructLayout} from './spec/types.js';
import {parseVersion} from './spec/version.js';
import {suppress} from './suppress/index.js';
import type {SpecView} from './spec/view.js';
import {packagePath} from './util/package-root.js';
import {pathToFileURL} from 'node:url';

/** `on` keeps the rule's own severities; `warn` / `error` force one. */
export type RuleLevel = Severity | 'on';
export type RuleSetting = RuleLevel | [RuleLevel, Record<string, unknown>];

export interface LintOptions {
  /** Target kernel version (`v6.9`, `6.12.117`, …); default: the newest the spec knows. */
  kernel?: string | ParsedVersion;
  /** Per-rule severity, optionally with options: `{'field-undocumented': ['warn', {ignore: ['link']}]}`. */
  rules?: Record<string, RuleSetting>;
  /** The file path to report. */
  path?: string;
  /** A layout read from a kernel tree, with its drift against the spec. */
  tree?: {layout: StructLayout; evidence: TreeEvidence};
  /** False for a lone hunk: rules that need the whole document are switched off. */
  wholeFile?: boolean;
}

const SOURCE = 'mmu-doc-lint';
const DOCS_BASE = `${pathToFileURL(packagePath('docs', 'rules')).href}/`;

let specView: SpecView | undefined;
/** The struct spec, built once per process. */
export function getSpec(): SpecView {
  specView ??= createSpecView();
  return specView;
}

export function resolveKernel(kernel: string | ParsedVersion | undefined): ParsedVersion {
  if (kernel === undefined) return getSpec().newest;
  return typeof kernel === 'string' ? parseVersion(kernel) : kernel;
}

function settingOf(rule: Rule, options: LintOptions): {severity: Severity | undefined; options: Record<string, unknown>} {
  const setting = options.rules?.[rule.id];
  if (setting === undefined) return {severity: undefined, options: {}};
  const [level, ruleOptions] = Array.isArray(setting) ? setting : [setting, {}];
  return {severity: level === 'on' ? undefined : level, options: ruleOptions ?? {}};
}

function fatalOf(severity: FindingSeverity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warn' ? false : undefined;
}

/** The unified transformer: runs every enabled rule on the tree. */
export function mmuDocLint(this: Processor | void, options: LintOptions = {}) {
  const spec = getSpec();
  const kernel = resolveKernel(options.kernel);
  const layout = options.tree?.layout ?? spec.layoutAt(kernel);
  return function transform(tree: RstRoot, file: VFile): void {
    const text = String(file.value);
    const locator = location(text);
    const model = findFields(tree, text, {
      isKnownName: (name) => spec.history(name).length > 0,
      locator
    });
    let claims: readonly Claim[] | undefined;
    const point = (offset: number) => {
      const p = locator.toPoint(offset);
      return {line: p?.line ?? 1, column: p?.column ?? 1, offset};
    };
    for (const rule of allRules) {
      const setting = settingOf(rule, options);
      if (setting.severity === 'off') continue;
      if (rule.needsWholeFile && options.wholeFile === false) continue;
      const context: RuleContext = {
        file,
        text,
        tree,
        model,
        kernel,
        layout,
        spec,
        evidence: options.tree?.evidence,
        options: setting.options,
        claims: () => (claims ??= model ? extractClaims(model) : []),
        place: (start: number, end: number): Position => ({start: point(start), end: point(end)})
      };
      for (const finding of rule.check(context)) {
        const severity: FindingSeverity =
          setting.severity === 'warn' ? 'warn' : setting.severity === 'error' ? 'error' : finding.severity ?? rule.defaultSeverity;
        const message = file.message(finding.reason, {place: finding.place, ruleId: rule.id, source: SOURCE});
        message.fatal = fatalOf(severity);
        if (finding.note) message.note = finding.note;
        if (finding.expected) message.expected = finding.expected;
        message.url = `${DOCS_BASE}${rule.id}.md`;
      }
    }
    const unused = getRule('suppression-unused');
    const unusedSetting = unused ? settingOf(unused, options).severity : 'off';
    suppress(tree, file, {
      unused: unusedSetting === 'off' ? 'off' : unusedSetting ?? unused!.defaultSeverity,
      known: ruleIds(),
      url: `${DOCS_BASE}suppression-unused.md`
    });
    file.messages.sort(compareMessages);
  };
}

/** By place; messages at one place keep the rules' order (sort is stable). */
function compareMessages(a: {line?: number; column?: number}, b: typeof a): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Lints one RST text; returns its vfile (in an array, as reporters take).
 * This is `unified().use(rstParse).use(mmuDocLint, options)` run by hand:
 * the same parser and transformer, without loading unified at start-up.
 */
export function lint(text: string | VFile, options: LintOptions = {}): VFile[] {
  const file = typeof text === 'string' ? new VFile({value: text, path: options.path}) : text;
  mmuDocLint(options)(parseRst(String(file.value)), file);
  return [file];
}
