/**
 * `--format b4-json`: b4's review protocol (`review-perpatch-check-cmd`): a
 * JSON array of `{tool, status: pass|warn|fail, summary, details}`, one
 * object per patch (or document) with warnings or errors, `[]` when clean.
 * Infos do not count, as in the checkpatch format. `details` starts with the
 * patch subject and lists the findings in the checkpatch line shape.
 */
import type {Formatter} from './index.js';
import {sortedMessages, visibleMessages} from './index.js';

interface B4Result {
  tool: 'mmu-doc-lint';
  status: 'pass' | 'warn' | 'fail';
  summary: string;
  details: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const b4Json: Formatter = (files, options) => {
  const results: B4Result[] = [];
  for (const file of files) {
    const messages = sortedMessages(visibleMessages(file, options)).filter((m) => m.fatal === true || m.fatal === false);
    if (messages.length === 0) continue;
    const errors = messages.filter((m) => m.fatal === true).length;
    const warnings = messages.length - errors;
    const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean);
    const subject = file.data.patch?.subject;
    const lines = messages.map(
      (m) => `${file.path}:${m.line ?? 1}: ${m.fatal ? 'ERROR' : 'WARNING'}: ${m.reason.replace(/\s*\n\s*/g, ' ')}${m.ruleId ? ` [${m.ruleId}]` : ''}`
    );
    results.push({
      tool: 'mmu-doc-lint',
      status: errors ? 'fail' : 'warn',
      summary: `${parts.join(', ')} in ${file.path}`,
      details: [subject, ...lines].filter((l) => l !== undefined).join('\n')
    });
  }
  return `${JSON.stringify(results, null, 2)}\n`;
};

export default b4Json;
