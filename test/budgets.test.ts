/**
 * The deterministic budgets, on the built package: bundle bytes against the floor (gzip of the
 * minified dataset.min.json), tree-shaking with esbuild and rollup (sentinel texts, other kinds'
 * ids, an ids-only bundle), no zod in the main entry, and the type instantiations a consumer of
 * the packed tarball pays under TypeScript 5.9, and the bytes the command loads before a
 * subcommand runs. The ceilings live in scripts/bench/budgets.ts,
 * shared with `npm run bench`, which also reports the timings (never asserted here). Needs
 * `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actorIds, dataset, eventIds, figureIds, recordIds, statementIds } from '../src/index.js';
import { bundleAll, datasetJsonGzip, idsIn, SENTINELS, sentinelsIn, zodIn, type Bundle, type Bundler, type Fixture } from '../scripts/bench/bundles.js';
import { BUDGETS, ENLARGED_IDS } from '../scripts/bench/budgets.js';
import { distModules, nonAsciiModules } from '../scripts/bench/ascii.js';
import { added, installPacked, measureConsumerCost, type ConsumerCost, type Install } from '../scripts/bench/consumer.js';
import { requireBuild, root } from '../scripts/bench/paths.js';
import { bytesOf, commandChunk, staticClosure } from '../scripts/bench/cli.js';

const BUNDLERS: readonly Bundler[] = ['esbuild', 'rollup'];

let bundles: Readonly<Record<Bundler, Readonly<Record<Fixture, Bundle>>>>;
let floor: { readonly bytes: number; readonly gzip: number };
let cost: ConsumerCost;
let packed: Promise<Install> | undefined;

beforeAll(async () => {
  requireBuild();
  packed = installPacked();
  [bundles] = await Promise.all([bundleAll(), packed]);
  floor = datasetJsonGzip();
  [cost] = (await measureConsumerCost(await packed, ['5.9'], ENLARGED_IDS)) as [ConsumerCost];
}, 180_000);

afterAll(async () => {
  await packed?.then((install) => install.dispose(), () => undefined);
});

describe('bundle size', () => {
  test('the bundles are of the built package, resolved through its exports to dist/index.js', () => {
    for (const bundler of BUNDLERS) {
      for (const bundle of Object.values(bundles[bundler])) {
        expect(bundle.inputs, `${bundler} ${bundle.fixture}`).toContain('dist/index.js');
        expect(bundle.inputs.filter((input) => input.startsWith('src/')), `${bundler} ${bundle.fixture}`).toEqual([]);
      }
    }
  });

  test('the floor is the minified dataset: dist/dataset.min.json is dist/dataset.json without whitespace, and the exported dataset', () => {
    const minified = readFileSync(join(root, 'dist', 'dataset.min.json'), 'utf8');
    const readable = readFileSync(join(root, 'dist', 'dataset.json'), 'utf8');
    expect(minified).toBe(JSON.stringify(JSON.parse(readable)));
    expect(minified).toBe(JSON.stringify(dataset));
    expect(floor.bytes).toBe(Buffer.byteLength(minified));
  });

  test(`a minified ESM bundle of everything in the main entry gzips to at most ${BUDGETS.fullBundleOverDatasetGzip} × gzip(dataset.min.json)`, () => {
    const ceiling = Math.floor(BUDGETS.fullBundleOverDatasetGzip * floor.gzip);
    for (const bundler of BUNDLERS) expect(bundles[bundler].everything.gzip, bundler).toBeLessThanOrEqual(ceiling);
  });

  test(`a bundle of every data export and no helper gzips to at most ${BUDGETS.recordsOverDatasetGzip} × gzip(dataset.min.json): less than the records' own JSON`, () => {
    const ceiling = Math.floor(BUDGETS.recordsOverDatasetGzip * floor.gzip);
    for (const bundler of BUNDLERS) {
      const { records, everything } = bundles[bundler];
      expect(records.gzip, bundler).toBeLessThanOrEqual(ceiling);
      // It really holds the records: every id and both sentinel texts, and it is smaller than the bundle with the helpers.
      expect(idsIn(records.code, recordIds), bundler).toEqual([...recordIds]);
      expect(sentinelsIn(records.code), bundler).toEqual(Object.values(SENTINELS));
      expect(records.gzip, bundler).toBeLessThan(everything.gzip);
    }
  });
});

describe('source encoding', () => {
  test('every JavaScript module of dist/ is ASCII, so V8 reads and compiles it as one-byte source', () => {
    expect(distModules()).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'schema.js', 'score.js', 'export.js', 'cli.js']));
    expect(nonAsciiModules()).toEqual([]);
  });

  test('the generated records are JSON text in the modules, not object literals', () => {
    const index = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
    // One string of rows per collection, parsed at import.
    for (const first of ['[[0,"indirect","Trump asked Putin to halt strikes on Kyiv"', '[["government","Kremlin",["Kremlin"]']) expect(index).toContain(first);
    expect(index).not.toContain('"speaker":"kremlin"');
  });
});

describe('tree-shaking', () => {
  test('the sentinels are real: the bundle of everything holds the quote, the figure evidence and every id', () => {
    for (const bundler of BUNDLERS) {
      expect(sentinelsIn(bundles[bundler].everything.code), bundler).toEqual(Object.values(SENTINELS));
      expect(idsIn(bundles[bundler].everything.code, recordIds), bundler).toEqual([...recordIds]);
    }
  });

  test.each(BUNDLERS)(`%s: getActor alone is at most ${BUDGETS.getActorOverFull} × the bundle of everything, minified and gzipped`, (bundler) => {
    const { getActor, everything } = bundles[bundler];
    expect(getActor.bytes).toBeLessThanOrEqual(BUDGETS.getActorOverFull * everything.bytes);
    expect(getActor.gzip).toBeLessThanOrEqual(BUDGETS.getActorOverFull * everything.gzip);
  });

  test.each(BUNDLERS)('%s: getActor alone bundles actors but no statement or figure text', (bundler) => {
    const { code } = bundles[bundler].getActor;
    expect(code).toContain('Donald Trump');
    expect(sentinelsIn(code)).toEqual([]);
  });

  test.each(BUNDLERS)('%s: getActor alone bundles the actor ids and no statement, event or figure id', (bundler) => {
    const { code } = bundles[bundler].getActor;
    expect(idsIn(code, actorIds)).toEqual([...actorIds]);
    expect(idsIn(code, [...statementIds, ...eventIds, ...figureIds])).toEqual([]);
  });

  test.each(BUNDLERS)('%s: recordIds alone bundles every id and no record: no names, quotes or article text', (bundler) => {
    const { code } = bundles[bundler].recordIds;
    expect(idsIn(code, recordIds)).toEqual([...recordIds]);
    expect([...sentinelsIn(code), ...['Donald Trump', dataset.article.headline].filter((text) => code.includes(text))]).toEqual([]);
  });
});

describe('zod', () => {
  test('the bundle of everything in the main entry holds no zod, with esbuild or rollup', () => {
    expect(BUNDLERS.flatMap((bundler) => zodIn(bundles[bundler].everything).map((found) => `${bundler}: ${found}`))).toEqual([]);
  });
});

describe('consumer type-check cost (TypeScript 5.9, the packed tarball, skipLibCheck false)', () => {
  test('the empty, the typical and the enlarged consumers type-check cleanly', () => {
    const checks = [cost.empty, cost.typical, ...cost.enlarged];
    expect(checks.flatMap((check) => check.errors)).toEqual([]);
    expect(checks.map((check) => check.exitCode)).toEqual(checks.map(() => 0));
  });

  test(`a typical consumer adds at most ${BUDGETS.consumerInstantiations.toLocaleString('en-US')} type instantiations over an empty one`, () => {
    expect(cost.empty.instantiations).toBeGreaterThan(0);
    expect(added(cost)).toBeLessThanOrEqual(BUDGETS.consumerInstantiations);
  });

  test(`the instantiations do not grow with the records: id unions enlarged by ${ENLARGED_IDS.join(' and ')} ids each add none`, () => {
    // The enlarged unions really are loaded: each of the 4 × extra synthetic ids is a type of its own.
    const short = cost.enlarged.filter((check) => (check.types ?? 0) < (cost.typical.types ?? 0) + 4 * check.extra);
    expect(short.map((check) => `+${check.extra} ids: ${check.types} types`)).toEqual([]);
    expect(cost.enlarged.map((check) => added(cost, check))).toEqual(cost.enlarged.map(() => added(cost)));
  });
});

describe('the command', () => {
  test(`the bin loads at most ${BUDGETS.cliStartBytes.toLocaleString('en-US')} bytes before a subcommand runs, and no record, scorer or exporter`, () => {
    const start = staticClosure('cli.js');
    expect(bytesOf(start)).toBeLessThanOrEqual(BUDGETS.cliStartBytes);
    const code = start.map((file) => readFileSync(join(root, 'dist', file), 'utf8')).join('\n');
    expect([dataset.article.headline, 'function score(', 'function toLabelStudio(', 'function toBrat('].filter((marker) => code.includes(marker))).toEqual([]);
  });

  test('each subcommand is a chunk the bin imports when the command runs, with what the command needs', () => {
    const score = staticClosure(commandChunk('score')).map((file) => readFileSync(join(root, 'dist', file), 'utf8')).join('\n');
    const exporters = staticClosure(commandChunk('export')).map((file) => readFileSync(join(root, 'dist', file), 'utf8')).join('\n');
    expect(['function score(', 'function formatReport('].filter((marker) => !score.includes(marker))).toEqual([]);
    expect(['function toLabelStudio(', 'function toBrat('].filter((marker) => !exporters.includes(marker))).toEqual([]);
  });
});
