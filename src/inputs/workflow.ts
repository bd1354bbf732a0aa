/**
 * The pre-submit workflow: patches (format-patch mails, mboxes, plain diffs,
 * quoted replies) and git ranges → one report (a VFile) per patch that
 * touches mmu.rst.
 *
 * With a kernel tree, each patch is applied to the tree's mmu.rst (patches
 * cumulatively, in input order) and the real post-image is linted at the
 * tree's version. Without one, each hunk's new side is linted on its own and
 * the rules that need the whole file are off. Only findings on lines the
 * patch adds are kept (like checkpatch), plus — with a tree — findings the
 * patch introduces elsewhere (an entry removed: the member is now
 * undocumented); `all` keeps everything.
 */
import {join, relative, isAbsolute} from 'node:path';
import {readFileSync} from 'node:fs';
import {VFile} from 'vfile';
import {lint, type RuleSetting} from '../lint.js';
import {clampVersion, readKernelVersion} from '../spec/version.js';
import type {ParsedVersion} from '../spec/types.js';
import {applyDiff, ApplyError} from './apply.js';
import {detectKind, type InputKind} from './detect.js';
import {parseMail, splitMbox, toLines, type Mail} from './mail.js';
import {parseDiff, type FileDiff, type Hunk} from './patch.js';
import {quotePrefix, unquote} from './quoted.js';
import {InputError, type Document} from './types.js';

/** The mmu.rst paths a patch may touch (older names are not patched any more). */
export const PATCH_TARGETS = ['Documentation/virt/kvm/x86/mmu.rst', 'Documentation/virt/kvm/mmu.rst'];

const LEAD_IN = 'Shadow pages contain the following information:';

/** What a report VFile carries in `file.data`. */
export interface PatchData {
  /** The patch subject (or `<sha12> subject` for --git, or the input label for a plain diff). */
  subject: string;
  /** The input the patch came from (file name, `<stdin>`, or the commit id). */
  input: string;
  /** True when the hunks were linted alone (no tree). */
  standalone: boolean;
}

/** Each reported message carries the patch line it comes from, when it is inside a hunk. */
export interface PatchMessageData {
  patchLine?: number;
}

export interface WorkflowOptions {
  /** Target kernel chosen by the user (CLI or config); else the tree's / commit's version. */
  kernel?: ParsedVersion;
  rules: Record<string, RuleSetting>;
  /** Report every finding of the post-image, not only those the patch introduces. */
  all?: boolean;
  /** A kernel tree to apply patches to. */
  tree?: Document & {dir: string};
  cwd: string;
}

export const STANDALONE_NOTE =
  'no kernel tree: each hunk was linted on its own, so the rules that need the whole file (field-undocumented) were off; run in a kernel tree or pass --tree DIR';

export class Workflow {
  readonly files: VFile[] = [];
  /** Notes for the pretty report (never on stderr: b4 counts stderr lines as failures). */
  readonly notes: string[] = [];
  /** Current content per path, patches applied cumulatively. */
  private readonly contents = new Map<string, string>();
  private readonly options: WorkflowOptions;

  constructor(options: WorkflowOptions) {
    this.options = options;
  }

  /** A patch-carrying input (kind from detectKind). */
  checkText(text: string, label: string, kind: InputKind = detectKind(text)): void {
    const lines = toLines(text, label);
    const messages = kind === 'mbox' || kind === 'mail' ? splitMbox(lines) : [lines];
    const several = messages.length > 1;
    for (const message of messages) {
      const mail: Mail = kind === 'diff' ? {body: message, line: message[0]?.line ?? 1} : parseMail(message, label);
      let body = mail.body;
      let lenient = false;
      if (kind === 'quoted') {
        const prefix = quotePrefix(body);
        if (prefix === undefined) continue;
        body = unquote(body, prefix);
        lenient = true;
      }
      const subject = mail.subject ?? label;
      const errorLabel = several ? `${label} (${JSON.stringify(subject)})` : label;
      const diffs = parseDiff(body, {label: errorLabel, lenient});
      this.checkDiffs(diffs, {subject, input: label, errorLabel});
    }
  }

  /** `--git RANGE`: one report per commit, each applied to its parent's mmu.rst. */
  async checkGit(range: string): Promise<void> {
    const {gitCommits, gitFormatPatch, gitShow, gitTopLevel} = await import('./git.js');
    const top = gitTopLevel(this.options.cwd);
    for (const sha of gitCommits(top, range)) {
      const mailText = gitFormatPatch(top, sha);
      const short = sha.slice(0, 12);
      const [message] = splitMbox(toLines(mailText, short));
      const mail = parseMail(message ?? [], short);
      const diffs = parseDiff(mail.body, {label: short});
      const makefile = gitShow(top, sha, 'Makefile');
      const version = makefile === undefined ? undefined : readKernelVersion(makefile);
      this.checkDiffs(diffs, {
        subject: `${short} ${(mail.subject ?? '').replace(/^\[PATCH[^\]]*\]\s*/, '')}`.trim(),
        input: short,
        errorLabel: short,
        preImage: (path) => gitShow(top, `${sha}^`, path),
        kernel: version,
        root: top
      });
    }
  }

