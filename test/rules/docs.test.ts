/**
 * Every rule's doc page: its `ok` examples produce no message of the rule,
 * its `not-ok` examples exactly the listed ones. The docs cannot drift.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import type {Code, Heading, Root, RootContent} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {lint} from '../../src/index.js';
import {rules} from '../../src/rules/index.js';
import {ROOT, formatMessage} from '../helpers/paths.js';

const DOCS = join(ROOT, 'docs', 'rules');

interface Example {
  section: 'ok' | 'not-ok';
  rst: string;
  kernel?: string;
  options?: Record<string, unknown>;
  messages?: string[];
  line: number;
}

function parseMeta(meta: string | null | undefined): {kernel?: string; options?: Record<string, unknown>} {
  const out: {kernel?: string; options?: Record<string, unknown>} = {};
  for (const part of (meta ?? '').split(/\s+/).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === 'kernel') out.kernel = value;
    else if (key === 'options') out.options = JSON.parse(value) as Record<string, unknown>;
    else throw new Error(`unknown example attribute "${key}"`);
  }
  return out;
}

export function examplesOf(markdown: string): Example[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const examples: Example[] = [];
  let section: 'ok' | 'not-ok' | undefined;
  const nodes: RootContent[] = tree.children;
  for (const node of nodes) {
    if (node.type === 'heading') {
      const text = (node as Heading).children.map((c) => ('value' in c ? c.value : '')).join('').trim();
      section = text === 'ok' ? 'ok' : text === 'not-ok' ? 'not-ok' : (node as Heading).depth <= 2 ? undefined : section;
      continue;
    }
    if (node.type !== 'code' || !section) continue;
    const code = node as Code;
    if (code.lang === 'rst') {
      examples.push({section, rst: `${code.value}\n`, ...parseMeta(code.meta), line: code.position?.start.line ?? 0});
    } else if (code.lang === 'messages') {
      const last = examples[examples.length - 1];
      assert.ok(last, 'a messages block follows an rst block');
      last.messages = code.value.split('\n').filter((l) => l.trim() !== '');
    }
  }
  return examples;
}

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
      const [file] = lint(example.rst, {
        kernel: example.kernel,
        rules: example.options ? {[id]: ['on', example.options]} : undefined
      });
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
