/**
 * File input and output for the command line, with every failure turned into a one-line
 * {@link CliError} that names the file.
 *
 * Reading accepts regular files only, up to a size limit, so that `/dev/zero`, a FIFO or a sparse
 * file of many gigabytes fails at once instead of hanging or filling the memory. Writing never
 * follows a symbolic link: files are created with `O_CREAT | O_EXCL | O_NOFOLLOW`, `--force`
 * removes an existing entry (the link itself, never its target) before creating the file anew, and
 * every directory between `--out` and the file must be a real directory, so nothing is written
 * outside `--out`.
 *
 * @internal
 * @module
 */
import type { Stats } from 'node:fs';
import { fs } from './fs.js';
import { dirname, join, resolve, sep } from 'node:path';
import { CliError } from './command.js';

const { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, statSync, unlinkSync, writeSync } = fs;

/** The largest file the command reads unless `--max-bytes` raises it: 64 MiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** The message of an error from Node or `JSON.parse`, on one line. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}

const codeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined);

/**
 * The value of `--max-bytes`: a whole number of bytes from 1, or {@link DEFAULT_MAX_BYTES} when
 * the option is not given. Throws a `CliError` (exit 2) for anything else.
 */
export function maxBytesOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const bytes = /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new CliError(`--max-bytes must be a whole number of bytes from 1, got ${JSON.stringify(value)}`);
  return bytes;
}

/** What a file that is not a regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A size in bytes, in the largest binary unit that keeps it at least 1. */
function size(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let [value, unit] = [bytes, 0];
  while (value >= 1024 && unit < units.length - 1) [value, unit] = [value / 1024, unit + 1];
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

const tooBig = (path: string, bytes: string, maxBytes: number) =>
  new CliError(`${path}: ${bytes} is more than the ${maxBytes === DEFAULT_MAX_BYTES ? '64 MiB' : `${maxBytes} bytes`} the command reads; pass --max-bytes <n> to raise the limit`);

/**
 * The bytes of a regular file of at most `maxBytes` bytes. The file is opened first and checked
 * after (`fstat`), so what is checked is what is read; opening does not block on a FIFO.
 */
function readRegularFile(path: string, target: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = codeOf(error);
    throw new CliError(code === 'ENOENT' ? `${path}: no such file` : code === 'EISDIR' ? `${path}: is a directory, not a file` : `${path}: cannot read it (${reason(error)})`);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
    if (!stats.isFile()) throw new CliError(`${path}: is ${kindOf(stats)}; the command reads regular files only`);
    if (stats.size > maxBytes) throw tooBig(path, size(stats.size), maxBytes);
    // Read to the end, one byte past the limit at most: a file that grows while it is read (or
    // reports no size, as under /proc) is still cut off there.
    let buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooBig(path, `more than ${size(maxBytes)}`, maxBytes);
        const grown = Buffer.alloc(Math.min(maxBytes + 1, Math.max(2 * buffer.length, 64 * 1024)));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw tooBig(path, `more than ${size(maxBytes)}`, maxBytes);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: cannot read it (${reason(error)})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and parses a JSON file (UTF-8, with or without a byte order mark), or throws a `CliError`
 * (exit 2) naming the file and the problem: missing, not a regular file, larger than `maxBytes`,
 * or not JSON.
 */
export function readJsonFile(cwd: string, path: string, maxBytes: number = DEFAULT_MAX_BYTES): unknown {
  let text = readRegularFile(path, resolve(cwd, path), maxBytes).toString('utf8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
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
      if (codeOf(error) !== 'EEXIST' || !statSync(level).isDirectory()) throw error;
    }
  }
}

/** The entry at `path` itself (a symbolic link is not followed), or `undefined` where there is none. */
function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether `out/file` is taken: by a file, a directory or a symbolic link, even one that points nowhere. */
export function isTaken(cwd: string, out: string, file: string): boolean {
  try {
    return entryAt(resolve(cwd, out, file)) !== undefined;
  } catch {
    return false;
  }
}

/** Makes each directory of `parts` below `root` that is missing, and checks that each is a directory, not a symbolic link. */
function directoriesInside(root: string, out: string, parts: readonly string[]): string {
  let dir = root;
  for (const [i, part] of parts.entries()) {
    dir = join(dir, part);
    const shown = join(out, parts.slice(0, i + 1).join('/'));
    let entry = entryAt(dir);
    if (entry === undefined) {
      try {
        mkdirSync(dir);
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') throw error;
      }
      entry = lstatSync(dir);
    }
    if (entry.isSymbolicLink()) throw new CliError(`${shown}: is a symbolic link; the command writes only inside ${out}, and follows no link there`);
    if (!entry.isDirectory()) throw new CliError(`${shown}: is not a directory`);
  }
  return dir;
}

/**
 * Writes `content` to `file` (a relative path with `/` between its parts) inside the directory
 * `out`, creating the directories that are missing. The file is created anew, exclusively and
 * without following a symbolic link; an existing entry is kept, with a `CliError` (exit 2), unless
 * `force` is set, and then it is removed first (a link itself, never what it points to). No
 * directory between `out` and the file may be a symbolic link, so nothing lands outside `out`.
 */
export function writeFileInside(cwd: string, out: string, file: string, content: string | Uint8Array, force: boolean): void {
  const shown = join(out, file);
  const parts = file.split('/');
  const name = parts.pop() as string;
  if (name === '' || parts.includes('..') || name === '..' || parts.includes('')) throw new CliError(`${shown}: not a file name inside ${out}`);
  let fd: number | undefined;
  try {
    const root = resolve(cwd, out);
    makeDirectory(root);
    const dir = directoriesInside(root, out, parts);
    const real = realpathSync(dir);
    const realRoot = realpathSync(root);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new CliError(`${shown}: would be written outside ${out}`);
    const target = join(dir, name);
    const existing = entryAt(target);
    if (existing !== undefined) {
      const what = existing.isSymbolicLink() ? 'a symbolic link' : existing.isDirectory() ? 'a directory' : 'a file';
      if (!force) throw new CliError(`${shown}: already exists, as ${what} (pass --force to overwrite it)`);
      if (existing.isDirectory()) throw new CliError(`${shown}: is a directory; --force replaces files only`);
      unlinkSync(target);
    }
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    try {
      fd = openSync(target, flags, 0o666);
    } catch (error) {
      // Created by someone else between the check and the open: never written through.
      if (codeOf(error) === 'EEXIST' || codeOf(error) === 'ELOOP') throw new CliError(`${shown}: appeared while it was being written; nothing was written to it`);
      throw error;
    }
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${shown}: cannot write it (${reason(error)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