  private checkDiffs(
    diffs: FileDiff[],
    patch: {subject: string; input: string; errorLabel: string; preImage?: (path: string) => string | undefined; kernel?: ParsedVersion; root?: string}
  ): void {
    for (const diff of diffs) {
      if (diff.newPath === null || !PATCH_TARGETS.includes(diff.newPath)) continue;
      if (diff.binary) throw new InputError(`binary diff of ${diff.newPath}: mmu.rst is text, this patch is broken`, patch.errorLabel, diff.line);
      if (diff.hunks.length === 0) continue;
      if (patch.preImage || this.options.tree) this.checkApplied(diff, patch);
      else this.checkStandalone(diff, patch);
    }
  }

  private rulesFor(kernel: ParsedVersion | undefined, whole: boolean, text: string, path: string, tree?: Document['tree']): VFile {
    const target = this.options.kernel ?? kernel;
    const [file] = lint(text, {
      path,
      kernel: target === undefined ? undefined : clampVersion(target),
      rules: this.options.rules,
      tree,
      wholeFile: whole
    });
    return file;
  }

  private reportPath(path: string, root: string | undefined): string {
    if (!root) return path;
    const absolute = join(root, path);
    const rel = relative(this.options.cwd, absolute);
    return rel === '' || isAbsolute(rel) ? absolute : rel;
  }

  private checkApplied(
    diff: FileDiff,
    patch: {subject: string; input: string; errorLabel: string; preImage?: (path: string) => string | undefined; kernel?: ParsedVersion; root?: string}
  ): void {
    const tree = this.options.tree;
    const root = patch.root ?? tree?.dir;
    const newPath = diff.newPath!;
    let pre = '';
    if (diff.oldPath !== null) {
      if (!PATCH_TARGETS.includes(diff.oldPath)) {
        throw new InputError(`patch renames ${diff.oldPath} to ${newPath}: only mmu.rst paths are read`, patch.errorLabel, diff.line);
      }
      const current = this.contents.get(diff.oldPath) ?? (patch.preImage ? patch.preImage(diff.oldPath) : readTreeFile(tree!.dir, diff.oldPath));
      if (current === undefined) {
        throw new InputError(`patch changes ${diff.oldPath}, which is not in the tree ${root ?? ''}`.trimEnd(), patch.errorLabel, diff.line);
      }
      pre = current;
    }
    let applied;
    try {
      applied = applyDiff(pre, diff);
    } catch (error) {
      if (error instanceof ApplyError) {
        throw new InputError(
          `hunk #${error.index + 1} of ${newPath} does not apply to ${patch.preImage ? 'the parent commit' : `the tree's ${diff.oldPath ?? newPath}`} (neither does its new side: the tree is neither before nor after this patch)`,
          patch.errorLabel,
          error.hunk.line
        );
      }
      throw error;
    }
    if (!patch.preImage) {
      if (diff.oldPath !== null && diff.oldPath !== newPath) this.contents.delete(diff.oldPath);
      this.contents.set(newPath, applied.text);
    }
    const kernel = patch.kernel ?? tree?.kernel;
    const path = this.reportPath(newPath, root);
    const post = this.rulesFor(kernel, true, applied.text, path, patch.preImage ? undefined : tree?.tree);
    const hunkLines = newSideLines(diff);
    const baseline = new Map<string, number>();
    if (!this.options.all && !applied.alreadyApplied && pre !== '') {
      for (const m of this.rulesFor(kernel, true, pre, path, patch.preImage ? undefined : tree?.tree).messages) {
        const key = keyOf(m);
        baseline.set(key, (baseline.get(key) ?? 0) + 1);
      }
    }
    const report = this.newReport(path, patch, false);
    for (const message of post.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.line : message.line ?? 1;
      const end = message.place && 'end' in message.place ? message.place.end.line : start;
      let keep = this.options.all === true;
      let patchLine: number | undefined;
      for (let l = start; l <= end; l++) {
        if (applied.added.has(l)) {
          keep = true;
          patchLine = applied.added.get(l);
          break;
        }
      }
      if (!keep) {
        const key = keyOf(message);
        const seen = baseline.get(key) ?? 0;
        if (seen > 0) baseline.set(key, seen - 1);
        else keep = !applied.alreadyApplied;
      }
      if (!keep) continue;
      patchLine ??= applied.alreadyApplied ? undefined : hunkLines.get(start);
      copyMessage(report, message, (l) => l, patchLine);
    }
    this.files.push(report);
  }

