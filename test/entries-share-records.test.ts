/**
 * The subpath entries and the command take the records from the built main entry instead of
 * carrying a copy of their own: `dist/score.js`, `dist/export.js` and `dist/cli.js` import
 * `./index.js` (`./index.cjs` for CommonJS), and none of them holds the article's text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { article, statements } from '../src/index.js';

const dist = join(import.meta.dirname, '..', 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
/** Texts only the records hold: the article's second paragraph and a quote. */
const sentinels = [article.paragraphs[1]?.text ?? '', statements.find((statement) => statement.mode === 'direct')?.text ?? ''];

describe('the built entries share the records', () => {
  test('dist/ is built', () => {
    expect(existsSync(join(dist, 'index.js')), 'run npm run build first').toBe(true);
    expect(sentinels.every((text) => text.length > 20)).toBe(true);
  });

  test.each(['index.js', 'index.cjs'])('the main entry %s holds the records', (file) => {
    const code = read(file);
    // The records are JSON rows, with non-ASCII characters escaped: compare in that form.
    expect(sentinels.filter((text) => !code.includes(JSON.stringify(text).slice(1, -1).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)))).toEqual([]);
  });

  test.each([
    ['score.js', './index.js'],
    ['export.js', './index.js'],
    ['cli.js', './index.js'],
    ['score.cjs', './index.cjs'],
    ['export.cjs', './index.cjs'],
  ])('%s holds no record text and takes the records from %s', (file, main) => {
    const code = read(file);
    const escaped = (text: string) => JSON.stringify(text).slice(1, -1).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(sentinels.filter((text) => code.includes(text) || code.includes(escaped(text)))).toEqual([]);
    if (file !== 'export.js' && file !== 'export.cjs') expect(code.includes(`"${main}"`), `${file} imports ${main}`).toBe(true);
  });
});
