/**
 * `--git RANGE`: the commits of a range, each as the mail git format-patch
 * writes, and file contents at a commit. git runs as a child process with
 * an argument vector (no shell); a range can never be read as an option.
 */
import {execFileSync} from 'node:child_process';
import {InputError} from './types.js';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024
  });
}

function firstLine(error: unknown): string {
  const stderr = String((error as {stderr?: unknown}).stderr ?? '');
  const line = stderr.split('\n').find((l) => l.trim() !== '');
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'git is not installed (or not on PATH)';
  return (line ?? (error as Error).message).replace(/^(fatal|error): /, '').trim();
}

/** The repository's top level; InputError when `cwd` is not in a git repository. */
export function gitTopLevel(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    throw new InputError(`--git: ${firstLine(error)}`, cwd);
  }
}

/** `-N` (the last N commits), `A..B`, `A...B` or one revision (its commits back to the root). */
export function gitCommits(cwd: string, range: string): string[] {
  const last = /^-(\d{1,6})$/.exec(range);
  if (!last && (range.startsWith('-') || range.trim() === '' || /\s/.test(range))) {
    throw new InputError(`--git: bad range "${range}": expected A..B, HEAD~N..HEAD or -N`);
  }
  const args = last ? ['rev-list', '--reverse', '--no-merges', `-${last[1]}`, 'HEAD'] : ['rev-list', '--reverse', '--no-merges', '--end-of-options', range];
  try {
    return git(cwd, args).split('\n').filter(Boolean);
  } catch (error) {
    throw new InputError(`--git: bad range "${range}": ${firstLine(error)}`);
  }
}

/** The commit as one format-patch mail (subject, message, diff). */
export function gitFormatPatch(cwd: string, sha: string): string {
  return git(cwd, ['format-patch', '--stdout', '--no-signature', '--no-stat', '-1', sha]);
}

/** A file's content at a revision, or undefined when it does not exist there. */
export function gitShow(cwd: string, rev: string, path: string): string | undefined {
  try {
    return git(cwd, ['show', `${rev}:${path}`]);
  } catch {
    return undefined;
  }
}
