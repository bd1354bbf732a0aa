/**
 * Normalised block structure of our RST tree, in the same line format as
 * test/oracle/doctree.py prints for docutils' doctree.
 */
import {rstToString} from '../../src/rst/index.js';
import type {RstBlock, RstNode, RstRoot} from '../../src/rst/index.js';

const NAMES: Record<string, string> = {
  bulletList: 'bullet_list', enumeratedList: 'enumerated_list', listItem: 'list_item',
  definitionList: 'definition_list', definitionListItem: 'definition_list_item', definition: 'definition',
  fieldList: 'field_list', field: 'field', fieldBody: 'field_body', optionList: 'option_list',
  lineBlock: 'line_block', blockQuote: 'block_quote', section: 'section', footnote: 'footnote', citation: 'citation',
};

function dump(node: RstBlock, depth: number, out: string[], inLineBlock: boolean): void {
  const ind = '  '.repeat(depth);
  switch (node.type) {
    case 'title':
    case 'term':
    case 'classifier':
      out.push(`${ind}${node.type} ${JSON.stringify(rstToString(node))}`);
      return;
    case 'fieldName':
      out.push(`${ind}field_name ${JSON.stringify(rstToString(node))}`);
      return;
    case 'paragraph':
      out.push(inLineBlock ? `${ind}line` : `${ind}paragraph ${JSON.stringify(rstToString(node))}`);
      return;
    case 'literalBlock':
      out.push(`${ind}literal_block ${JSON.stringify(node.value)}`);
      return;
    case 'doctestBlock':
      out.push(`${ind}doctest_block`);
      return;
    case 'comment':
    case 'table':
    case 'target':
    case 'transition':
      out.push(ind + node.type);
      return;
    case 'substitutionDefinition':
      out.push(`${ind}substitution_definition`);
      return;
    case 'directive':
      out.push(`${ind}directive ${node.name}`);
      for (const c of node.children) dump(c, depth + 1, out, false);
      return;
    case 'enumeratedList':
      out.push(`${ind}enumerated_list ${node.enumtype}`);
      break;
    default:
      out.push(ind + (NAMES[node.type] ?? node.type));
  }
  for (const c of (node as {children: RstBlock[]}).children) dump(c, depth + 1, out, node.type === 'lineBlock');
}

export function normalize(root: RstRoot | RstNode): string[] {
  const out: string[] = [];
  for (const c of (root as RstRoot).children) dump(c, 0, out, false);
  return out;
}
