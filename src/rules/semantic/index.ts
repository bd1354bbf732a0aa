/**
 * The semantic rules (locking claims and field semantics). Each rule lives in
 * its own file in this folder and is listed here.
 */
import type {Rule} from '../types.js';
import lockMode from './lock-mode.js';
import lockName from './lock-name.js';
import atomicity from './atomicity.js';
import valueDomain from './value-domain.js';
import vcpuBlocking from './vcpu-blocking.js';
import mmuFlavor from './mmu-flavor.js';
import initialValue from './initial-value.js';
import fieldNature from './field-nature.js';

export const semanticRules: Rule[] = [lockMode, lockName, atomicity, valueDomain, vcpuBlocking, mmuFlavor, initialValue, fieldNature];
