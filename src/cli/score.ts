/**
 * `kyiv-strike-pause score <prediction.json> [--json] [--all] [--strict] [--html <report.html>] [--gold <dataset.json>]`:
 * reads a prediction, scores it with `score` and prints the Markdown tables (`--all`: with every
 * invalid entry, warning and miss), or the report as JSON; `--strict` makes entries with unknown
 * keys invalid; `--html` also writes the report as one self-contained HTML page (`-`: to standard
 * output instead).
 *
 * @internal
 * @module
 */
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../score/formatReport.js';
import { score } from '../score/score.js';
import type { Prediction } from '../score/types.js';
import type { Dataset, IdSpace } from '../model/types.js';
import { CliError, type Command } from './command.js';
import { SCORE } from './commands.js';
import { maxBytesOf, readJsonFile, writeFileInside } from './io.js';

const USAGE = SCORE.usage;

/** Scores `prediction`, turning the scorer's `TypeError` or `RangeError` into a one-line `CliError` naming `file`. */
function scoreFile(prediction: unknown, gold: Dataset<IdSpace> | undefined, file: string, goldFile: string | undefined, strict: boolean) {
  try {
    return score(prediction as Prediction, gold === undefined ? { strict } : { gold, strict });
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
  ...SCORE,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        html: { type: 'string' },
        gold: { type: 'string' },
        force: { type: 'boolean', default: false },
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
          '  --all                  list every invalid entry, warning and missed gold unit, and the breakdowns\n' +
          '  --strict               make an entry with an unknown key invalid, instead of ignoring the key\n' +
          '  --html <report.html>   also write the report as one self-contained HTML page: the tables, and\n' +
          '                         the article with every unit marked; - prints the page instead\n' +
          '  --gold <dataset.json>  score against this dataset instead of the article\'s own\n' +
          '  --force                overwrite the --html file if it exists\n' +
          '  --max-bytes <n>        read files of up to n bytes (default 64 MiB); only regular files are read\n',
      );
      return 0;
    }
    if (positionals.length !== 1) throw new CliError(`expected one prediction file, got ${positionals.length}; usage: kyiv-strike-pause ${USAGE}`);
    const file = positionals[0] as string;
    if (values.html === '') throw new CliError(`--html needs a file name (or - for standard output); usage: kyiv-strike-pause ${USAGE}`);
    if (values.html === '-' && values.json) throw new CliError('--json and --html - both print to standard output; give --html a file name');
    const maxBytes = maxBytesOf(values['max-bytes']);
    const prediction = readJsonFile(io.cwd, file, maxBytes);
    const gold = values.gold === undefined ? undefined : (readJsonFile(io.cwd, values.gold, maxBytes) as Dataset<IdSpace>);
    const report = scoreFile(prediction, gold, file, values.gold, values.strict);
    if (values.html !== undefined) {
      const page = formatReport(report, { format: 'html', title: `Score of ${basename(file)}`, ...(gold === undefined ? {} : { gold }) });
      if (values.html === '-') {
        io.stdout(page);
        return 0;
      }
      writeFileInside(io.cwd, dirname(values.html), basename(values.html), page, values.force);
    }
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { all: values.all }));
    return 0;
  },
};
