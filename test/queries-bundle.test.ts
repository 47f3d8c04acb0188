import { readFileSync } from 'node:fs';
import { bundleConsumer } from './helpers/bundle.js';
import { describe, expect, test } from 'vitest';
import { events, figures, statements } from '../src/index.js';

const source = (kind: string) => readFileSync(new URL(`../src/data/${kind}.ts`, import.meta.url), 'utf8');

/** Bundles a consumer of `src/index.ts` the way an app would: esbuild, bundled, minified, ESM, platform neutral. */
async function bundle(imports: string): Promise<string> {
  return bundleConsumer(`import { ${imports} } from './src/index.ts';\nglobalThis.keep = [${imports}];`);
}

/** Texts that only one generated module holds, so their presence in a bundle proves that module is in it. */
const onlyIn = (kind: string, texts: readonly string[]) => {
  const others = ['actors', 'statements', 'events', 'figures', 'article'].filter((other) => other !== kind).map(source);
  return texts.filter((text) => source(kind).includes(JSON.stringify(text).slice(1, -1)) && !others.some((other) => other.includes(text)));
};

const STATEMENT_TEXT = 'Don’t waste the call';
const figureTexts = onlyIn('figures', figures.map((figure) => figure.measures));
const eventTexts = onlyIn('events', events.map((event) => event.summary));
const statementNotes = onlyIn('statements', statements.flatMap((statement) => statement.notes.map((note) => note.text)));

describe('tree-shaking', () => {
  test('the sentinels are real: each lives in one generated module, and the whole dataset bundles them all', async () => {
    expect(source('actors').includes(STATEMENT_TEXT)).toBe(false);
    expect(source('figures').includes(STATEMENT_TEXT)).toBe(false);
    expect(figureTexts.length).toBeGreaterThan(5);
    expect(eventTexts.length).toBeGreaterThan(5);
    expect(statementNotes.length).toBeGreaterThan(5);
    const everything = await bundle('dataset');
    expect([STATEMENT_TEXT, ...statementNotes, ...figureTexts, ...eventTexts].filter((text) => !everything.includes(text))).toEqual([]);
  });

  test('importing getActor alone bundles actor names but no statement, event or figure text', async () => {
    const code = await bundle('getActor');
    expect(code).toContain('Donald Trump');
    expect([STATEMENT_TEXT, ...statementNotes, ...figureTexts, ...eventTexts].filter((text) => code.includes(text))).toEqual([]);
  });

  test('importing statementsBy alone bundles statement text but no figure or event text', async () => {
    const code = await bundle('statementsBy');
    expect(code).toContain(STATEMENT_TEXT);
    expect([...figureTexts, ...eventTexts].filter((text) => code.includes(text))).toEqual([]);
  });

  test('importing convertFigure alone bundles no record text at all', async () => {
    const code = await bundle('convertFigure');
    expect([STATEMENT_TEXT, 'Donald Trump', ...figureTexts, ...eventTexts].filter((text) => code.includes(text))).toEqual([]);
  });

  test('importing createQueries alone bundles no record text and no zod', async () => {
    const code = await bundle('createQueries');
    expect([STATEMENT_TEXT, 'Donald Trump', ...figureTexts, ...eventTexts, 'ZodError'].filter((text) => code.includes(text))).toEqual([]);
  });

  test('importing eventsBetween alone bundles event text but no statement notes or figure text', async () => {
    const code = await bundle('eventsBetween');
    expect(eventTexts.every((text) => code.includes(text))).toBe(true);
    expect([...statementNotes, ...figureTexts].filter((text) => code.includes(text))).toEqual([]);
  });
});
