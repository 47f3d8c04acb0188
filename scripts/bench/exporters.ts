/**
 * The exporters, `DatasetSchema` and `formatReport` as their input grows, each as a ratio against
 * a baseline measured in the same run: the Label Studio and brat exporters and the schema's
 * aliases rule on monologue corpora of 40,000 statements by one speaker against 10,000 (linear
 * work grows 4×, quadratic 16×); the exporters on the package's own dataset against the same
 * records as a plain copy; and `formatReport` on a report of 100,000 alignment rows against the
 * same report with its own. The deterministic counterparts (outputs on large inputs, what is read)
 * are in test/scaling.test.ts.
 *
 * @module
 */
import type * as Exporters from '../../src/export.js';
import type * as Main from '../../src/index.js';
import type * as Schema from '../../src/schema/index.js';
import type * as Scorer from '../../src/score.js';
import type { Dataset, IdSpace } from '../../src/model/types.js';
import type { Prediction, ScoreReport } from '../../src/score/types.js';
import { BUDGETS } from './budgets.js';
import { duration, int, times, type Row } from './report.js';
import { benchMonologueScaling, MONOLOGUE_SIZES } from './scaling.js';
import { consume, interleave, median } from './timing.js';

/** Alignment rows of the large report. */
const REPORT_ROWS = 100_000;

export interface ExporterModules {
  readonly main: typeof Main;
  readonly schema: typeof Schema;
  readonly scorer: typeof Scorer;
  readonly exporters: typeof Exporters;
}

