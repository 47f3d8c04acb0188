/**
 * `npm run bench`: every budget, each measured against a baseline in the same run, printed as a
 * table and written to `bench/latest/` (ignored by git); `npm run bench -- --write` writes the
 * committed `bench/results.md` and `bench/results.json` instead. `--only <sections>` (a comma
 * list of bundles, package, queries, validation, adversarial, exporters, cli) runs those alone,
 * into `bench/latest/` only. Measures the built package (`npm run build` first). Progress goes
 * to stderr, the table to stdout. Only deterministic figures (bytes, sentinels, type counts,
 * exceptions) can fail the command; timings are reported against their targets.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version as esbuildVersion } from 'esbuild';
import { VERSION as rollupVersion } from 'rollup';
import { bundleAll, datasetJsonGzip, idsIn, sentinelsIn, SENTINELS, zodIn, type Bundle } from './bench/bundles.js';
import { BUDGETS, ENLARGED_IDS } from './bench/budgets.js';
import { distModules, nonAsciiModules } from './bench/ascii.js';
import { quantile } from './bench/timing.js';
import { measureColdImport } from './bench/coldImport.js';
import { added, compiler, installPacked, measureConsumerCost, type CompilerId } from './bench/consumer.js';
import { PACKAGE, requireBuild, root } from './bench/paths.js';
import type { Dataset, IdSpace } from '../src/model/types.js';
import { duration, int, machine, textTable, times, writeResults, type Row, type Status } from './bench/report.js';
import { benchValidation, loadBuilt } from './bench/runtime.js';
import { benchAdversarial } from './bench/adversarial.js';
import { baselinePrediction, benchCli } from './bench/cli.js';
import { benchExporters } from './bench/exporters.js';
import type { Prediction } from '../src/score/types.js';
import { benchEventsBetweenScaling, benchScoreScaling, benchStatementsByScaling, SCORE_SIZES, SIZES, type PerCall } from './bench/scaling.js';

const SEED = 2026;
const ROUNDS = 31;
const COLD_IMPORT_RUNS = 41;
const WRITE = process.argv.includes('--write');
const SECTIONS = ['bundles', 'package', 'queries', 'validation', 'scaling', 'adversarial', 'exporters', 'cli'] as const;
const ONLY: ReadonlySet<string> | undefined = process.argv.includes('--only') ? new Set((process.argv[process.argv.indexOf('--only') + 1] ?? '').split(',')) : undefined;
const unknownSections = [...(ONLY ?? [])].filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknownSections.length > 0 || ONLY?.size === 0) throw new Error(`--only takes a comma list of ${SECTIONS.join(', ')}; got ${[...(ONLY ?? [])].join(',') || 'nothing'}`);
if (ONLY !== undefined && WRITE) throw new Error('--write rewrites the committed results, which need every section: leave out --only');
/** Whether to run a section: every one, unless --only names some. */
const section = (name: (typeof SECTIONS)[number]) => ONLY === undefined || ONLY.has(name);
const CLI_RUNS = 41;
const MONOLOGUE_ROUNDS = 5;
const [SMALLEST] = SIZES;
const LARGEST = SIZES[SIZES.length - 1] as number;
const COMPILERS: readonly CompilerId[] = ['5.9', '6.0', '7.0'];

const started = performance.now();
const log = (message: string) => process.stderr.write(`${message}\n`);
const status = (ok: boolean): Status => (ok ? 'pass' : 'FAIL');
/** A timing against its target: reported, never failing. */
const target = (ok: boolean): Status => (ok ? 'met' : 'missed');
const rows: Row[] = [];

requireBuild();

