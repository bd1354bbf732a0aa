/**
 * Configuration: `.mmu-doc-lint.json`, or the `"mmu-doc-lint"` key of a
 * package.json, found from the working directory upward (the nearest wins);
 * `--config FILE` names one, `--no-config` skips the search.
 *
 * ```json
 * {"kernel": "v6.12", "rules": {"lock-mode": "warn", "field-undocumented": ["on", {"ignore": ["link"]}]},
 *  "ignoreMembers": ["rcu_head"], "all": false}
 * ```
 *
 * Validated by the small schema below rather than zod: importing zod costs
 * ~50 ms (measured: `await import('zod')` 54 ms, `zod/mini` 47 ms, against a
 * 3 ms allowance), more than the whole lint. Errors name the key path:
 * `.mmu-doc-lint.json: rules.lock-mod: unknown rule (did you mean lock-mode?)`.
 */
import {readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve, isAbsolute} from 'node:path';
import {InputError} from '../inputs/types.js';
import {editDistance} from '../util/edit-distance.js';
import type {RuleSetting} from '../lint.js';

export interface Config {
  kernel?: string;
  rules?: Record<string, RuleSetting>;
  ignoreMembers?: string[];
  all?: boolean;
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from (relative to cwd when below it). */
  path: string;
}

export const CONFIG_FILE = '.mmu-doc-lint.json';
export const PACKAGE_KEY = 'mmu-doc-lint';

const LEVELS = ['on', 'off', 'warn', 'error'];
const KEYS = ['kernel', 'rules', 'ignoreMembers', 'all'];

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function readJson(path: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${code ?? (error as Error).message}`, label);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON: ${(error as Error).message}`, label);
  }
}

/** The nearest config from `cwd` upward, or undefined. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const file = join(dir, CONFIG_FILE);
    if (isFile(file)) return file;
    const pkg = join(dir, 'package.json');
    if (isFile(pkg)) {
      try {
        const json = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown>;
        if (json && typeof json === 'object' && PACKAGE_KEY in json) return pkg;
      } catch {
        // A broken package.json that is not ours to judge: keep looking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Loads `explicit` (from --config) or the discovered config; undefined when there is none. */
export function loadConfig(cwd: string, explicit: string | undefined, ruleIds: readonly string[]): LoadedConfig | undefined {
  const path = explicit === undefined ? findConfig(cwd) : resolve(cwd, explicit);
  if (path === undefined) return undefined;
  const label = display(path, cwd);
  let raw = readJson(path, label);
  if (path.endsWith('package.json') && explicit === undefined) raw = (raw as Record<string, unknown>)[PACKAGE_KEY];
  else if (path.endsWith('package.json') && raw && typeof raw === 'object' && PACKAGE_KEY in raw) raw = (raw as Record<string, unknown>)[PACKAGE_KEY];
  return {config: validateConfig(raw, label, ruleIds), path: label};
}

/** Checks a config value against the schema; throws InputError naming the bad key's path. */
export function validateConfig(raw: unknown, label: string, ruleIds: readonly string[]): Config {
  const bad = (path: string, message: string): never => {
    throw new InputError(path ? `${path}: ${message}` : message, label);
  };
  if (!isObject(raw)) bad('', `expected an object, got ${kindOf(raw)}`);
  const value = raw as Record<string, unknown>;
  const config: Config = {};
  for (const key of Object.keys(value).sort()) {
    if (!KEYS.includes(key)) bad(key, `unknown key${suggest(key, KEYS)}; expected one of ${KEYS.join(', ')}`);
  }
  if ('kernel' in value) {
    if (typeof value.kernel !== 'string') bad('kernel', `expected a version string like "v6.12", got ${kindOf(value.kernel)}`);
    config.kernel = value.kernel as string;
  }
  if ('all' in value) {
    if (typeof value.all !== 'boolean') bad('all', `expected true or false, got ${kindOf(value.all)}`);
    config.all = value.all as boolean;
  }
  if ('ignoreMembers' in value) {
    const list = value.ignoreMembers;
    if (!Array.isArray(list)) bad('ignoreMembers', `expected an array of member names, got ${kindOf(list)}`);
    (list as unknown[]).forEach((item, i) => {
      if (typeof item !== 'string' || item === '') bad(`ignoreMembers[${i}]`, `expected a member name, got ${kindOf(item)}`);
    });
    config.ignoreMembers = list as string[];
  }
  if ('rules' in value) {
    if (!isObject(value.rules)) bad('rules', `expected an object of rule id → level, got ${kindOf(value.rules)}`);
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
      const path = `rules.${id}`;
      if (!ruleIds.includes(id)) bad(path, `unknown rule${suggest(id, ruleIds)}`);
      if (typeof setting === 'string') {
        if (!LEVELS.includes(setting)) bad(path, `expected one of ${LEVELS.join(', ')}, got "${setting}"`);
        rules[id] = setting as RuleSetting;
      } else if (Array.isArray(setting)) {
        if (setting.length < 1 || setting.length > 2) bad(path, `expected [level] or [level, options], got an array of ${setting.length}`);
        if (typeof setting[0] !== 'string' || !LEVELS.includes(setting[0])) bad(`${path}[0]`, `expected one of ${LEVELS.join(', ')}, got ${kindOf(setting[0])}`);
        if (setting.length === 2 && !isObject(setting[1])) bad(`${path}[1]`, `expected an options object, got ${kindOf(setting[1])}`);
        rules[id] = (setting.length === 2 ? [setting[0], setting[1]] : setting[0]) as RuleSetting;
      } else {
        bad(path, `expected a level (${LEVELS.join(', ')}) or [level, options], got ${kindOf(setting)}`);
      }
    }
    config.rules = rules;
  }
  return config;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** ` (did you mean X?)` for the closest candidate within edit distance 2. */
function suggest(name: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(name, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean ${best}?)` : '';
}
