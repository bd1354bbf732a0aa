/**
 * `--explain ID`: the rule's doc page, parsed with remark-parse and rendered
 * for a terminal (headings, paragraphs, lists, code blocks).
 */
import {readFileSync} from 'node:fs';
import {packagePath} from '../util/package-root.js';
import type {Nodes, Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

export function docPath(id: string): string {
  return packagePath('docs', 'rules', `${id}.md`);
}

interface Style {
  bold(text: string): string;
  dim(text: string): string;
  code(text: string): string;
}

const plain: Style = {bold: (t) => t, dim: (t) => t, code: (t) => t};
const ansi: Style = {
  bold: (t) => `\u001B[1m${t}\u001B[22m`,
  dim: (t) => `\u001B[2m${t}\u001B[22m`,
  code: (t) => `\u001B[36m${t}\u001B[39m`
};

function inline(node: Nodes, style: Style): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return style.code(`\`${node.value}\``);
    case 'strong':
      return style.bold(node.children.map((c) => inline(c, style)).join(''));
    case 'emphasis':
      return node.children.map((c) => inline(c, style)).join('');
    case 'link':
      return `${node.children.map((c) => inline(c, style)).join('')} <${node.url}>`;
    case 'break':
      return '\n';
    default:
      return 'children' in node ? (node.children as Nodes[]).map((c) => inline(c, style)).join('') : 'value' in node ? String(node.value) : '';
  }
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

function block(node: Nodes, style: Style): string {
  switch (node.type) {
    case 'heading': {
      const text = node.children.map((c) => inline(c, style)).join('');
      return node.depth === 1 ? `${style.bold(text)}\n${'='.repeat(text.length)}` : style.bold(text);
    }
    case 'paragraph':
      return node.children.map((c) => inline(c, style)).join('');
    case 'code':
      return indent(style.dim(node.lang ? `[${node.lang}${node.meta ? ` ${node.meta}` : ''}]` : '') + (node.lang ? '\n' : '') + node.value, '    ');
    case 'list':
      return node.children
        .map((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
          const body = item.children.map((c) => block(c, style)).join('\n');
          return marker + indent(body, ' '.repeat(marker.length)).trimStart();
        })
        .join('\n');
    case 'blockquote':
      return indent(node.children.map((c) => block(c, style)).join('\n\n'), '  | ');
    case 'thematicBreak':
      return '--';
    case 'html':
      return '';
    default:
      return inline(node, style);
  }
}

export function renderMarkdown(markdown: string, color: boolean): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const style = color ? ansi : plain;
  return `${tree.children.map((node) => block(node, style)).filter(Boolean).join('\n\n')}\n`;
}

export async function explain(id: string, options: {color: boolean}): Promise<string> {
  return renderMarkdown(readFileSync(docPath(id), 'utf8'), options.color);
}
