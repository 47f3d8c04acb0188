/**
 * The scorer lives behind its own subpath, so the main entry's bundle does not grow with it: a
 * bundle of everything in `src/index.ts` holds nothing of `src/score/`, and stays within the size
 * budget of issue 5. Bundled from source with esbuild, the way an app would bundle it.
 */
import { readFileSync } from 'node:fs';
import { bundleConsumer } from './helpers/bundle.js';
import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../scripts/bench/budgets.js';
import { datasetJsonGzip, gzipSize } from '../scripts/bench/bundles.js';
import { requireBuild } from '../scripts/bench/paths.js';


/** Texts that only the scorer's sources hold: messages of `score` and `formatReport`. */
const SENTINELS = ['the prediction was made on another text', 'could not be used (counted as spurious)', 'is neither a UCUM unit nor a spelling of one'] as const;

async function bundle(entry: string, code: string): Promise<string> {
  return bundleConsumer(code, `${entry}-consumer.ts`);
}

describe('the main entry does not grow with the scorer', () => {
  test('the sentinels are real: each is in src/score and a bundle of the scorer holds them all', async () => {
    const sources = ['score.ts', 'formatReport.ts', 'predictions.ts'].map((file) => readFileSync(new URL(`../src/score/${file}`, import.meta.url), 'utf8')).join('\n');
    expect(SENTINELS.filter((sentinel) => !sources.includes(sentinel))).toEqual([]);
    const scorer = await bundle('score', "import * as all from './src/score.ts';\nglobalThis.keep = all;\n");
    expect(SENTINELS.filter((sentinel) => !scorer.includes(sentinel))).toEqual([]);
  });

  test(`a bundle of everything in the main entry holds nothing of the scorer, and gzips to at most ${BUDGETS.fullBundleOverDatasetGzip} × gzip(dataset.json)`, async () => {
    requireBuild();
    const everything = await bundle('index', "import * as all from './src/index.ts';\nglobalThis.keep = all;\n");
    expect(SENTINELS.filter((sentinel) => everything.includes(sentinel))).toEqual([]);
    expect(gzipSize(everything)).toBeLessThanOrEqual(Math.floor(BUDGETS.fullBundleOverDatasetGzip * datasetJsonGzip().gzip));
  });
});
