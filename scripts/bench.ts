/**
 * `npm run bench`: the budgets of issue 5, each measured against a baseline in the same run,
 * printed as a table and written to `bench/results.md` and `bench/results.json`. Measures the
 * built package (`npm run build` first). Progress goes to stderr, the table to stdout.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { version as esbuildVersion } from 'esbuild';
import { VERSION as rollupVersion } from 'rollup';
import { bundleAll, datasetJsonGzip, sentinelsIn, SENTINELS, zodIn, type Bundle } from './bench/bundles.js';
import { BUDGETS, ENLARGED_IDS } from './bench/budgets.js';
import { measureColdImport } from './bench/coldImport.js';
import { added, compiler, installPacked, measureConsumerCost, type CompilerId } from './bench/consumer.js';
import { PACKAGE, requireBuild, root } from './bench/paths.js';
import { duration, int, machine, textTable, times, writeResults, type Row, type Status } from './bench/report.js';
import { benchEventsBetween, benchStatementsBy, benchValidation, loadBuilt } from './bench/runtime.js';
import { benchAdversarial } from './bench/adversarial.js';

const SEED = 2026;
const ROUNDS = 31;
const COLD_IMPORT_RUNS = 40;
const COMPILERS: readonly CompilerId[] = ['5.9', '6.0', '7.0'];

const started = performance.now();
const log = (message: string) => process.stderr.write(`${message}\n`);
const status = (ok: boolean): Status => (ok ? 'pass' : 'FAIL');
const rows: Row[] = [];

requireBuild();

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
    baseline: `${int(floor.gzip)} B (gzip of dataset.json)`,
    ratio: times(ratio),
    budget: `≤ ${BUDGETS.fullBundleOverDatasetGzip}×`,
    status: status(ratio <= BUDGETS.fullBundleOverDatasetGzip),
    note:
      `\`import * as all from '${PACKAGE}'; globalThis.keep = all\` bundled by esbuild ${esbuildVersion} (bundle, minify, ESM, platform neutral), gzip level 9: ` +
      `${int(full.bytes)} B minified. With rollup ${rollupVersion} + node-resolve, minified by esbuild: ${int(bundles.rollup.everything.gzip)} B gzip ` +
      `(${times(bundles.rollup.everything.gzip / floor.gzip)}). dist/dataset.json is ${int(floor.bytes)} B before gzip.`,
    values: { esbuild: pick(full), rollup: pick(bundles.rollup.everything), datasetJson: floor, ratio },
  });
}
for (const bundler of ['esbuild', 'rollup'] as const) {
  const one = bundles[bundler].getActor;
  const full = bundles[bundler].everything;
  const ratio = one.gzip / full.gzip;
  const bytesRatio = one.bytes / full.bytes;
  const found = sentinelsIn(one.code);
  const real = sentinelsIn(full.code).length === Object.keys(SENTINELS).length;
  rows.push({
    id: `get-actor-${bundler}`,
    figure: `bundle of \`getActor\` alone (${bundler})`,
    candidate: `${int(one.gzip)} B gzip`,
    baseline: `${int(full.gzip)} B gzip (everything)`,
    ratio: `${times(ratio)} (min ${times(bytesRatio)}); sentinels: ${found.length === 0 ? 'none' : found.join(', ')}`,
    budget: `≤ ${BUDGETS.getActorOverFull}×, no statement or figure text`,
    status: status(ratio <= BUDGETS.getActorOverFull && bytesRatio <= BUDGETS.getActorOverFull && found.length === 0 && real),
    note:
      `\`import { getActor } from '${PACKAGE}'\` bundled like the full bundle by ${bundler}: ${int(one.bytes)} B minified against ${int(full.bytes)} B. ` +
      `Sentinels: a quote (${JSON.stringify(SENTINELS.statement)}) and a figure's evidence (${JSON.stringify(SENTINELS.figure)}), both present in the full bundle ` +
      `(${real ? 'checked' : 'NOT FOUND: the sentinels are stale'}) and in no actor record.`,
    values: { getActor: pick(one), everything: pick(full), gzipRatio: ratio, bytesRatio, sentinelsFound: found },
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

  log(`cold import: ${COLD_IMPORT_RUNS} fresh processes each for the package and an empty module…`);
  const cold = measureColdImport(install.consumer, PACKAGE, COLD_IMPORT_RUNS);
  const ratio = cold.candidate.medianProcessMs / cold.baseline.medianProcessMs;
  rows.push({
    id: 'cold-import',
    figure: 'cold `import()` of the package in a fresh Node process',
    candidate: duration(cold.candidate.medianProcessMs),
    baseline: `${duration(cold.baseline.medianProcessMs)} (empty module)`,
    ratio: times(ratio),
    budget: `≤ ${BUDGETS.coldImport}×`,
    status: status(ratio <= BUDGETS.coldImport),
    note:
      `Whole process, spawn to exit, median of ${COLD_IMPORT_RUNS} interleaved runs each (A B B A) of the same runner script, which imports either '${PACKAGE}' ` +
      `(from the installed tarball) or an empty module. Inside the process, \`await import()\` itself took ${duration(cold.candidate.medianImportMs)} for the package ` +
      `and ${duration(cold.baseline.medianImportMs)} for the empty module (+${duration(cold.candidate.medianImportMs - cold.baseline.medianImportMs)}).`,
    values: { ...cold, ratio },
  });
} finally {
  install.dispose();
}

// Query scaling and validation, on synthetic corpora.
const { main, schema, base } = await loadBuilt();
log('statementsBy: synthetic corpora of 1,000 and 100,000 statements…');
{
  const result = benchStatementsBy(main, base, SEED, ROUNDS);
  const scaling = result.large.ms / result.small.ms;
  const speedup = result.filter.ms / result.large.ms;
  const corpus = (counts: typeof result.corpora.large) => `${int(counts.statements)} statements (${int(counts.actors)} actors, ${int(counts.events)} events, ${int(counts.figures)} figures)`;
  rows.push({
    id: 'statements-by-scaling',
    figure: '`statementsBy` at 100,000 statements via `createQueries`',
    candidate: `${duration(result.large.ms)}/call`,
    baseline: `${duration(result.small.ms)}/call at 1,000`,
    ratio: times(scaling),
    budget: `≤ ${BUDGETS.statementsByScaling}×`,
    status: status(scaling <= BUDGETS.statementsByScaling),
    note:
      `Corpora: ${corpus(result.corpora.large)} and ${corpus(result.corpora.small)}, seeded (${SEED}), built from the real records (see scripts/bench/corpus.ts) and valid under DatasetSchema. ` +
      `Each query returns ${result.resultSize} statements in both. Median of ${ROUNDS} interleaved runs of ${int(result.large.ops)} calls over 16 speakers, indexes built before timing. ` +
      `Building the index (the first call, on a fresh array) took ${duration(result.build.ms)} at 100,000, ${times(result.build.ms / result.buildFilter.ms)} one linear filter pass (${duration(result.buildFilter.ms)}).`,
    values: { ...result, ratio: scaling },
  });
  rows.push({
    id: 'statements-by-vs-filter',
    figure: '`statementsBy` at 100,000 statements against a linear `filter`',
    candidate: `${duration(result.large.ms)}/call`,
    baseline: `${duration(result.filter.ms)}/call (filter)`,
    ratio: `${times(speedup)} faster`,
    budget: `≥ ${BUDGETS.statementsByOverFilter}× faster`,
    status: status(speedup >= BUDGETS.statementsByOverFilter),
    note: `\`statements.filter((s) => s.speaker === id)\` over the same 100,000 records (plain objects, as createQueries users pass them), ${result.filter.ops} calls per run, interleaved with the row above.`,
    values: { indexedMs: result.large.ms, filterMs: result.filter.ms, speedup },
  });
}
log('eventsBetween: synthetic corpora of 1,000 and 100,000 events…');
{
  const result = benchEventsBetween(main, base, SEED, ROUNDS);
  const scaling = result.large.ms / result.small.ms;
  rows.push({
    id: 'events-between-scaling',
    figure: '`eventsBetween` at 100,000 events, fixed window',
    candidate: `${duration(result.large.ms)}/call`,
    baseline: `${duration(result.small.ms)}/call at 1,000`,
    ratio: times(scaling),
    budget: `≤ ${BUDGETS.eventsBetweenScaling}×`,
    status: status(scaling <= BUDGETS.eventsBetweenScaling),
    note:
      `Window ${result.window.join(' to ')}; it returns ${result.resultSize} events in both corpora (${int(result.corpora.large.events)} and ${int(result.corpora.small.events)} events, ` +
      `every copy's times moved 7 days per copy, open-ended intervals away from the window). Median of ${ROUNDS} interleaved runs of ${int(result.large.ops)} calls.`,
    values: { ...result, ratio: scaling },
  });
}
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

rows.push(...benchAdversarial(main, schema, base, 11, log));

const seconds = (performance.now() - started) / 1000;
const where = machine();
const version = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const tools = {
  esbuild: esbuildVersion,
  rollup: rollupVersion,
  '@rollup/plugin-node-resolve': version('@rollup/plugin-node-resolve'),
  zod: version('zod'),
  ...Object.fromEntries(COMPILERS.map((id) => [`typescript (${id})`, compiler(id).version])),
};
writeResults(join(root, 'bench'), rows, where, tools, seconds, { seed: SEED, rounds: ROUNDS });
process.stdout.write(`${textTable(rows)}\n\n${where.cpu}, ${where.cores} cores, Node ${where.node}; wrote bench/results.md and bench/results.json in ${Math.round(seconds)} s\n`);
if (rows.some((row) => row.status === 'FAIL')) {
  log(`over budget: ${rows.filter((row) => row.status === 'FAIL').map((row) => row.id).join(', ')}`);
  process.exitCode = 1;
}

function pick(bundle: Bundle): { readonly bytes: number; readonly gzip: number; readonly inputs: readonly string[] } {
  return { bytes: bundle.bytes, gzip: bundle.gzip, inputs: bundle.inputs.filter((input) => !input.startsWith('..')) };
}