  private checkStandalone(diff: FileDiff, patch: {subject: string; input: string; errorLabel: string}): void {
    if (!this.notes.includes(STANDALONE_NOTE)) this.notes.push(STANDALONE_NOTE);
    const path = diff.newPath!;
    const report = this.newReport(path, patch, true);
    for (const hunk of diff.hunks) {
      const fragment = fragmentOf(hunk);
      if (!fragment) continue;
      const file = this.rulesFor(undefined, false, fragment.text, path);
      for (const message of file.messages) {
        const start = message.place && 'start' in message.place ? message.place.start.line : message.line ?? 1;
        const end = message.place && 'end' in message.place ? message.place.end.line : start;
        let patchLine: number | undefined;
        let keep = this.options.all === true;
        for (let l = start; l <= end; l++) {
          const source = fragment.lines[l - 1];
          if (source && source.op === '+') {
            keep = true;
            patchLine = source.line;
            break;
          }
        }
        const first = fragment.lines[start - 1];
        if (!keep || !first) continue;
        patchLine ??= first.line;
        copyMessage(report, message, (l) => fragment.lines[l - 1]?.newLine ?? first.newLine, patchLine);
      }
    }
    this.files.push(report);
  }

  private newReport(path: string, patch: {subject: string; input: string}, standalone: boolean): VFile {
    const file = new VFile({path});
    const data: PatchData = {subject: patch.subject, input: patch.input, standalone};
    file.data.patch = data;
    return file;
  }
}

function keyOf(message: {ruleId?: string | null; reason: string}): string {
  return `${message.ruleId ?? ''}\u0000${message.reason}`;
}

function readTreeFile(dir: string, path: string): string | undefined {
  try {
    return readFileSync(join(dir, path), 'utf8');
  } catch {
    return undefined;
  }
}

/** Post-image line → patch line for every new-side line of every hunk (context and added). */
function newSideLines(diff: FileDiff): Map<number, number> {
  const map = new Map<number, number>();
  for (const hunk of diff.hunks) {
    let n = hunk.newStart;
    for (const line of hunk.lines) {
      if (line.op === '-') continue;
      map.set(n++, line.line);
    }
  }
  return map;
}

interface FragmentLine {
  op: ' ' | '+' | 'lead-in';
  /** Patch line. */
  line: number;
  /** Post-image line. */
  newLine: number;
}

/**
 * The new side of one hunk as a document of its own: from the field list's
 * lead-in if the hunk has it, else from the hunk's first entry term, under a
 * lead-in line of our own so the entries parse as the field list.
 */
export function fragmentOf(hunk: Hunk): {text: string; lines: FragmentLine[]} | undefined {
  const side: Array<{op: ' ' | '+'; text: string; line: number; newLine: number}> = [];
  let n = hunk.newStart;
  for (const l of hunk.lines) if (l.op !== '-') side.push({op: l.op, text: l.text, line: l.line, newLine: n++});
  if (!side.some((l) => l.op === '+')) return undefined;
  const lines: FragmentLine[] = [];
  const texts: string[] = [];
  let from = side.findIndex((l) => l.text.includes(LEAD_IN));
  if (from < 0) {
    from = side.findIndex((l) => /^ {1,8}[^\s:][^:]*:\s*$/.test(l.text));
    if (from < 0) return undefined;
    texts.push(LEAD_IN);
    lines.push({op: 'lead-in', line: side[from].line, newLine: side[from].newLine});
  }
  for (const l of side.slice(from)) {
    texts.push(l.text);
    lines.push({op: l.op, line: l.line, newLine: l.newLine});
  }
  return {text: texts.join('\n') + '\n', lines};
}

type Message = VFile['messages'][number];

/** Copies `message` into `report`, moving its lines with `lineOf`. */
function copyMessage(report: VFile, message: Message, lineOf: (line: number) => number, patchLine: number | undefined): void {
  const place = message.place;
  let moved: Message['place'];
  if (place && 'start' in place) {
    moved = {
      start: {line: lineOf(place.start.line), column: place.start.column},
      end: {line: lineOf(place.end.line), column: place.end.column}
    };
  } else if (place) {
    moved = {line: lineOf(place.line), column: place.column};
  }
  const copy = report.message(message.reason, {place: moved, ruleId: message.ruleId ?? undefined, source: message.source ?? undefined});
  copy.fatal = message.fatal;
  if (message.note) copy.note = message.note;
  if (message.expected) copy.expected = message.expected;
  if (message.actual) copy.actual = message.actual;
  if (message.url) copy.url = message.url;
  if (patchLine !== undefined) (copy as Message & PatchMessageData).patchLine = patchLine;
}

declare module 'vfile' {
  interface DataMap {
    patch: PatchData;
  }
}