if (section('bundles')) {
  // Bundle size, tree-shaking, zod.
  log('bundling fixtures of the built package with esbuild and rollup…');
  const bundles = await bundleAll();
  const floor = datasetJsonGzip();
  {
    const full = bundles.esbuild.everything;
    const ratio = full.gzip / floor.gzip;
    rows.push({
      id: 'bundle-gzip',
      figure: 'gzip of a minified ESM bundle of everything in the main entry',
      candidate: `${int(full.gzip)} B`,
      baseline: `${int(floor.gzip)} B (gzip of dataset.min.json)`,
      ratio: `${ratio.toFixed(3)}×`,
      budget: `≤ ${BUDGETS.fullBundleOverDatasetGzip.toFixed(2)}× (target ${BUDGETS.fullBundleTarget.toFixed(2)}×: ${ratio <= BUDGETS.fullBundleTarget ? 'met' : 'missed'})`,
      status: status(ratio <= BUDGETS.fullBundleOverDatasetGzip),
      note:
        `\`import * as all from '${PACKAGE}'; globalThis.keep = all\` bundled by esbuild ${esbuildVersion} (bundle, minify, ESM, platform neutral), gzip level 9: ` +
        `${int(full.bytes)} B minified. With rollup ${rollupVersion} + node-resolve, minified by esbuild: ${int(bundles.rollup.everything.gzip)} B gzip ` +
        `(${times(bundles.rollup.everything.gzip / floor.gzip)}). The floor is the records themselves as compact JSON: dist/dataset.min.json, ${int(floor.bytes)} B before gzip.`,
      values: { esbuild: pick(full), rollup: pick(bundles.rollup.everything), datasetJson: floor, ratio, target: BUDGETS.fullBundleTarget },
    });
  }
  {
    const [esbuildRecords, rollupRecords] = [bundles.esbuild.records, bundles.rollup.records];
    const ratio = Math.max(esbuildRecords.gzip, rollupRecords.gzip) / floor.gzip;
    const helpers = bundles.esbuild.everything.gzip - esbuildRecords.gzip;
    rows.push({
      id: 'records-gzip',
      figure: 'gzip of a minified ESM bundle of every data export and no helper',
      candidate: `esbuild ${int(esbuildRecords.gzip)} B, rollup ${int(rollupRecords.gzip)} B`,
      baseline: `${int(floor.gzip)} B (gzip of dataset.min.json)`,
      ratio: `${ratio.toFixed(3)}×`,
      budget: `≤ ${BUDGETS.recordsOverDatasetGzip.toFixed(2)}×`,
      status: status(ratio <= BUDGETS.recordsOverDatasetGzip),
      note:
        `\`import { article, actors, statements, events, figures, dataset, actorIds, statementIds, eventIds, figureIds, recordIds }\`, bundled and measured like the ` +
        `bundle of everything (the larger of esbuild's and rollup's). The records, the article and the id lists, with the decoder that rebuilds them, cost less than ` +
        `their own minified JSON: the rows are positional, record ids are numbers into the id lists, and span texts are sliced from the article. The helpers ` +
        `add the rest of the bundle of everything: ${int(helpers)} B gzip with esbuild.`,
      values: { esbuild: pick(esbuildRecords), rollup: pick(rollupRecords), datasetJson: floor, ratio, helpers },
    });
  }
  {
    const found = nonAsciiModules();
    rows.push({
      id: 'dist-ascii',
      figure: 'the JavaScript modules of dist/',
      candidate: found.length === 0 ? 'ASCII only' : found.map((item) => `${item.file}:${item.line} ${JSON.stringify(item.excerpt)}`).join('; '),
      baseline: '—',
      ratio: '—',
      budget: 'ASCII only',
      status: status(found.length === 0),
      note:
        `Every \`.js\` and \`.cjs\` file of dist/ (${distModules().length} files). Node decodes an ASCII file on its fastest path, and V8 keeps a source one byte per character only ` +
        'when every character fits in one byte: a single \u2019 makes the whole module two bytes per character and slows its reading, its compilation and the parsing of the generated rows at import. ' +
        'The generator writes the rows as JSON with every other character escaped, and patterns with non-ASCII characters use `\\u` escapes.',
      values: { found },
    });
  }
  const records = JSON.parse(readFileSync(join(root, 'dist', 'dataset.min.json'), 'utf8')) as Dataset<IdSpace>;
  const idsOf = (kind: 'actors' | 'statements' | 'events' | 'figures') => records[kind].map((record) => record.id);
  const otherIds = [...idsOf('statements'), ...idsOf('events'), ...idsOf('figures')];
  for (const bundler of ['esbuild', 'rollup'] as const) {
    const one = bundles[bundler].getActor;
    const full = bundles[bundler].everything;
    const ratio = one.gzip / full.gzip;
    const bytesRatio = one.bytes / full.bytes;
    const found = sentinelsIn(one.code);
    const real = sentinelsIn(full.code).length === Object.keys(SENTINELS).length;
    const foreign = idsIn(one.code, otherIds);
    rows.push({
      id: `get-actor-${bundler}`,
      figure: `bundle of \`getActor\` alone (${bundler})`,
      candidate: `${int(one.gzip)} B gzip`,
      baseline: `${int(full.gzip)} B gzip (everything)`,
      ratio: `${ratio.toFixed(3)}× (min ${bytesRatio.toFixed(3)}×); sentinels: ${found.length === 0 ? 'none' : found.join(', ')}; other kinds' ids: ${foreign.length}`,
      budget: `≤ ${BUDGETS.getActorOverFull}×, no statement, event or figure text or id`,
      status: status(ratio <= BUDGETS.getActorOverFull && bytesRatio <= BUDGETS.getActorOverFull && found.length === 0 && real && foreign.length === 0),
      note:
        `\`import { getActor } from '${PACKAGE}'\` bundled like the full bundle by ${bundler}: ${int(one.bytes)} B minified against ${int(full.bytes)} B. ` +
        `Sentinels: a quote (${JSON.stringify(SENTINELS.statement)}) and a figure's evidence (${JSON.stringify(SENTINELS.figure)}), both present in the full bundle ` +
        `(${real ? 'checked' : 'NOT FOUND: the sentinels are stale'}) and in no actor record. Ids: none of the ${otherIds.length} statement, event and figure ids may appear as a string literal` +
        `${foreign.length === 0 ? '' : ` (found: ${foreign.slice(0, 5).join(', ')}…)`}.`,
      values: { getActor: pick(one), everything: pick(full), gzipRatio: ratio, bytesRatio, sentinelsFound: found, otherKindIds: foreign },
    });
  }
  {
    const allIds = [...idsOf('actors'), ...otherIds];
    const checks = (['esbuild', 'rollup'] as const).map((bundler) => {
      const { code, gzip } = bundles[bundler].recordIds;
      return { bundler, gzip, ids: idsIn(code, allIds).length, text: [...sentinelsIn(code), ...['Donald Trump', records.article.headline].filter((text) => code.includes(text))] };
    });
    const ok = checks.every((check) => check.ids === allIds.length && check.text.length === 0);
    rows.push({
      id: 'record-ids-only',
      figure: 'bundle of `recordIds` alone',
      candidate: checks.map((check) => `${check.bundler} ${int(check.gzip)} B gzip`).join(', '),
      baseline: `${int(bundles.esbuild.everything.gzip)} B gzip (everything, esbuild)`,
      ratio: checks.map((check) => `${check.bundler}: ${check.ids}/${allIds.length} ids, ${check.text.length === 0 ? 'no record text' : `text: ${check.text.join(', ')}`}`).join('; '),
      budget: 'every id, no record text',
      status: status(ok),
      note: `\`import { recordIds } from '${PACKAGE}'\`: the ids come from the id lists alone, not from the records, so an ids-only bundle carries no names, quotes or article text.`,
      values: { checks },
    });
  }
  {
    const found = [...zodIn(bundles.esbuild.everything).map((m) => `esbuild: ${m}`), ...zodIn(bundles.rollup.everything).map((m) => `rollup: ${m}`)];
    rows.push({
      id: 'main-entry-zod',
      figure: 'bundle of the main entry',
      candidate: found.length === 0 ? 'no zod' : found.join('; '),
      baseline: '—',
      ratio: '—',
      budget: 'contains no zod',
      status: status(found.length === 0),
      note: 'The full bundles above (esbuild and rollup, where zod would resolve from node_modules) searched for `ZodError`, `$ZodType` and `zod`, and their inputs for node_modules/zod.',
      values: { found },
    });
  }
}

