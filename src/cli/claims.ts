/** `--claims`: what the extractor understood, per sentence, per document. */
import {extractClaims} from '../claims/index.js';
import {formatClaims, claimsToJson} from '../claims/format.js';
import {findFields} from '../fields/index.js';
import type {Document} from '../inputs/types.js';
import {getSpec} from '../lint.js';
import {parseRst} from '../rst/index.js';

export function printClaims(documents: Document[], format: string): string {
  const spec = getSpec();
  const out: unknown[] = [];
  let text = '';
  for (const document of documents) {
    const tree = parseRst(document.text);
    const model = findFields(tree, document.text, {isKnownName: (name) => spec.history(name).length > 0});
    const claims = model ? extractClaims(model) : [];
    if (format === 'json') out.push({path: document.path, claims: claimsToJson(claims)});
    else {
      const shown = formatClaims(claims);
      text += `${document.path}\n${shown}${shown.endsWith('\n') ? '' : '\n'}`;
    }
  }
  return format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : text;
}
