/** `--format pretty`: vfile-reporter's terminal output. */
import {reporter} from 'vfile-reporter';
import type {Formatter} from './index.js';

const pretty: Formatter = (files, options) => {
  const out = reporter(files, {quiet: false, silent: options.quiet ?? false, color: options.color ?? false, verbose: false});
  return out ? `${out}\n` : '';
};

export default pretty;
