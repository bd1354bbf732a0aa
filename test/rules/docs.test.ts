/**
 * Every rule's doc page: its `ok` examples produce no message of the rule,
 * its `not-ok` examples exactly the listed ones. The docs cannot drift.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {lint} from '../../src/index.js';
import {rules} from '../../src/rules/index.js';
import {ROOT, formatMessage} from '../helpers/paths.js';
import {exampleOptions, examplesOf} from '../helpers/rule-docs.js';

const DOCS = join(ROOT, 'docs', 'rules');

const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md') && name !== 'FORMAT.md');

test('every rule has a doc page and every page a rule', () => {
  assert.deepEqual(
    pages.map((p) => p.replace(/\.md$/, '')).sort(),
    rules.map((r) => r.id).sort()
  );
});

for (const page of pages) {
  const id = page.replace(/\.md$/, '');
  const examples = examplesOf(readFileSync(join(DOCS, page), 'utf8'));
  test(`${id}: doc page has ok and not-ok examples`, () => {
    assert.ok(examples.some((e) => e.section === 'ok'), 'an ok example');
    assert.ok(examples.some((e) => e.section === 'not-ok'), 'a not-ok example');
  });
  for (const example of examples) {
    test(`${id}: ${page}:${example.line} (${example.section}${example.kernel ? `, ${example.kernel}` : ''})`, () => {
      const [file] = lint(example.rst, exampleOptions(id, example));
      const got = file.messages.filter((m) => m.ruleId === id).map((m) => formatMessage(m));
      if (example.section === 'ok') {
        assert.deepEqual(got, [], 'no message on an ok example');
      } else if (example.messages) {
        assert.deepEqual(got, example.messages);
      } else {
        assert.ok(got.length > 0, 'a not-ok example produces a message');
      }
    });
  }
}