if (section('package')) {
  // The packed tarball: consumer type-check cost and cold import.
  log('packing the package and installing it into a temporary consumer…');
  const install = await installPacked();
  try {
    log(`type-checking consumers under TypeScript ${COMPILERS.join(', ')}…`);
    const costs = await measureConsumerCost(install, COMPILERS, ENLARGED_IDS);
    for (const cost of costs) {
      const typicalAdded = added(cost);
      const enlargedAdded = cost.enlarged.map((check) => ({ extra: check.extra, added: added(cost, check), types: check.types }));
      const checks = [cost.empty, cost.typical, ...cost.enlarged];
      const clean = checks.every((check) => check.exitCode === 0 && check.errors.length === 0);
      const independent = enlargedAdded.every((entry) => entry.added === typicalAdded);
      const counted = typicalAdded !== undefined;
      rows.push({
        id: `consumer-types-ts-${cost.compiler}`,
        figure: `type instantiations a typical consumer adds (TypeScript ${cost.version})`,
        candidate: counted ? `${int(cost.typical.instantiations ?? 0)}` : 'not printed',
        baseline: counted ? `${int(cost.empty.instantiations ?? 0)} (empty consumer)` : '—',
        ratio:
          (counted ? `+${int(typicalAdded)}; with +${ENLARGED_IDS.map(int).join('/+')} ids per union: ${enlargedAdded.map((e) => `+${int(e.added ?? Number.NaN)}`).join(', ')}` : '—') +
          `; ${clean ? 'type-checks cleanly' : 'ERRORS'}`,
        budget: `≤ +${int(BUDGETS.consumerInstantiations)}, independent of records, clean`,
        status: status(clean && (!counted || ((typicalAdded ?? Infinity) <= BUDGETS.consumerInstantiations && independent))),
        note:
          `\`tsc --extendedDiagnostics\` (${relative(root, compiler(cost.compiler).bin)}) on a consumer with the packed tarball installed, strict, exactOptionalPropertyTypes, ` +
          `noUncheckedIndexedAccess, skipLibCheck false, module nodenext, lib es2022, types []. The typical file calls getActor, statementsBy, eventsBetween, figuresByUnit, getRecord, ` +
          `timeline and createQueries (on a Dataset<IdSpace> and on the article's own); the empty file is \`export {}\`. Types: ${int(cost.empty.types ?? 0)} empty, ` +
          `${int(cost.typical.types ?? 0)} typical, ${enlargedAdded.map((e) => `${int(e.types ?? 0)} with +${int(e.extra)} ids`).join(', ')}: the enlarged unions are loaded, ` +
          `and the instantiations do not move. Check time (compiler's own figure): ${cost.typical.checkMs ?? '—'} ms typical, ${cost.empty.checkMs ?? '—'} ms empty.` +
          (clean ? '' : ` Errors: ${checks.flatMap((check) => check.errors).slice(0, 5).join(' / ')}`),
        values: { version: cost.version, empty: cost.empty, typical: cost.typical, enlarged: cost.enlarged, added: typicalAdded, enlargedAdded, clean, independent },
      });
    }

    log(`cold import: ${COLD_IMPORT_RUNS} fresh processes each for the package, an empty package and an empty module…`);
    const cold = measureColdImport(install.consumer, PACKAGE, COLD_IMPORT_RUNS);
    const baseline = cold.emptyPackage;
    const ratio = cold.candidate.medianProcessMs / baseline.medianProcessMs;
    const paired = cold.candidate.processMs.map((ms, i) => ms / (baseline.processMs[i] ?? Number.NaN));
    const moduleRatio = cold.candidate.medianProcessMs / cold.emptyModule.medianProcessMs;
    const spread = (values: readonly number[]) => `${duration(quantile(values, 0.25))}–${duration(quantile(values, 0.75))}`;
    rows.push({
      id: 'cold-import',
      figure: 'cold `import()` of the package in a fresh Node process',
      candidate: duration(cold.candidate.medianProcessMs),
      baseline: `${duration(baseline.medianProcessMs)} (empty package)`,
      ratio:
        `${ratio.toFixed(3)}× (paired: ${quantile(paired, 0.5).toFixed(3)}×, quartiles ${quantile(paired, 0.25).toFixed(3)}–${quantile(paired, 0.75).toFixed(3)}×); ` +
        `over an empty module by relative path: ${moduleRatio.toFixed(3)}×`,
      budget: `target ≤ ${BUDGETS.coldImport}× (reported)`,
      status: target(ratio <= BUDGETS.coldImport),
      note:
        `Whole process, spawn to exit, median of ${COLD_IMPORT_RUNS} interleaved runs each (A B C C B A) of the same runner script, after 2 untimed runs of each. ` +
        `It imports '${PACKAGE}' (from the installed tarball); or the baseline, an empty package: one module, \`export {}\`, installed beside it and resolved the same ` +
        `way, by a bare specifier through an \`exports\` map; or an empty module by relative path. Node pays for the bare-specifier resolution whatever the package ` +
        `holds (on Node 20 it compiles a case-insensitive pattern that checks the export target): \`await import()\` took ${duration(baseline.medianImportMs)} for the ` +
        `empty package and ${duration(cold.emptyModule.medianImportMs)} for the empty module. So the ratio over the empty package is what the package's own code and ` +
        `data cost; the one over the empty module (${duration(cold.emptyModule.medianProcessMs)} a process) adds the resolution. The children run with no \`NODE_*\` ` +
        `or \`npm_*\` variable (no \`NODE_OPTIONS\`, no \`NODE_EXTRA_CA_CERTS\`, which makes every Node start parse a certificate bundle). Quartiles of the runs: ` +
        `${spread(cold.candidate.processMs)} for the package, ${spread(baseline.processMs)} for the empty package; "paired" is the median of the ` +
        `${COLD_IMPORT_RUNS} ratios of neighbouring runs. Inside the process, \`await import()\` took ${duration(cold.candidate.medianImportMs)} for the package ` +
        `(+${duration(cold.candidate.medianImportMs - baseline.medianImportMs)} over the empty package). ` +
        'A timing on a machine shared with other work: it is reported, and never fails the command.',
      values: { ...cold, baseline: baseline.specifier, ratio, paired, moduleRatio },
    });
  } finally {
    install.dispose();
  }
}

