/**
 * The source layers import only downward: util → model → data → queries | schema | score | export
 * → the entries → cli. The four subpath rooms never import each other, so a bundler can leave any
 * of them out whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** Each layer's rank; layers of one rank are rooms that must not import each other. */
const RANK: Readonly<Record<string, number>> = { util: 0, model: 1, data: 2, queries: 3, schema: 3, score: 3, export: 3, entry: 4, cli: 5 };

/** The layer of a file under src/: its first folder, or `entry` for the entry modules at the top. */
function layerOf(file: string): string {
  const [first, second] = file.split('/');
  return second === undefined ? 'entry' : (first as string);
}

/** The relative module specifiers of a source text: static imports and re-exports, and dynamic imports. */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const specifier = match[1] ?? match[2];
    if (specifier?.startsWith('.')) found.push(specifier);
  }
  return found;
}

/** The imports that break the layering: `from -> to` for each file of `files`, given their texts. */
function violations(files: ReadonlyMap<string, string>): string[] {
  const broken: string[] = [];
  for (const [file, source] of files) {
    const from = layerOf(file);
    for (const specifier of specifiersOf(source)) {
      const target = normalize(join(dirname(file), specifier)).replace(/\.js$/, '.ts');
      if (target.startsWith('..')) {
        broken.push(`${file} -> ${specifier} (outside src/)`);
        continue;
      }
      const to = layerOf(target);
      if (to === from) continue;
      const [fromRank, toRank] = [RANK[from], RANK[to]];
      if (fromRank === undefined || toRank === undefined || toRank >= fromRank) broken.push(`${file} (${from}) -> ${target} (${to})`);
    }
  }
  return broken;
}

const files = new Map(
  (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [file.split('\\').join('/'), readFileSync(join(src, file), 'utf8')] as const),
);

describe('layers', () => {
  test('every file of src/ lies in a known layer', () => {
    expect([...files.keys()].filter((file) => RANK[layerOf(file)] === undefined)).toEqual([]);
  });

  test('no file imports from a layer above its own or from a sibling room', () => {
    expect(files.size).toBeGreaterThan(50);
    expect(violations(files)).toEqual([]);
  });

  test('the check finds an upward import, a sibling import and a dynamic import', () => {
    const planted = new Map([
      ['util/a.ts', "import type { Actor } from '../model/types.js';"],
      ['score/b.ts', "import { search } from '../queries/search.js';"],
      ['model/c.ts', "const lazy = () => import('../data/actors.js');"],
      ['queries/d.ts', "import { describe } from '../util/describe.js';\nexport { x } from './e.js';"],
    ]);
    expect(violations(planted).map((line) => line.split(' ')[0])).toEqual(['util/a.ts', 'score/b.ts', 'model/c.ts']);
  });
});
