#!/usr/bin/env node
/**
 * The `kyiv-strike-pause` command: `kyiv-strike-pause <command> [options]`. It only parses
 * arguments, reads and writes files and prints; the library does the work.
 *
 * @internal
 * @module
 */
import { visible } from '../score/escape.js';
import { fs } from './fs.js';
import { main } from './main.js';

/**
 * A writer to file descriptor `fd` that writes each text at once with `writeSync`: the first use
 * of `process.stdout` or `process.stderr` loads Node's stream modules, which costs a command that
 * prints a few lines more than its own work. Only when the descriptor would block (`EAGAIN`, a
 * non-blocking pipe that is full) does it hand the rest, and every later text, to `stream()`.
 * Any other failure goes to `failed` with the error, and the text from `rest` on.
 */
function writer(fd: number, stream: () => NodeJS.WritableStream, failed: (error: NodeJS.ErrnoException, rest: Uint8Array) => void): (text: string) => void {
  let fallback: NodeJS.WritableStream | undefined;
  return (text) => {
    if (fallback !== undefined) {
      fallback.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return failed(error as NodeJS.ErrnoException, bytes.subarray(offset));
      fallback = stream();
      fallback.write(bytes.subarray(offset));
    }
  };
}

const stderr = writer(2, () => process.stderr, (_, rest) => process.stderr.write(rest));

// A reader that stops early (`kyiv-strike-pause score p.json | head`) closes the pipe: that is not
// a failure. Any other failure to write the output (ENOSPC on a full disk or /dev/full, EIO, EBADF)
// is one line on standard error and exit code 2, never a stack trace.
function outputFailed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(0);
  const reason = (error.message || String(error.code)).replace(/\s+/g, ' ').trim();
  try {
    stderr(`kyiv-strike-pause: cannot write to standard output (${visible(reason)})\n`);
  } finally {
    process.exit(2);
  }
}

const stdout = writer(
  1,
  () => process.stdout.on('error', outputFailed),
  (error) => outputFailed(error),
);

process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), stdout, stderr });