/** The rows of the exporter benches. `prediction` is the baseline extractor's; progress goes to `log`. */
export function benchExporters(modules: ExporterModules, base: Dataset<IdSpace>, prediction: Prediction, rounds: number, log: (message: string) => void): Row[] {
  const { main, schema, scorer, exporters } = modules;
  const rows: Row[] = [];
  const [small, large] = MONOLOGUE_SIZES;

  log(`exporters: monologues of ${MONOLOGUE_SIZES.map(int).join(' and ')} statements…`);
  const scaling = benchMonologueScaling(
    {
      toLabelStudio: { aliasVariants: false, run: (dataset) => exporters.toLabelStudio(dataset).tasks[0]?.predictions[0].result.length ?? 0 },
      toBrat: { aliasVariants: false, run: (dataset) => exporters.toBrat(dataset).ann.length },
      DatasetSchema: { aliasVariants: true, run: (dataset) => Number(schema.DatasetSchema.safeParse(dataset).success) },
    },
    base,
    rounds,
    log,
  );
  const corpus =
    `Monologue corpora (scripts/bench/corpus.ts): the real dataset plus n paragraphs \`“Line k,” said Dmitry Peskov in reply.\`, each a direct statement by him with the attribution \`said\` ` +
    `and a mention of him, so one speaker has n statements and n + 1 mentions, none inside an attribution.`;
  const notes: Readonly<Record<string, { id: string; figure: string; note: string }>> = {
    toLabelStudio: {
      id: 'label-studio-scaling',
      figure: `\`toLabelStudio\` with ${int(large)} statements by one speaker`,
      note:
        `${corpus} Each region's id is the record id, with \`#n\` for its n-th span: n is now kept per record, where it was searched from 2 for every span (O(n²) for an actor of n mentions). ` +
        'Each statement links to the first of its speaker\'s mentions inside its attribution, or else the nearest: now an index per speaker answers all its statements at once ' +
        '(src/util/nearest.ts: a sort, a Fenwick tree and binary searches), where every statement scanned, and then sorted, all the speaker\'s mentions (O(n² log n)).',
    },
    toBrat: {
      id: 'brat-scaling',
      figure: `\`toBrat\` with ${int(large)} statements by one speaker`,
      note: `${corpus} The \`spoken-by\` relations and events' arguments take an actor's mention inside the attribution, or else the nearest, from the same index, where each scanned all the actor's mentions (O(n²)).`,
    },
    DatasetSchema: {
      id: 'schema-aliases-scaling',
      figure: `\`DatasetSchema.safeParse\` with ${int(large)} mentions and aliases of one actor`,
      note: `${corpus} The speaker also has one more alias per statement, before his real one, so that his aliases grow with his mentions. The rule that each mention is the name or an alias looks it up in a set per actor, where it searched the list of aliases for every mention (O(n²)).`,
    },
  };
  for (const [name, [smallMs, largeMs]] of Object.entries(scaling.ms) as [string, [number, number]][]) {
    const about = notes[name] as (typeof notes)[string];
    const ratio = largeMs / smallMs;
    rows.push({
      id: about.id,
      figure: about.figure,
      candidate: duration(largeMs),
      baseline: `${duration(smallMs)} at ${int(small)}`,
      ratio: times(ratio),
      budget: `target ≤ ${BUDGETS.monologueScaling}× (reported; linear 4×, quadratic 16×)`,
      status: ratio <= BUDGETS.monologueScaling ? 'met' : 'missed',
      note: `${about.note} Median of ${scaling.runs} interleaved runs.`,
      values: { sizes: scaling.sizes, smallMs, largeMs, ratio },
    });
  }

  log('exporters: on the package\'s own dataset and on a plain copy of it…');
  {
    const all = {
      toWebAnnotations: exporters.toWebAnnotations,
      toSchemaOrg: exporters.toSchemaOrg,
      toTables: exporters.toTables,
      toCsv: exporters.toCsv,
      toNdjson: exporters.toNdjson,
      toBrat: exporters.toBrat,
      toLabelStudio: exporters.toLabelStudio,
    } as Readonly<Record<string, (dataset: Dataset<IdSpace>) => unknown>>;
    const differ = Object.entries(all).filter(([, fn]) => JSON.stringify(fn(main.dataset)) !== JSON.stringify(fn(base))).map(([name]) => name);
    const runAll = (dataset: Dataset<IdSpace>) => {
      let n = 0;
      for (const fn of Object.values(all)) n += fn(dataset) === undefined ? 0 : 1;
      consume(n);
    };
    const samples = interleave({ packaged: () => runAll(main.dataset), copy: () => runAll(base) }, rounds * 4);
    const [packagedMs, copyMs] = [median(samples['packaged'] ?? []), median(samples['copy'] ?? [])];
    rows.push({
      id: 'exporters-packaged',
      figure: "every exporter on the package's own `dataset`",
      candidate: duration(packagedMs),
      baseline: `${duration(copyMs)} (the same records, parsed from dataset.json)`,
      ratio: `${times(packagedMs / copyMs)}; outputs ${differ.length === 0 ? 'identical' : `DIFFER: ${differ.join(', ')}`}`,
      budget: 'report; identical outputs',
      status: differ.length === 0 ? 'report' : 'FAIL',
      note:
        'toWebAnnotations, toSchemaOrg, toTables, toCsv, toNdjson, toBrat and toLabelStudio, each once, on `dataset` from the built main entry, against the same records read from ' +
        'dist/dataset.json. An exporter copies and checks any other dataset (a plain copy of its own data, the dataset check of every field and span); the package\'s own, checked when ' +
        `it was built and deeply frozen, it reads as it is (dist/export.js imports it from the main entry, so they are one object). Median of ${rounds * 4} interleaved runs.`,
      values: { packagedMs, copyMs, ratio: packagedMs / copyMs, differ },
    });
  }

  log(`formatReport: a report of ${int(REPORT_ROWS)} alignment rows against the same report with its own…`);
  {
    const report = scorer.score(prediction);
    const own = report.alignments;
    // Rows of their own (copies of the report's), as a report of that many predictions has.
    const big: ScoreReport = { ...report, alignments: Array.from({ length: REPORT_ROWS }, (_, i) => structuredClone(own[i % own.length]) as ScoreReport['alignments'][number]) };
    if (scorer.formatReport(big) !== scorer.formatReport(report)) throw new Error('formatReport: the large report prints differently from the small one');
    const samples = interleave({ small: () => consume(scorer.formatReport(report).length), large: () => consume(scorer.formatReport(big).length) }, rounds * 4);
    const [smallMs, largeMs] = [median(samples['small'] ?? []), median(samples['large'] ?? [])];
    rows.push({
      id: 'format-report-size',
      figure: `\`formatReport\` (Markdown) of a report with ${int(REPORT_ROWS)} alignment rows`,
      candidate: duration(largeMs),
      baseline: `${duration(smallMs)} (the same report with its own ${int(own.length)} rows)`,
      ratio: times(largeMs / smallMs),
      budget: 'report',
      status: 'report',
      note:
        `The baseline extractor's report, and the same with copies of its alignment rows up to ${int(REPORT_ROWS)}; both print the same tables. The Markdown reads only the numbers it ` +
        `prints and the first entries that could not be used, so it costs the same whatever the alignment holds; it used to copy the whole report first. Median of ${rounds * 4} interleaved runs.`,
      values: { smallMs, largeMs, ratio: largeMs / smallMs, rows: REPORT_ROWS },
    });
  }
  return rows;
}
