import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { actorIds, actors, article, dataset, eventIds, events, figureIds, figures, recordIds, statementIds, statements, timexes, timexIds } from '../src/index.js';
import type { Dataset, IdSpace } from '../src/model/types.js';
import { DataError, dataDir, loadDataset, locate } from '../scripts/dataset.js';
import { renderModules, staleModules } from '../scripts/generate.js';

const scratch = mkdtempSync(join(tmpdir(), 'ksp-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of data/ with one file edited. */
function editedData(file: string, edit: (records: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(join(scratch, 'data-'));
  cpSync(dataDir, dir, { recursive: true });
  const path = join(dir, file);
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  edit(records);
  writeFileSync(path, JSON.stringify(records));
  return dir;
}

describe('the generator', () => {
  test('re-running it on the committed data changes none of the generated modules', () => {
    expect(staleModules(loadDataset(dataDir))).toEqual([]);
  });

  test('the generated modules hold exactly the validated data/ records', () => {
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(JSON.parse(JSON.stringify(loadDataset(dataDir))));
  });

  test('the records rebuilt from the compact modules deep-equal the data/ records (what dataset.json holds), field order included', () => {
    const loaded = loadDataset(dataDir);
    const exported = { article, actors, statements, events, figures, timexes };
    expect(Object.keys(exported).filter((key) => !isDeepStrictEqual(exported[key as keyof typeof exported], loaded[key as keyof typeof loaded]))).toEqual([]);
    expect(isDeepStrictEqual(dataset, loaded)).toBe(true);
    // The same objects serialise to the same characters: dist/dataset.min.json is JSON.stringify of the loaded records.
    expect(JSON.stringify(dataset)).toBe(JSON.stringify(loaded));
    expect([...recordIds]).toEqual([...actorIds, ...statementIds, ...eventIds, ...figureIds, ...timexIds]);
  });

  test('every object and array reachable from the exports is frozen', () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    };
    const exports = { dataset, article, actors, statements, events, figures, timexes, actorIds, statementIds, eventIds, figureIds, timexIds, recordIds };
    for (const [name, value] of Object.entries(exports)) walk(value, name);
    expect(unfrozen).toEqual([]);
  });

  test('the generated modules are written in a compact form: no field names or span texts repeated per record', () => {
    const modules = renderModules(loadDataset(dataDir));
    const statementsModule = modules.get('data/statements.ts') ?? '';
    expect(statementsModule.match(/"speaker"/g)?.length).toBe(1);
    expect(statementsModule).not.toContain('"text":"Kremlin says"');
    // Actor mentions point into the actor's aliases, so the actors module needs no article text.
    expect(modules.get('data/actors.ts')).not.toContain("from './text.js'");
    expect(modules.get('data/statements.ts')).toContain("from './text.js'");
  });

  test('the rows are JSON text of ASCII characters, one record per line, with record ids as positions in the id lists', () => {
    const modules = renderModules(loadDataset(dataDir));
    for (const file of ['data/actors.ts', 'data/statements.ts', 'data/events.ts', 'data/figures.ts', 'data/timexes.ts']) {
      const module = modules.get(file) ?? '';
      const rows = module.split('\n').filter((line) => /^ {2}'[[,]/.test(line));
      expect(rows.length, file).toBe(dataset[file.replace('data/', '').replace('.ts', '') as 'actors'].length);
      expect(module.match(/[^\x00-\x7f]/g), file).toBeNull();
      // References are positions: no statement, event, figure or time expression id is written out in the rows (ids live once, in ids.ts).
      expect([...statementIds, ...eventIds, ...figureIds, ...timexIds].filter((id) => rows.some((row) => row.includes(`"${id}"`))), file).toEqual([]);
    }
    // The actors module imports the actor ids only, so a bundle of actors holds no other kind's id.
    expect(modules.get('data/actors.ts')).toContain("import { actorIds } from '../model/ids.js';");
    expect(modules.get('data/figures.ts')).toContain("import { actorIds, statementIds, eventIds, figureIds } from '../model/ids.js';");
    // A time expression's anchor is another time expression: the module reads the id lists up to the time expressions'.
    expect(modules.get('data/timexes.ts')).toContain("import { actorIds, statementIds, eventIds, figureIds, timexIds } from '../model/ids.js';");
  });

  test('the encoding follows the records, not today\'s fields: a new field, a missing optional field and an unmatched span all still rebuild exactly', () => {
    const loaded = loadDataset(dataDir);
    const edited = JSON.parse(JSON.stringify(loaded)) as Dataset<IdSpace>;
    type Loose = Record<string, unknown>;
    // A field every statement gains, and one only some events have.
    for (const statement of edited.statements as unknown as Loose[]) statement['confidence'] = 0.5;
    (edited.events[0] as unknown as Loose)['extra'] = { nested: [1, 2] };
    // An account with a time but no statement: a hole in the middle of its row.
    const account = edited.events.flatMap((event) => event.accounts as unknown as Loose[]).find((item) => 'statement' in item && 'time' in item);
    if (account) delete account['statement'];
    // An actor mention that is none of its aliases, and a statement span whose text is not the article's.
    (edited.actors[0] as unknown as Loose)['evidence'] = [{ start: 0, end: 3, text: 'Kre' }];
    (edited.statements[0] as unknown as Loose)['evidence'] = [{ start: 0, end: 4, text: 'nope' }];
    // renderModules rebuilds every module with the package's own decoder and throws if anything differs.
    const modules = renderModules(edited);
    expect(modules.get('data/statements.ts')).toContain('"confidence"');
    expect(modules.get('data/events.ts')).toContain('"extra"');
  });

  test('it finds evidence written as text and computes its offsets', () => {
    const text = 'Kyiv said Kyiv would; the city of Kyiv.';
    expect(locate(text, { text: 'Kyiv', in: 'city of Kyiv' }, 'x')).toEqual([{ start: 34, end: 38, text: 'Kyiv' }]);
    expect(locate(text, { text: 'Kyiv', all: true }, 'x').map((span) => span.start)).toEqual([0, 10, 34]);
    expect(() => locate(text, 'Kyiv', 'actors.json "kyiv".evidence[0]')).toThrow(
      'actors.json "kyiv".evidence[0]: "Kyiv" occurs 3 times in the article; it must occur once',
    );
  });

  test('evidence that is not in the article fails with the record id and field', () => {
    const dir = editedData('statements.json', (records) => {
      records[0]!['text'] = 'Trump asked Putin to stop strikes on Kyiv';
    });
    expect(() => loadDataset(dir)).toThrow(/statements\.json "kremlin-says-trump-asked-putin"\.text: .* occurs 0 times/);
  });

  test('an invalid record fails with the record id and field', () => {
    const dir = editedData('figures.json', (records) => {
      const figure = records.find((record) => record['id'] === 'kyiv-buildings-without-heat')!;
      figure['value'] = 455;
    });
    expect(() => loadDataset(dir)).toThrow(DataError);
    expect(() => loadDataset(dir)).toThrow(/figures\[\d+\] "kyiv-buildings-without-heat" → value: 455 cannot be read from the evidence/);
  });
});

describe('the generator on malformed data files', () => {
  test.each([
    ['an empty evidence string', 'figures.json', (r: Record<string, unknown>[]): void => void (r[0]!['evidence'] = ['']), /figures\.json ".*"\.evidence\[0\]: evidence text is empty/],
    ['evidence that is a number', 'events.json', (r: Record<string, unknown>[]): void => void (r[0]!['evidence'] = [7]), /events\.json ".*"\.evidence\[0\]: evidence must be a string or an object/],
    ['a record without its evidence', 'actors.json', (r: Record<string, unknown>[]): void => void delete r[0]!['evidence'], /actors\.json ".*"\.evidence: must be an array/],
    ['a null record', 'statements.json', (r: Record<string, unknown>[]): void => void (r[1] = null as unknown as Record<string, unknown>), /statements\.json\[1\]: must be an object, got null/],
  ] as const)('%s fails with the file, record and field, not a crash', (_case, file, edit, message) => {
    const dir = editedData(file, edit);
    expect(() => loadDataset(dir)).toThrow(DataError);
    expect(() => loadDataset(dir)).toThrow(message);
  });

  test('a file that holds an object instead of an array of records is refused by name', () => {
    const dir = mkdtempSync(join(scratch, 'data-'));
    cpSync(dataDir, dir, { recursive: true });
    writeFileSync(join(dir, 'figures.json'), '{}');
    expect(() => loadDataset(dir)).toThrow('figures.json: must hold an array of records');
  });
});
