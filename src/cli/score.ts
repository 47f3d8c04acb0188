/**
 * `kyiv-strike-pause score <prediction.json> [--json] [--gold <dataset.json>]`: reads a prediction,
 * scores it with `score` and prints the Markdown tables, or the report as JSON.
 *
 * @internal
 * @module
 */
import { parseArgs } from 'node:util';
import { formatReport } from '../score/formatReport.js';
import { score } from '../score/score.js';
import type { Prediction } from '../score/types.js';
import type { Dataset, IdSpace } from '../types.js';
import { CliError, type Command } from './command.js';
import { maxBytesOf, readJsonFile } from './io.js';

const USAGE = 'score <prediction.json> [--json] [--gold <dataset.json>] [--max-bytes <n>]';

/** Scores `prediction`, turning the scorer's `TypeError` or `RangeError` into a one-line `CliError` naming `file`. */
function scoreFile(prediction: unknown, gold: Dataset<IdSpace> | undefined, file: string, goldFile: string | undefined) {
  try {
    return score(prediction as Prediction, gold === undefined ? {} : { gold });
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError) || !error.message.startsWith('score: ')) throw error;
    const message = error.message.slice('score: '.length);
    const named =
      message.startsWith('options.gold') && goldFile !== undefined
        ? `${goldFile}: ${message.replace(/^options\.gold\.?/, '').replace(/^must/, 'the dataset must')}`
        : `${file}: ${message}`;
    throw new CliError(named);
  }
}

export const scoreCommand: Command = {
  summary: 'Score a prediction (JSON, see prediction.schema.json) against the gold annotations.',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        gold: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(
        `Usage: kyiv-strike-pause ${USAGE}\n\n` +
          'Scores the prediction in <prediction.json> against the gold annotations of the article, and prints\n' +
          'precision, recall and F1 per kind and mode as Markdown tables.\n\n' +
          'Options:\n' +
          '  --json                 print the whole report as JSON instead\n' +
          '  --gold <dataset.json>  score against this dataset instead of the article\'s own\n' +
          '  --max-bytes <n>        read files of up to n bytes (default 64 MiB); only regular files are read\n',
      );
      return 0;
    }
    if (positionals.length !== 1) throw new CliError(`expected one prediction file, got ${positionals.length}; usage: kyiv-strike-pause ${USAGE}`);
    const file = positionals[0] as string;
    const maxBytes = maxBytesOf(values['max-bytes']);
    const prediction = readJsonFile(io.cwd, file, maxBytes);
    const gold = values.gold === undefined ? undefined : (readJsonFile(io.cwd, values.gold, maxBytes) as Dataset<IdSpace>);
    const report = scoreFile(prediction, gold, file, values.gold);
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return 0;
  },
};
