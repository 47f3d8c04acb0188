#!/usr/bin/env node
/**
 * The `kyiv-strike-pause` command: `kyiv-strike-pause <command> [options]`. It only parses
 * arguments, reads and writes files and prints; the library does the work.
 *
 * @internal
 * @module
 */
import { visible } from '../score/escape.js';
import { main } from './main.js';

// A reader that stops early (`kyiv-strike-pause score p.json | head`) closes the pipe: that is not
// a failure. Any other failure to write the output (ENOSPC on a full disk or /dev/full, EIO, EBADF)
// is one line on standard error and exit code 2, never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  const reason = (error.message || String(error.code)).replace(/\s+/g, ' ').trim();
  try {
    process.stderr.write(`kyiv-strike-pause: cannot write to standard output (${visible(reason)})\n`);
  } finally {
    process.exit(2);
  }
});

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
