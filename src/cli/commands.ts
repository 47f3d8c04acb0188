/**
 * The subcommands of the `kyiv-strike-pause` command as the command list shows them: their names,
 * summaries and usage lines, which cost nothing to load. Each command's module, with the scorer or
 * the exporters and the records it needs, is imported only when that command runs, so that
 * `--help` or a usage error starts no faster or slower than the work asked for.
 *
 * @internal
 * @module
 */
import type { Command } from './command.js';

/** The formats of `export`, in the order its usage lists them. */
export const EXPORT_FORMATS = ['webanno', 'schema-org', 'ndjson', 'csv', 'brat', 'label-studio'] as const;

/** One format of `export`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the command list shows of a subcommand, and how to load it. */
export interface CommandEntry extends Pick<Command, 'summary' | 'usage'> {
  /** Imports the command's module and returns the command. */
  readonly load: () => Promise<Command>;
}

/** `score`. */
export const SCORE = {
  summary: 'Score a prediction (JSON, see prediction.schema.json) against the gold annotations.',
  usage: 'score <prediction.json> [--json] [--all] [--strict] [--html <report.html>] [--gold <dataset.json>] [--force] [--max-bytes <n>]',
} as const;

/** `export`. */
export const EXPORT = {
  summary: 'Write the dataset as Web Annotations, schema.org, NDJSON or CSV tables, brat or Label Studio files.',
  usage: `export --format <${EXPORT_FORMATS.join('|')}> [--dataset <file.json>] --out <dir> [--force] [--max-bytes <n>]`,
} as const;

/** Every subcommand, by name. */
export const COMMANDS: ReadonlyMap<string, CommandEntry> = new Map<string, CommandEntry>([
  ['score', { ...SCORE, load: async () => (await import('./score.js')).scoreCommand }],
  ['export', { ...EXPORT, load: async () => (await import('./export.js')).exportCommand }],
]);