// Query scaling and validation, on synthetic corpora.
const { main, schema, scorer, exporters, base } = await loadBuilt();
if (section('queries')) {
  log(`statementsBy: lean corpora of ${SIZES.map(int).join(', ')} statements…`);
  {
    const result = benchStatementsByScaling(main, base, SEED, ROUNDS, log);
    const [small] = result.indexed as [PerCall];
    const large = result.indexed[result.indexed.length - 1] as PerCall;
    const largeFilter = result.filter[result.filter.length - 1] as PerCall;
    const scaling = large.ms / small.ms;
    const speedup = largeFilter.ms / large.ms;
    const bySize = (values: readonly PerCall[]) => result.sizes.map((size, i) => `${int(size)}: ${duration(values[i]?.ms ?? Number.NaN)}`).join(', ');
    rows.push({
      id: 'statements-by-scaling',
      figure: `\`statementsBy\` at ${int(LARGEST)} statements via \`createQueries\``,
      candidate: `${duration(large.ms)}/call`,
      baseline: `${duration(small.ms)}/call at ${int(SMALLEST)}`,
      ratio: times(scaling),
      budget: `target ≤ ${BUDGETS.statementsByScaling}× (reported)`,
      status: target(scaling <= BUDGETS.statementsByScaling),
      note:
        `Per call, by size: ${bySize(result.indexed)}. Lean corpora (scripts/bench/scaling.ts): copies of the real statements with ids and speakers suffixed per copy, shuffled (seed ${SEED}). ` +
        `Each run makes ${int(small.calls)} calls cycling through ${int(result.queries)} seeded random speaker ids (a real speaker in a random copy), the same sequence at every size, ` +
        `returning ${int(result.returned)} statements per cycle at every size. Median of ${ROUNDS} interleaved runs, indexes built before timing. ` +
        `Cycling through only 16 of those ids at ${int(LARGEST)}, the same calls took ${duration(result.repeated.ms)}/call: the growth with size is the memory cost of ` +
        'random lookups in a Map of hundreds of thousands of speakers (cache misses), which a few repeated ids hide. ' +
        `Building the index (the first call, on a fresh array) took ${duration(result.build.ms)} at ${int(LARGEST)}, ` +
        `${times(result.build.ms / result.buildFilter.ms)} one linear filter pass (${duration(result.buildFilter.ms)}).`,
      values: { ...result, ratio: scaling },
    });
    rows.push({
      id: 'statements-by-vs-filter',
      figure: `\`statementsBy\` at ${int(LARGEST)} statements against a linear \`filter\``,
      candidate: `${duration(large.ms)}/call`,
      baseline: `${duration(largeFilter.ms)}/call (filter)`,
      ratio: `${times(speedup)} faster`,
      budget: `target ≥ ${BUDGETS.statementsByOverFilter}× faster (reported)`,
      status: target(speedup >= BUDGETS.statementsByOverFilter),
      note:
        `\`statements.filter((s) => s.speaker === id)\` with the same random ids, over the same records in the order they were made (not shuffled: the filter's best case), ` +
        `warmed by 2 untimed rounds and interleaved with the row above. Filter per call, by size: ${bySize(result.filter)}.`,
      values: { indexedMs: large.ms, filterMs: largeFilter.ms, speedup },
    });
  }
  log(`eventsBetween: lean corpora of ${SIZES.map(int).join(', ')} events…`);
  {
    const result = benchEventsBetweenScaling(main, base, SEED, ROUNDS, log);
    const [small] = result.indexed as [PerCall];
    const large = result.indexed[result.indexed.length - 1] as PerCall;
    const scaling = large.ms / small.ms;
    rows.push({
      id: 'events-between-scaling',
      figure: `\`eventsBetween\` at ${int(LARGEST)} events, fixed window`,
      candidate: `${duration(large.ms)}/call`,
      baseline: `${duration(small.ms)}/call at ${int(SMALLEST)}`,
      ratio: times(scaling),
      budget: `target ≤ ${BUDGETS.eventsBetweenScaling}× (reported)`,
      status: target(scaling <= BUDGETS.eventsBetweenScaling),
      note:
        `Per call, by size: ${result.sizes.map((size, i) => `${int(size)}: ${duration(result.indexed[i]?.ms ?? Number.NaN)}`).join(', ')}. Window ${result.window.join(' to ')}; ` +
        `it returns ${result.returned} events at every size (copies of the real events, shuffled, every copy's times moved 7 days, open-ended intervals away from the window). ` +
        `Median of ${ROUNDS} interleaved runs of ${int(small.calls)} calls.`,
      values: { ...result, ratio: scaling },
    });
  }
}
if (section('validation')) {
  log('DatasetSchema: 10,000 synthetic records against a hand-written guard, and 1,000+ invalid inputs…');
  {
    const result = benchValidation(schema, base, SEED, 11);
    const ratio = result.schema.ms / result.guard.ms;
    rows.push({
      id: 'validation',
      figure: `\`DatasetSchema\` validation of ${int(result.records)} synthetic records`,
      candidate: duration(result.schema.ms),
      baseline: `${duration(result.guard.ms)} (hand-written guard)`,
      ratio: times(ratio),
      budget: 'report',
      status: 'report',
      note:
        `\`DatasetSchema.safeParse\` (every record's shape, then the rules across records: references, span texts, times, figures) against scripts/bench/guard.ts, which checks ` +
        `types only, over the same ${int(result.counts.actors)} actors, ${int(result.counts.statements)} statements, ${int(result.counts.events)} events and ${int(result.counts.figures)} figures. ` +
        `The per-record schemas alone (shapes, no cross-record rules) took ${duration(result.shapes.ms)}, ${times(result.shapes.ms / result.guard.ms)} the guard. Median of ${result.schema.runs} interleaved runs.`,
      values: { ...result, ratio },
    });
    rows.push({
      id: 'safe-parse-invalid',
      figure: '`DatasetSchema.safeParse` of invalid input',
      candidate: `${int(result.invalid.threw)} threw`,
      baseline: `${int(result.invalid.inputs)} inputs`,
      ratio: `${int(result.invalid.rejected)} rejected, ${int(result.invalid.accepted)} accepted`,
      budget: 'never throws',
      status: status(result.invalid.threw === 0),
      note:
        'Non-objects, cyclic and null-prototype objects, `__proto__` keys, and 1,000 seeded corruptions of the real dataset (one value anywhere replaced by undefined, a symbol, a bigint, a function, NaN, ' +
        'Infinity, a 100,000-character string, an empty object or array, a Date, a Map, …). "Accepted" inputs are corruptions that happened to stay valid (an empty list where a list may be empty).' +
        (result.invalid.firstThrow ? ` First throw: ${result.invalid.firstThrow}` : ''),
      values: result.invalid,
    });
  }
}

