/**
 * `kyiv-strike-pause export`: writes the dataset (this package's, or one read from a JSON file)
 * in one interchange format into a directory. The work is done by `kyiv-strike-pause/export`.
 *
 * @internal
 * @module
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataset as packaged } from '../index.js';
import { tableNames, toBrat, toCsv, toLabelStudio, toNdjson, toSchemaOrg, toWebAnnotations } from '../export.js';
import type { Dataset, IdSpace } from '../model/types.js';
import { visible } from '../score/escape.js';
import { CliError, type Command } from './command.js';
import { EXPORT, EXPORT_FORMATS, type ExportFormat } from './commands.js';
import { isTaken, maxBytesOf, readJsonFile, writeFileInside } from './io.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every format, with the files it writes (relative to `--out`) and their contents. */
const FORMATS: { readonly [format in ExportFormat]: (dataset: Dataset<IdSpace>) => Readonly<Record<string, string>> } = {
  'webanno': (dataset) => ({ 'annotations.jsonld': json(toWebAnnotations(dataset)) }),
  'schema-org': (dataset) => ({ 'schema-org.jsonld': json(toSchemaOrg(dataset)) }),
  'ndjson': (dataset) => {
    const tables = toNdjson(dataset);
    return Object.fromEntries(tableNames.map((name) => [`${name}.ndjson`, tables[name]]));
  },
  'csv': (dataset) => {
    const tables = toCsv(dataset);
    return Object.fromEntries(tableNames.map((name) => [`${name}.csv`, tables[name]]));
  },
  'brat': (dataset) => {
    const { txt, ann, conf } = toBrat(dataset);
    return { 'article.txt': txt, 'article.ann': ann, 'annotation.conf': conf };
  },
  'label-studio': (dataset) => {
    const { tasks, config } = toLabelStudio(dataset);
    return { 'label-studio.json': json(tasks), 'label-studio-config.xml': config };
  },
};

const FORMAT_NAMES: readonly string[] = EXPORT_FORMATS;

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

/** The `export` subcommand. */
export const exportCommand: Command = {
  ...EXPORT,
  run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        format: { type: 'string' },
        dataset: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(
        `Usage: kyiv-strike-pause ${exportCommand.usage}\n${exportCommand.summary}\n` +
          'Table formats write one file per table. Existing files are kept unless --force is given; no file is\n' +
          'written through a symbolic link. --dataset reads a regular file of at most 64 MiB, or --max-bytes.\n',
      );
      return 0;
    }
    const { format, out } = values;
    if (format === undefined) throw new CliError(`--format is required: one of ${FORMAT_NAMES.join(', ')}`);
    const build = Object.hasOwn(FORMATS, format) ? FORMATS[format as ExportFormat] : undefined;
    if (build === undefined) throw new CliError(`unknown format ${JSON.stringify(format)}; the formats are ${FORMAT_NAMES.join(', ')}`);
    if (out === undefined || out === '') throw new CliError('--out is required: the directory to write into');

    const maxBytes = maxBytesOf(values['max-bytes']);
    const source = values.dataset;
    const dataset = (source === undefined ? packaged : readJsonFile(io.cwd, source, maxBytes)) as Dataset<IdSpace>;
    let files: Readonly<Record<string, string>>;
    try {
      files = build(dataset);
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) throw new CliError(`${source ?? 'the dataset'}: not a dataset this command can export (${oneLine(error)})`);
      throw error;
    }

    const paths = Object.keys(files).map((file) => join(out, file));
    if (!values.force) {
      // A symbolic link counts as taken, even one that points nowhere: it is never written through.
      const existing = Object.keys(files).filter((file) => isTaken(io.cwd, out, file)).map((file) => join(out, file));
      if (existing.length > 0) throw new CliError(`${existing.join(', ')}: already exist${existing.length === 1 ? 's' : ''} (pass --force to overwrite)`);
    }
    for (const [file, content] of Object.entries(files)) writeFileInside(io.cwd, out, file, content, values.force);
    for (const path of paths) io.stdout(`wrote ${visible(relative(io.cwd, resolve(io.cwd, path)) || path)}\n`);
    return 0;
  },
};
