/**
 * The subpath entries and the command take the records from the built main entry instead of
 * carrying a copy of their own: `dist/score.js`, `dist/export.js` and `dist/cli.js` import
 * `./index.js` (`./index.cjs` for CommonJS), and none of them holds the article's text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
    if (file !== 'export.js' && file !== 'export.cjs' && file !== 'cli.js') expect(code.includes(`"${main}"`), `${file} imports ${main}`).toBe(true);
  });

  test('the command and the chunks it loads for its subcommands hold no record text, and take the records from ./index.js', () => {
    // The bin and its chunks: tsup names a chunk after its module with a hash (`score-QI5OZVKI.js`), or `chunk-…`.
    const files = readdirSync(dist).filter((file) => file === 'cli.js' || /^[\w-]+-[A-Z0-9]{8}\.js$/.test(file));
    expect(files.length).toBeGreaterThan(1);
    const escaped = (text: string) => JSON.stringify(text).slice(1, -1).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(files.flatMap((file) => sentinels.filter((text) => read(file).includes(text) || read(file).includes(escaped(text))).map((text) => `${file}: ${text.slice(0, 30)}`))).toEqual([]);
    expect(files.filter((file) => read(file).includes('"./index.js"')).length).toBeGreaterThan(0);
  });
});
