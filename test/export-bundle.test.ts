/**
 * The exporters stay out of the main entry: a bundle of everything `kyiv-strike-pause` exports
 * holds none of their code and stays within the size budget of issue 5, while a bundle of
 * `kyiv-strike-pause/export` holds it all (so the markers below are real).
 */
import { bundleConsumer } from './helpers/bundle.js';
import { describe, expect, test } from 'vitest';
import { gzipSize } from '../scripts/bench/bundles.js';
import { BUDGETS } from '../scripts/bench/budgets.js';
import { dataset } from '../src/index.js';


/** Bundles a consumer of one source entry the way an app would: esbuild, bundled, minified, ESM, platform neutral. */
async function bundle(entry: string): Promise<string> {
  return bundleConsumer(`import * as all from '${entry}';\nglobalThis.keep = all;\n`);
}

/** Strings only the exporters hold: format vocabulary that no query helper or record uses. */
const MARKERS = ['TextPositionSelector', 'AnnotationCollection', 'QuantitativeValue', 'AnnotatorNotes', 'from_name', '<Labels name=', 'unit_inferred', 'urn:x-dataset:'];

describe('the main entry’s bundle', () => {
  test('the markers are real: the bundle of kyiv-strike-pause/export holds every one', async () => {
    const code = await bundle('./src/export.ts');
    expect(MARKERS.filter((marker) => !code.includes(marker))).toEqual([]);
  });

  test('holds nothing of the exporters', async () => {
    const code = await bundle('./src/index.ts');
    expect(MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
  });

  test(`stays within ${BUDGETS.fullBundleOverDatasetGzip} × gzip(dataset.json), minified and gzipped`, async () => {
    const code = await bundle('./src/index.ts');
    const floor = gzipSize(`${JSON.stringify(dataset, null, 2)}\n`);
    expect(gzipSize(code)).toBeLessThanOrEqual(Math.floor(BUDGETS.fullBundleOverDatasetGzip * floor));
  });
});
