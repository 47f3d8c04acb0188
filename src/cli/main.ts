/**
 * The dispatcher behind the `kyiv-strike-pause` command, separate from the process so tests can
 * run it with their own streams.
 *
 * @internal
 * @module
 */
import { visible } from '../score/escape.js';
import { CliError, type Io } from './command.js';
import { COMMANDS } from './commands.js';

const PROGRAM = 'kyiv-strike-pause';

function usage(): string {
  const lines = [`Usage: ${PROGRAM} <command> [options]`, '', 'Commands:'];
  for (const command of COMMANDS.values()) lines.push(`  ${PROGRAM} ${command.usage}`, `      ${command.summary}`);
  lines.push('', `Run \`${PROGRAM} <command> --help\` for a command's options.`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the command line on `args` (without `node` and the script) and resolves to the exit code:
 * 0 when the work is done, 1 when it found a problem, 2 for bad usage or unusable input. Every
 * failure is one line on standard error, never a stack trace, with every control character in it
 * (an escape byte from a file name or a prediction) written out as an escape such as `\u001b`.
 */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  const fail = (message: string) => io.stderr(`${PROGRAM}${name === undefined || !COMMANDS.has(name) ? '' : ` ${name}`}: ${visible(message)}\n`);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    fail(`unknown command ${JSON.stringify(name)}; the commands are ${[...COMMANDS.keys()].join(', ') || 'none'}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      fail(error.message);
      return error.exitCode;
    }
    // `node:util` parseArgs: an unknown option, a missing value, a stray positional.
    if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      fail((error as Error).message.replace(/\s+/g, ' ').trim());
      return 2;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    fail(message.replace(/\s+/g, ' ').trim());
    return 1;
  }
}
