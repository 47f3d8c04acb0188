/**
 * File input and output for the command line, with every failure turned into a one-line
 * {@link CliError} that names the file.
 *
 * @internal
 * @module
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './command.js';

/** The message of an error from Node or `JSON.parse`, on one line. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}

/** Reads and parses a JSON file, or throws a `CliError` (exit 2) naming the file and the problem. */
export function readJsonFile(cwd: string, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError(code === 'ENOENT' ? `${path}: no such file` : code === 'EISDIR' ? `${path}: is a directory, not a file` : `${path}: cannot read it (${reason(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${reason(error)})`);
  }
}

/**
 * Creates `dir` and the directories above it that are missing, one at a time from the top, each
 * with a plain `mkdir`: at most one call per level of the path. (Node 20's `recursive` option
 * loops without end where `mkdir` keeps failing with ENOENT, as it does under `/proc`.)
 */
function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      // Another process made it first: fine, if it is a directory.
      if ((error as { code?: unknown }).code !== 'EEXIST' || !statSync(level).isDirectory()) throw error;
    }
  }
}

/**
 * Writes a file, creating its directory. An existing file is kept, with a `CliError` (exit 2), unless
 * `force` is set.
 */
export function writeNewFile(cwd: string, path: string, content: string | Uint8Array, force: boolean): void {
  const target = resolve(cwd, path);
  if (!force && existsSync(target)) throw new CliError(`${path}: already exists (pass --force to overwrite it)`);
  try {
    makeDirectory(dirname(target));
    writeFileSync(target, content);
  } catch (error) {
    throw new CliError(`${path}: cannot write it (${reason(error)})`);
  }
}
