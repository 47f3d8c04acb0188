// What every extractor example does with its prediction, by its first argument: `--report` prints
// the scorer's Markdown report, `--row` the line of the README's results table, and nothing
// prints the prediction as JSON (for `npx kyiv-strike-pause score`).
import { formatReport, score } from 'kyiv-strike-pause/score';

/**
 * Prints `prediction` as the command line asks: `label` names the system in the results table,
 * `file` is the example's file name, linked from there.
 */
export function printResult(prediction, label, file) {
  const mode = process.argv[2];
  if (mode !== '--report' && mode !== '--row') {
    console.log(JSON.stringify(prediction, null, 2));
    return;
  }
  const report = score(prediction);
  if (mode === '--report') {
    console.log(formatReport(report));
    return;
  }
  const cell = (kind) => `${report[kind].strict.f1.toFixed(3)} / ${report[kind].partial.f1.toFixed(3)}`;
  const cells = ['statements', 'actors', 'events', 'figures', 'times'].map(cell);
  const { speaker, timeValue } = report.attributes;
  console.log(`| ${label} ([${file}](./examples/${file})) | ${cells.join(' | ')} | ${speaker.accuracy.toFixed(3)} | ${timeValue.valueF1.toFixed(3)} | ${report.invalid.length} |`);
}