if (section('scaling')) {
  log(`score: ${SCORE_SIZES.map(int).join(' and ')} gold units against as many predictions…`);
  {
    const scorer = (await import(pathToFileURL(join(root, 'dist', 'score.js')).href)) as { score: (prediction: unknown, options: Record<string, unknown>) => unknown };
    const result = benchScoreScaling(scorer.score, base, 5, log);
    const [small = Number.NaN, large = Number.NaN] = result.ms;
    const [bareSmall = Number.NaN, bareLarge = Number.NaN] = result.withoutIntervals;
    const scaling = large / small;
    rows.push({
      id: 'score-scaling',
      figure: `\`score\` on ${int(SCORE_SIZES[1])} gold units and as many predictions`,
      candidate: duration(large),
      baseline: `${duration(small)} at ${int(SCORE_SIZES[0])}`,
      ratio: times(scaling),
      budget: `target ≤ ${BUDGETS.scoreScaling}× (reported)`,
      status: target(scaling <= BUDGETS.scoreScaling),
      note:
        'Synthetic gold (scripts/bench/scaling.ts): one actor mention per sentence, 100 actors; the prediction gives every other mention exactly and, for the others, ' +
        'a stretch of the same sentence that overlaps no mention. Four times the units is four times the work where only overlapping pairs are compared. ' +
        `With the default 1,000 bootstrap resamples; without the intervals (\`resamples: 0\`) ${duration(bareSmall)} and ${duration(bareLarge)}, ${times(bareLarge / bareSmall)}. Median of 5 interleaved runs.`,
      values: { ...result, ratio: scaling },
    });
  }
}

