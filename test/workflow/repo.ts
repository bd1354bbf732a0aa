/**
 * Temporary git repositories holding a fake kernel tree (Makefile v6.12 and
 * our own fixture as Documentation/virt/kvm/x86/mmu.rst), with the user's
 * and the system's git configuration kept out.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {BIN, ROOT} from '../helpers/paths.js';

export const MMU = 'Documentation/virt/kvm/x86/mmu.rst';
export const FIXTURE = readFileSync(join(ROOT, 'test', 'fixtures', 'docs', 'complete-v6.12.rst'), 'utf8');
/** The wrong claim: since v6.9 roots are allocated with mmu_lock held for read. */
export const WRONG_CLAIM = '    vCPUs must hold mmu_lock for write to allocate a TDP MMU root.';
export const ROOT_COUNT_LINE = '    Root reference counts.  See role.invalid.';

/** An empty HOME for git (removed by the suite's after hook). */
export const home = mkdtempSync(join(tmpdir(), 'mmu-doc-lint-home-'));
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.org',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.org',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  NO_COLOR: '1'
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, env: GIT_ENV, encoding: 'utf8'});
}

export function tempDir(prefix = 'mmu-doc-lint-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, {recursive: true, force: true});
}

export function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), {recursive: true});
  writeFileSync(join(dir, path), text);
}

/** A kernel tree repository with the fixture committed as "base". */
export function kernelRepo(): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Test Author');
  git(dir, 'config', 'user.email', 'author@example.org');
  write(dir, 'Makefile', 'VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\nEXTRAVERSION =\n');
  write(dir, MMU, FIXTURE);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

/** Edits mmu.rst with `edit` and commits it with `subject`. */
export function commitEdit(dir: string, subject: string, edit: (text: string) => string, path = MMU): void {
  const current = readFileSync(join(dir, path), 'utf8');
  write(dir, path, edit(current));
  git(dir, 'add', path);
  git(dir, 'commit', '-q', '-m', subject);
}

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function cli(cwd: string, args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {cwd, env: GIT_ENV, encoding: 'utf8', input});
  return {stdout: result.stdout, stderr: result.stderr, code: result.status};
}

export function insertAfter(anchor: string, line: string): (text: string) => string {
  return (text) => {
    if (!text.includes(`${anchor}\n`)) throw new Error(`fixture anchor not found: ${anchor}`);
    return text.replace(`${anchor}\n`, `${anchor}\n${line}\n`);
  };
}
