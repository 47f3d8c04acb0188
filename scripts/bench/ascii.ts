/**
 * Whether the built JavaScript is ASCII. Node decodes an ASCII file on its fastest path, and V8
 * keeps a source one byte per character only when every character fits in one byte: a single
 * `’` makes the whole module two bytes per character and slows its reading, its compilation and
 * `JSON.parse` of the generated rows at import.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.js';

/** The JavaScript modules of `dist/` (`.js` and `.cjs`). */
export function distModules(): string[] {
  return readdirSync(join(root, 'dist'))
    .filter((file) => /\.c?js$/.test(file))
    .sort();
}

/** Each module of `dist/` that holds a character beyond ASCII, with the first such character's line and what surrounds it. */
export function nonAsciiModules(): { readonly file: string; readonly line: number; readonly excerpt: string }[] {
  return distModules().flatMap((file) => {
    const text = readFileSync(join(root, 'dist', file), 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    if (at === -1) return [];
    return [{ file, line: text.slice(0, at).split('\n').length, excerpt: text.slice(Math.max(0, at - 30), at + 10) }];
  });
}