if (section('adversarial')) rows.push(...benchAdversarial(main, schema, base, 11, log));

// The exporters, DatasetSchema and formatReport as their input grows, and the command.
if (section('exporters') || section('cli')) {
  const scratch = mkdtempSync(join(tmpdir(), 'kyiv-bench-'));
  try {
    if (section('exporters')) {
      const prediction = JSON.parse(readFileSync(baselinePrediction(scratch), 'utf8')) as Prediction;
      rows.push(...benchExporters({ main, schema, scorer, exporters }, base, prediction, MONOLOGUE_ROUNDS, log));
    }
    if (section('cli')) rows.push(...benchCli(scratch, CLI_RUNS, log));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const seconds = (performance.now() - started) / 1000;
const where = machine();
/** The version of `name` as a package in `from` resolves it: its own node_modules first, then the root's. */
const version = (name: string, from = root) => {
  const own = join(from, 'node_modules', name, 'package.json');
  const file = existsSync(own) ? own : join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
};
// What the sizes depend on: the build (tsup and the esbuild it runs), the bundlers, gzip (Node's zlib), and the compilers.
const tools = {
  node: process.versions.node,
  zlib: process.versions.zlib,
  tsup: version('tsup'),
  'esbuild (tsup)': version('esbuild', join(root, 'node_modules', 'tsup')),
  esbuild: esbuildVersion,
  rollup: rollupVersion,
  '@rollup/plugin-node-resolve': version('@rollup/plugin-node-resolve'),
  zod: version('zod'),
  // The compilers other than the repository's are installed by the package section.
  ...(section('package') ? Object.fromEntries(COMPILERS.map((id) => [`typescript (${id})`, compiler(id).version])) : {}),
};
const out = WRITE ? join(root, 'bench') : join(root, 'bench', 'latest');
writeResults(out, rows, where, tools, seconds, { seed: SEED, rounds: ROUNDS });
process.stdout.write(
  `${textTable(rows)}\n\n${where.cpu}, ${where.cores} cores, Node ${where.node}; wrote ${relative(root, out)}/results.md and results.json in ${Math.round(seconds)} s` +
    `${WRITE ? '' : ' (pass --write to update the committed bench/results.*)'}\n`,
);
if (rows.some((row) => row.status === 'FAIL')) {
  log(`over budget: ${rows.filter((row) => row.status === 'FAIL').map((row) => row.id).join(', ')}`);
  process.exitCode = 1;
}

function pick(bundle: Bundle): { readonly bytes: number; readonly gzip: number; readonly inputs: readonly string[] } {
  return { bytes: bundle.bytes, gzip: bundle.gzip, inputs: bundle.inputs.filter((input) => !input.startsWith('..')) };
}
