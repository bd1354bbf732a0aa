import assert from 'node:assert/strict';
import {test} from 'node:test';
import {validateConfig} from '../../src/config/index.js';
import {InputError} from '../../src/inputs/types.js';

const IDS = ['lock-mode', 'field-undocumented'];

function error(raw: unknown): string {
  try {
    validateConfig(raw, '.mmu-doc-lint.json', IDS);
  } catch (e) {
    assert.ok(e instanceof InputError);
    return e.format();
  }
  return 'no error';
}

test('a valid config', () => {
  assert.deepEqual(validateConfig({kernel: 'v6.12', rules: {'lock-mode': 'warn', 'field-undocumented': ['on', {ignore: ['link']}]}, ignoreMembers: ['rcu_head'], all: true}, 'c', IDS), {
    kernel: 'v6.12',
    rules: {'lock-mode': 'warn', 'field-undocumented': ['on', {ignore: ['link']}]},
    ignoreMembers: ['rcu_head'],
    all: true
  });
});

test('bad keys are named by their path', () => {
  assert.equal(error({rules: {'lock-mod': 'error'}}), '.mmu-doc-lint.json: rules.lock-mod: unknown rule (did you mean lock-mode?)');
  assert.equal(error({kernal: 'v6.12'}), '.mmu-doc-lint.json: kernal: unknown key (did you mean kernel?); expected one of kernel, rules, ignoreMembers, all');
  assert.equal(error({rules: {'lock-mode': 'loud'}}), '.mmu-doc-lint.json: rules.lock-mode: expected one of on, off, warn, error, got "loud"');
  assert.equal(error({rules: {'lock-mode': ['warn', 3]}}), '.mmu-doc-lint.json: rules.lock-mode[1]: expected an options object, got number 3');
  assert.equal(error({ignoreMembers: ['a', 2]}), '.mmu-doc-lint.json: ignoreMembers[1]: expected a member name, got number 2');
  assert.equal(error([]), '.mmu-doc-lint.json: expected an object, got an array');
});
