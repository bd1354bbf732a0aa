/**
 * `--format checkpatch`: b4's `prep-perpatch-check-cmd` contract, checkpatch's
 * `--terse --showfile` shape. One line per finding,
 * `path:line: ERROR: reason [rule-id]` or `WARNING:`, nothing at all when
 * clean, no summary, no headings (b4 counts every stdout line as a finding).
 * Infos are not printed, as checkpatch prints CHECK only under --strict.
 */
import type {Formatter} from './index.js';
import {sortedMessages, visibleMessages} from './index.js';

const checkpatch: Formatter = (files, options) => {
  let out = '';
  for (const file of files) {
    for (const message of sortedMessages(visibleMessages(file, options))) {
      if (message.fatal !== true && message.fatal !== false) continue;
      const level = message.fatal ? 'ERROR' : 'WARNING';
      const reason = message.reason.replace(/\s*\n\s*/g, ' ');
      out += `${file.path}:${message.line ?? 1}: ${level}: ${reason}${message.ruleId ? ` [${message.ruleId}]` : ''}\n`;
    }
  }
  return out;
};

export default checkpatch;
