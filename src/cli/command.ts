/**
 * What every subcommand of the `kyiv-strike-pause` command line is: a parser of its own arguments
 * that hands the work to the library and reports through {@link Io}.
 *
 * @internal
 * @module
 */

/** Where a command reads and writes: the process's streams and working directory, or a test's. */
export interface Io {
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
}

/** One subcommand. */
export interface Command {
  /** One line for the command list. */
  readonly summary: string;
  /** The usage line, without the program name: `score <prediction.json> [--json]`. */
  readonly usage: string;
  /** Runs the command and resolves to its exit code; throws a {@link CliError} for a one-line failure. */
  readonly run: (args: readonly string[], io: Io) => Promise<number> | number;
}

/**
 * A failure to report as one line, without a stack trace. Exit code 1 means the work found a
 * problem; 2 means bad usage or unusable input (a missing file, broken JSON, a schema violation).
 */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}
