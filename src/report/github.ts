/**
 * `--format github`: GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::<message>`
 * (`::warning`, `::notice` for infos). The message escapes `%`, CR and LF;
 * property values also `:` and `,`.
 */
import type {Formatter} from './index.js';
import {sortedMessages, visibleMessages} from './index.js';

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: Formatter = (files, options) => {
  let out = '';
  for (const file of files) {
    for (const message of sortedMessages(visibleMessages(file, options))) {
      const command = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice';
      const place = message.place;
      const props: string[] = [`file=${escapeProperty(file.path)}`];
      if (place && 'start' in place) {
        props.push(`line=${place.start.line}`, `col=${place.start.column}`, `endLine=${place.end.line}`, `endColumn=${place.end.column}`);
      } else {
        props.push(`line=${message.line ?? 1}`, `col=${message.column ?? 1}`);
      }
      if (message.ruleId) props.push(`title=${escapeProperty(message.ruleId)}`);
      let text = message.reason;
      if (message.note) text += `\n${message.note}`;
      out += `::${command} ${props.join(',')}::${escapeData(text)}\n`;
    }
  }
  return out;
};

export default github;
