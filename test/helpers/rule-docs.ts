/** Reads the ok / not-ok examples of a rule doc page (docs/rules/FORMAT.md). */
import assert from 'node:assert/strict';
import type {Code, Heading, Root, RootContent} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {join} from 'node:path';
import {getSpec, type LintOptions} from '../../src/lint.js';
import {readTreeHeaders, readTreeLayout} from '../../src/spec/from-tree.js';
import {clampVersion, readKernelVersion} from '../../src/spec/version.js';
import {ROOT} from './paths.js';

export interface Example {
  section: 'ok' | 'not-ok';
  rst: string;
  kernel?: string;
  options?: Record<string, unknown>;
  /** A fixture kernel tree under test/fixtures/trees whose headers are the evidence. */
  tree?: string;
  messages?: string[];
  line: number;
}

function parseMeta(meta: string | null | undefined): Pick<Example, 'kernel' | 'options' | 'tree'> {
  const out: Pick<Example, 'kernel' | 'options' | 'tree'> = {};
  for (const part of (meta ?? '').split(/\s+/).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === 'kernel') out.kernel = value;
    else if (key === 'options') out.options = JSON.parse(value) as Record<string, unknown>;
    else if (key === 'tree') out.tree = value;
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


/** Lint options for an example: kernel, this rule's options, tree evidence. */
export function exampleOptions(id: string, example: Example): LintOptions {
  const options: LintOptions = {kernel: example.kernel};
  if (example.options) options.rules = {[id]: ['on', example.options]};
  if (example.tree) {
    const dir = join(ROOT, 'test', 'fixtures', 'trees', example.tree);
    const headers = readTreeHeaders(dir);
    assert.ok(headers, `fixture tree ${example.tree}`);
    const version = readKernelVersion(headers.makefile);
    assert.ok(version);
    options.kernel ??= version.id;
    const {layout, drift} = readTreeLayout(headers, clampVersion(version), getSpec());
    options.tree = {layout, evidence: {path: dir, drift}};
  }
  return options;
}
