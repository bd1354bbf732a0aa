/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning services. One run; the
 * driver lists every rule (id, shortDescription, default level); results
 * carry ruleId, level (error / warning / note), message, and a region on a
 * path relative to the working directory. The patch line, when the input
 * was a patch, is in `properties.patchLine`. Deterministic: no timestamps,
 * no absolute paths, no machine-local URIs (helpUri needs an absolute URI,
 * and the docs' only stable address is the package itself: see
 * `mmu-doc-lint --explain <id>`, named in each rule's help text).
 */
import type {Formatter} from './index.js';
import {sortedMessages, visibleMessages} from './index.js';
import {rules} from '../rules/index.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

function levelOf(fatal: boolean | null | undefined): Level {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'note';
}

export function createSarif(files: Parameters<Formatter>[0], options: Parameters<Formatter>[1] & {version?: string}) {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = [];
  for (const file of files) {
    for (const message of sortedMessages(visibleMessages(file, options))) {
      const place = message.place;
      const region =
        place && 'start' in place
          ? {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
          : {startLine: message.line ?? 1, startColumn: message.column ?? 1};
      const result: Record<string, unknown> = {
        ruleId: message.ruleId ?? 'mmu-doc-lint',
        level: levelOf(message.fatal),
        message: {text: message.note ? `${message.reason}\n${message.note}` : message.reason},
        locations: [{physicalLocation: {artifactLocation: {uri: toUri(file.path)}, region}}]
      };
      const index = message.ruleId ? ruleIndex.get(message.ruleId) : undefined;
      if (index !== undefined) result.ruleIndex = index;
      const patchLine = (message as {patchLine?: number}).patchLine;
      const subject = file.data.patch?.subject;
      if (patchLine !== undefined || subject !== undefined) {
        result.properties = {...(subject !== undefined ? {patch: subject} : {}), ...(patchLine !== undefined ? {patchLine} : {})};
      }
      results.push(result);
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mmu-doc-lint',
            ...(options.version ? {version: options.version} : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: {text: rule.description},
              help: {text: `${rule.description}. Run \`mmu-doc-lint --explain ${rule.id}\` for the rule's page.`},
              defaultConfiguration: {level: levelOf(rule.defaultSeverity === 'error' ? true : rule.defaultSeverity === 'warn' ? false : undefined)}
            }))
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  };
}

/** A relative path as a URI reference (forward slashes, percent-encoded). */
function toUri(path: string): string {
  return path
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

const sarif: Formatter = (files, options) => `${JSON.stringify(createSarif(files, options), null, 2)}\n`;

export default sarif;
