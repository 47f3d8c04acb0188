/**
 * Bundles consumer fixtures of the built package with esbuild and rollup, the way an app would:
 * the fixture imports `kyiv-strike-pause` by name from a throwaway project whose `node_modules`
 * links to this repository, so both bundlers resolve it through the `exports` map to `dist/`.
 *
 * @module
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build, transform } from 'esbuild';
import { rollup, type RollupLog } from 'rollup';
import { PACKAGE, root } from './paths.js';

export type Bundler = 'esbuild' | 'rollup';

/**
 * What each fixture imports. `everything` keeps the whole namespace alive; `records` every data
 * export (the records, the article, the dataset and the id lists) and no helper; the others one
 * export.
 */
export const FIXTURES = {
  everything: `import * as all from '${PACKAGE}';\nglobalThis.keep = all;\n`,
  getActor: `import { getActor } from '${PACKAGE}';\nglobalThis.keep = getActor;\n`,
  recordIds: `import { recordIds } from '${PACKAGE}';\nglobalThis.keep = recordIds;\n`,
  records:
    `import { article, actors, statements, events, figures, dataset, actorIds, statementIds, eventIds, figureIds, recordIds } from '${PACKAGE}';\n` +
    'globalThis.keep = [article, actors, statements, events, figures, dataset, actorIds, statementIds, eventIds, figureIds, recordIds];\n',
} as const;

export type Fixture = keyof typeof FIXTURES;

/**
 * Texts that only statement and figure records hold: a quote (also in the article text) and a
 * figure's evidence (also in the article, a statement and an event), but in no actor record.
 */
export const SENTINELS = {
  statement: 'Don’t waste the call',
  figure: 'minus 20 to minus 30',
} as const;

/** What a bundle that pulled in zod would contain. */
export const ZOD_MARKERS = ['ZodError', '$ZodType', 'zod'] as const;

export interface Bundle {
  readonly bundler: Bundler;
  readonly fixture: Fixture;
  /** The minified ESM code. */
  readonly code: string;
  /** Its size in bytes (UTF-8). */
  readonly bytes: number;
  /** Its size after gzip at level 9. */
  readonly gzip: number;
  /** The modules it drew on, relative to the repository root (`dist/index.js`, `node_modules/…`). */
  readonly inputs: readonly string[];
}

/** Gzip size at level 9, as zod's and size-limit's bundle budgets measure it. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

function toRepoPath(file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** A throwaway consumer project that resolves the package to this repository. Call `dispose` when done. */
export function createFixtureProject(): { readonly dir: string; readonly entry: (fixture: Fixture) => string; readonly dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `${PACKAGE}-bundle-`));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', PACKAGE), 'dir');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bundle-fixture', private: true, type: 'module' })}\n`);
  for (const [fixture, source] of Object.entries(FIXTURES)) writeFileSync(join(dir, `${fixture}.mjs`), source);
  return { dir, entry: (fixture) => join(dir, `${fixture}.mjs`), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** esbuild: bundle, minify, tree-shake, ESM, platform neutral (the `import` condition). */
export async function bundleWithEsbuild(entry: string, fixture: Fixture): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const inputs = Object.keys(result.metafile.inputs).map((input) => toRepoPath(join(process.cwd(), input)));
  return { bundler: 'esbuild', fixture, code, bytes: Buffer.byteLength(code), gzip: gzipSize(code), inputs };
}

/** rollup with @rollup/plugin-node-resolve, ESM output, then minified by esbuild without tree-shaking (so only rollup decides what stays). */
export async function bundleWithRollup(entry: string, fixture: Fixture): Promise<Bundle> {
  const warnings: RollupLog[] = [];
  const bundle = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: (warning) => void warnings.push(warning) });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const [chunk] = output;
    const unresolved = warnings.filter((warning) => warning.code === 'UNRESOLVED_IMPORT');
    if (unresolved.length > 0) throw new Error(`rollup could not resolve: ${unresolved.map((warning) => warning.message).join('; ')}`);
    const minified = await transform(chunk.code, { minify: true, format: 'esm', charset: 'utf8', treeShaking: false });
    const code = minified.code;
    return { bundler: 'rollup', fixture, code, bytes: Buffer.byteLength(code), gzip: gzipSize(code), inputs: chunk.moduleIds.map(toRepoPath) };
  } finally {
    await bundle.close();
  }
}

/** Every fixture with both bundlers. */
export async function bundleAll(): Promise<Readonly<Record<Bundler, Readonly<Record<Fixture, Bundle>>>>> {
  const project = createFixtureProject();
  try {
    const fixtures = Object.keys(FIXTURES) as Fixture[];
    const one = async (bundler: Bundler) => {
      const bundles = await Promise.all(
        fixtures.map((fixture) => (bundler === 'esbuild' ? bundleWithEsbuild : bundleWithRollup)(project.entry(fixture), fixture)),
      );
      return Object.fromEntries(bundles.map((bundle) => [bundle.fixture, bundle])) as Record<Fixture, Bundle>;
    };
    const [esbuild, rollupBundles] = await Promise.all([one('esbuild'), one('rollup')]);
    return { esbuild, rollup: rollupBundles };
  } finally {
    project.dispose();
  }
}

/** The floor: gzip of `dist/dataset.min.json`, the records as JSON without whitespace. */
export function datasetJsonGzip(): { readonly bytes: number; readonly gzip: number } {
  const json = readFileSync(join(root, 'dist', 'dataset.min.json'));
  return { bytes: json.length, gzip: gzipSize(json) };
}

/** The ids among `ids` that a bundle's code holds as string literals. */
export function idsIn(code: string, ids: readonly string[]): string[] {
  const literals = new Set([...code.matchAll(/(["'`])([a-z0-9-]+)\1/g)].map((match) => match[2]));
  return ids.filter((id) => literals.has(id));
}

/**
 * The ways a text can stand in a bundle's code: as itself, with each non-ASCII character as a
 * `\\uXXXX` escape (a string literal), or with that escape's backslash escaped in turn (JSON text
 * inside a string literal, as the generated rows are).
 */
function spellings(text: string): readonly string[] {
  const escaped = (backslash: string) => text.replace(/[^\x00-\x7f]/g, (char) => `${backslash}u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([text, escaped('\\'), escaped('\\'.repeat(2))])];
}

/** The sentinels found in a bundle's code, in any of their spellings, ignoring case (escapes' hex digits may be either). */
export function sentinelsIn(code: string): string[] {
  const lower = code.toLowerCase();
  return Object.values(SENTINELS).filter((sentinel) => spellings(sentinel).some((form) => lower.includes(form.toLowerCase())));
}

/** The zod markers found in a bundle's code, and any zod module among its inputs. */
export function zodIn(bundle: Bundle): string[] {
  return [
    ...ZOD_MARKERS.filter((marker) => bundle.code.includes(marker)),
    ...bundle.inputs.filter((input) => /(^|\/)node_modules\/zod\//.test(input)),
  ];
}
