/** `--format json`: exactly vfile-reporter-json's shape (note, expected and url kept). */
import {reporterJson} from 'vfile-reporter-json';
import type {Formatter} from './index.js';

const json: Formatter = (files, options) => `${reporterJson(files, {silent: options.quiet ?? false})}\n`;

export default json;
