/**
 * The semantic rules (locking claims and field semantics). Each rule lives in
 * its own file in this folder and is listed here.
 */
import type {Rule} from '../types.js';

export const semanticRules: Rule[] = [];
