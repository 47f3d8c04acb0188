import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { dataset } from '../src/index.js';
import { DataError, dataDir, loadDataset, locate } from '../scripts/dataset.js';
import { staleModules } from '../scripts/generate.js';

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
  test('re-running it on the committed data changes nothing in src/generated', () => {
    expect(staleModules(loadDataset(dataDir))).toEqual([]);
  });

  test('the generated modules hold exactly the validated data/ records', () => {
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(JSON.parse(JSON.stringify(loadDataset(dataDir))));
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
