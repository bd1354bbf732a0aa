/**
 * `--format pretty`: vfile-reporter's terminal output. A patch's report is
 * headed by the mmu.rst path and the patch subject, and each finding says
 * which patch line it comes from; run-level notes (e.g. that coverage rules
 * were off without a kernel tree) close the report, on stdout.
 */
import {VFile} from 'vfile';
import {reporter} from 'vfile-reporter';
import type {Formatter} from './index.js';

type Message = VFile['messages'][number];

/**
 * A copy for display: a patch's file is headed by its subject and each
 * finding names its patch line; notes (the spec fact and its citation) are
 * kept for errors, and URLs and warnings' notes only when verbose.
 */
function forDisplay(file: VFile, verbose: boolean): VFile {
  const patch = file.data.patch;
  const copy = new VFile({path: file.path});
  // vfile-reporter heads a file with history[0] and sorts files by path (the
  // last entry): patches of one mmu.rst keep their input order.
  if (patch) copy.history = [`${file.path} (${patch.subject})`, file.path];
  for (const message of file.messages) {
    const patchLine = (message as Message & {patchLine?: number}).patchLine;
    const reason = patchLine === undefined ? message.reason : `${message.reason} (patch line ${patchLine})`;
    const shown = copy.message(reason, {place: message.place, ruleId: message.ruleId ?? undefined, source: message.source ?? undefined});
    shown.fatal = message.fatal;
    if (message.note && (verbose || message.fatal === true)) {
      shown.note = message.expected?.length ? `${message.note}\nSuggested: ${message.expected.map((text) => text.replace(/\s+/g, ' ')).join(' | ')}` : message.note;
    }
    if (message.url && verbose) shown.url = message.url;
  }
  return copy;
}

const pretty: Formatter = (files, options) => {
  const shown = files.map((file) => forDisplay(file, options.verbose ?? false));
  let out = reporter(shown, {quiet: false, silent: options.quiet ?? false, color: options.color ?? false, verbose: true});
  out = out ? `${out}\n` : '';
  for (const note of options.notes ?? []) out += `note: ${note}\n`;
  return out;
};

export default pretty;
