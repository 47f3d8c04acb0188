/**
 * The prebuilt interchange files in dist/, read back by real processors of each format: jsonld.js
 * expands both JSON-LD files and turns them into RDF, which n3 parses; DuckDB reads every table as
 * Parquet, CSV and NDJSON with the documented types and the records' row counts; the SQL and the
 * scripts of docs/interop.md run and give what the query helpers give. Needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accountsOf, dataset, figuresByUnit, statementsBy } from '../src/index.js';
import * as exporters from '../src/export.js';
import type { TableName } from '../src/export.js';
import type { Dataset, IdSpace } from '../src/model/types.js';
import { tableToParquet } from '../scripts/emit-exports.js';
import { astralDataset } from './helpers/astral.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const contextsDir = fileURLToPath(new URL('./fixtures/contexts/', import.meta.url));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** A scratch directory inside the repository (git ignores .tmp/), so scripts there resolve the package by name. */
const scratch = () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  return join(root, '.tmp');
};
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

const PREBUILT = [
  'annotations.jsonld',
  'schema-org.jsonld',
  ...exporters.tableNames.flatMap((name) => ['ndjson', 'csv', 'parquet'].map((ext) => `tables/${name}.${ext}`)),
  'brat/article.txt',
  'brat/article.ann',
  'brat/annotation.conf',
  'label-studio.json',
  'label-studio-config.xml',
];
const missing = PREBUILT.filter((file) => !existsSync(join(dist, file)));

test('dist/ holds every prebuilt interchange file', () => {
  expect(missing, 'run npm run build first').toEqual([]);
});

/** Serves the two contexts from their local copies; any other URL is an error (there is no network). */
const CONTEXTS: Readonly<Record<string, string>> = {
  'http://www.w3.org/ns/anno.jsonld': 'anno.jsonld',
  'https://schema.org': 'schemaorg-context.jsonld',
};
async function documentLoader(url: string) {
  const file = CONTEXTS[url];
  if (file === undefined) throw new Error(`the tests have no local copy of ${url}`);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(join(contextsDir, file), 'utf8')) as unknown };
}

const OA = 'http://www.w3.org/ns/oa#';
const SDO = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

async function quadsOf(document: unknown): Promise<Quad[]> {
  // safe mode: jsonld.js fails on any term the context does not define, instead of dropping it.
  const expanded = await jsonld.expand(document, { documentLoader, safe: true });
  expect(expanded.length).toBeGreaterThan(0);
  const nquads = await jsonld.toRDF(document, { documentLoader, safe: true, format: 'application/n-quads' });
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

const data = dataset as Dataset<IdSpace>;

describe.skipIf(missing.length > 0)('the prebuilt files', () => {
  test('are what the functions write for this package’s dataset', () => {
    const tables = { csv: exporters.toCsv(data), ndjson: exporters.toNdjson(data) };
    const brat = exporters.toBrat(data);
    const labelStudio = exporters.toLabelStudio(data);
    const expected: Record<string, string> = {
      'annotations.jsonld': json(exporters.toWebAnnotations(data)),
      'schema-org.jsonld': json(exporters.toSchemaOrg(data)),
      'brat/article.txt': brat.txt,
      'brat/article.ann': brat.ann,
      'brat/annotation.conf': brat.conf,
      'label-studio.json': json(labelStudio.tasks),
      'label-studio-config.xml': labelStudio.config,
    };
    for (const name of exporters.tableNames) {
      expected[`tables/${name}.csv`] = tables.csv[name];
      expected[`tables/${name}.ndjson`] = tables.ndjson[name];
    }
    expect(Object.keys(expected).filter((file) => read(file) !== expected[file])).toEqual([]);
  });

  test('brat/article.txt is the article byte for byte', () => {
    expect(readFileSync(join(dist, 'brat/article.txt')).equals(Buffer.from(dataset.article.text, 'utf8'))).toBe(true);
  });
});

describe.skipIf(missing.length > 0)('jsonld.js and n3', () => {
  test('annotations.jsonld expands in safe mode, converts to N-Quads that n3 parses, with one oa:Annotation per annotation and its selectors intact', async () => {
    const collection = JSON.parse(read('annotations.jsonld')) as exporters.AnnotationCollection;
    const quads = await quadsOf(collection);
    const subjectsOf = (type: string) => new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value));
    const annotations = subjectsOf(`${OA}Annotation`);
    const expected = data.actors.reduce((sum, actor) => sum + actor.evidence.length, 0) + data.statements.length + data.events.length + data.figures.length + data.timexes.length;
    expect(annotations.size).toBe(expected);
    expect([...annotations].sort()).toEqual(collection.first.items.map((item) => item.id).sort());
    const targets = collection.first.items.reduce((sum, item) => sum + item.target.length, 0);
    expect(subjectsOf(`${OA}TextPositionSelector`).size).toBe(targets);
    expect(subjectsOf(`${OA}TextQuoteSelector`).size).toBe(targets);
    const exact = quads.filter((q) => q.predicate.value === `${OA}exact`).map((q) => q.object.value).sort();
    expect(exact).toEqual(collection.first.items.flatMap((item) => item.target.map((target) => target.selector[1].exact)).sort());
    const purposes = new Set(quads.filter((q) => q.predicate.value === `${OA}hasPurpose`).map((q) => q.object.value));
    expect([...purposes].sort()).toEqual([`${OA}describing`, `${OA}identifying`, `${OA}tagging`]);
    expect(quads.filter((q) => q.predicate.value === `${OA}motivatedBy` && !q.object.value.startsWith(OA))).toEqual([]);
  });

  test('on the astral dataset, the quotes and positions survive JSON-LD to N-Quads to n3 unchanged', async () => {
    const astral = astralDataset();
    const collection = exporters.toWebAnnotations(astral);
    const quads = await quadsOf(collection);
    const literals = (predicate: string) => quads.filter((q) => q.predicate.value === `${OA}${predicate}`).map((q) => q.object.value).sort();
    const selectors = collection.first.items.flatMap((item) => item.target.map((target) => target.selector));
    expect(literals('exact')).toEqual(selectors.map(([, quote]) => quote.exact).sort());
    expect(literals('start')).toEqual(selectors.map(([position]) => String(position.start)).sort());
    expect(literals('exact').filter((exact) => /\p{M}|\p{Extended_Pictographic}/u.test(exact)).length).toBeGreaterThan(0);
    const schema = await quadsOf(exporters.toSchemaOrg(astral));
    expect(schema.filter((q) => q.predicate.value === `${SDO}text`).map((q) => q.object.value)).toEqual(['Cafe\u0301 prices rose 😀 12 percent']);
  });

  test('schema-org.jsonld expands in safe mode and converts to N-Quads with every actor, quotation, quantity and dated event', async () => {
    const quads = await quadsOf(JSON.parse(read('schema-org.jsonld')));
    const count = (type: string) => new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SDO}${type}`).map((q) => q.subject.value)).size;
    expect(count('NewsArticle')).toBe(1);
    expect(count('Quotation')).toBe(data.statements.filter((statement) => statement.mode === 'direct').length);
    expect(count('QuantitativeValue')).toBe(data.figures.length);
    expect(count('Event')).toBe(data.events.filter((event) => event.time !== null && !event.time.value.startsWith('P')).length);
    expect(['Person', 'Organization', 'Place', 'Country', 'Product'].reduce((sum, type) => sum + count(type), 0)).toBe(data.actors.length);
    const sameAs = quads.filter((q) => q.predicate.value === `${SDO}sameAs`).map((q) => q.object.value).sort();
    expect(sameAs).toEqual(
      [...data.actors, ...data.events.filter((event) => event.time !== null && !event.time.value.startsWith('P'))]
        .flatMap((record) => (record.wikidata === null ? [] : [`https://www.wikidata.org/wiki/${record.wikidata}`]))
        .sort(),
    );
    const unitCodes = quads.filter((q) => q.predicate.value === `${SDO}unitCode`).map((q) => q.object.value);
    expect(unitCodes.filter((code) => !/^[A-Z0-9]{3}$/.test(code))).toEqual([]);
    expect(unitCodes.filter((code) => code === 'CEL')).toHaveLength(figuresByUnit('Cel').length);
  });
});

/** The DuckDB `columns` struct of a table, from `tableColumns`. */
function columnsOf(name: TableName): string {
  return `{${exporters.tableColumns[name].map((column) => `'${column.name}': '${column.type}'`).join(', ')}}`;
}

/** A DuckDB scan of one table file in one format: Parquet as it is, CSV and NDJSON with the documented types. */
function scan(dir: string, name: TableName, format: 'parquet' | 'csv' | 'ndjson'): string {
  const path = join(dir, `${name}.${format}`).replaceAll("'", "''");
  if (format === 'parquet') return `read_parquet('${path}')`;
  if (format === 'csv') return `read_csv('${path}', header = true, columns = ${columnsOf(name)})`;
  return `read_json('${path}', format = 'newline_delimited', columns = ${columnsOf(name)})`;
}

describe.skipIf(missing.length > 0)('DuckDB', () => {
  let connection: DuckDBConnection;
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();

  beforeAll(async () => {
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => connection?.closeSync());

  const FORMATS = ['parquet', 'csv', 'ndjson'] as const;

  test('reads every table in all three formats with the documented column types and the records, row for row', async () => {
    const tables = exporters.toTables(data);
    const problems: string[] = [];
    for (const name of exporters.tableNames) {
      const expectedTypes = exporters.tableColumns[name].map((column) => [column.name, column.type]);
      for (const format of FORMATS) {
        const from = scan(join(dist, 'tables'), name, format);
        const types = (await rows(`DESCRIBE SELECT * FROM ${from}`)).map((row) => [row['column_name'], row['column_type']]);
        if (JSON.stringify(types) !== JSON.stringify(expectedTypes)) problems.push(`${name}.${format}: types ${JSON.stringify(types)}`);
        const read = await rows(`SELECT * FROM ${from}`);
        if (read.length !== tables[name].length) problems.push(`${name}.${format}: ${read.length} rows, not ${tables[name].length}`);
        else if (JSON.stringify(read) !== JSON.stringify(tables[name])) problems.push(`${name}.${format}: the rows differ from toTables`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the table schemas in docs/interop.md are the column list the files follow, meanings included', () => {
    const doc = readFileSync(join(root, 'docs/interop.md'), 'utf8');
    const documented = Object.fromEntries(
      exporters.tableNames.map((name) => {
        const section = doc.split(`### \`${name}\`\n`)[1]?.split('\n### ')[0]?.split('\n## ')[0] ?? '';
        const columns = [...section.matchAll(/^\| `(\w+)` \| (\w+) \| (yes|no) \| (.*) \|$/gm)].map(([, column, type, nullable, meaning]) => ({ name: column, type, nullable: nullable === 'yes', meaning }));
        return [name, columns];
      }),
    );
    // The column list is the one source: the documentation's tables give each column's name, type, nullability and meaning as it does.
    const listed = Object.fromEntries(exporters.tableNames.map((name) => [name, exporters.tableColumns[name].map(({ name: column, type, nullable, meaning }) => ({ name: column, type, nullable, meaning }))]));
    expect(documented).toEqual(listed);
  });

  test('the SQL queries of docs/interop.md give exactly what the query helpers give', async () => {
    const doc = readFileSync(join(root, 'docs/interop.md'), 'utf8');
    const queries = new Map(
      [...doc.matchAll(/```sql\n-- ([\w-]+):[^\n]*\n([\s\S]*?)```/g)].map(([, name, sql]) => [name!, sql!.replaceAll('node_modules/kyiv-strike-pause/dist/', `${dist}/`)]),
    );
    const trump = statementsBy('donald-trump').map((statement) => ({ id: statement.id, mode: statement.mode, text: statement.text }));
    const celsius = figuresByUnit('Cel').map((figure) => ({ id: figure.id, value: figure.value, min: figure.min, max: figure.max }));
    const expected: Record<string, unknown> = {
      'statements-by-speaker': trump,
      'statements-by-speaker-from-ndjson': trump,
      'figures-in-celsius': celsius,
      'figures-in-celsius-from-csv': celsius,
      'who-said-what-about-the-halt': accountsOf('strike-halt').map((account) => ({
        source: account.source,
        stance: account.stance,
        statement: account.statement?.id ?? null,
        text: account.statement?.text ?? null,
      })),
    };
    expect([...queries.keys()].sort()).toEqual(Object.keys(expected).sort());
    expect(trump.length).toBeGreaterThan(0);
    expect(celsius.length).toBeGreaterThan(0);
    for (const [name, sql] of queries) expect(await rows(sql), name).toEqual(expected[name]);
  });

  test('on the astral dataset, DuckDB’s substring at every offset of every format gives back the words', async () => {
    const astral = astralDataset();
    const dir = mkdtempSync(join(scratch(), 'astral-'));
    try {
      const [csv, ndjson, tables] = [exporters.toCsv(astral), exporters.toNdjson(astral), exporters.toTables(astral)];
      for (const name of exporters.tableNames) {
        writeFileSync(join(dir, `${name}.csv`), csv[name]);
        writeFileSync(join(dir, `${name}.ndjson`), ndjson[name]);
        writeFileSync(join(dir, `${name}.parquet`), tableToParquet(tables, name));
      }
      const text = astral.article.text.replaceAll("'", "''");
      const problems: string[] = [];
      for (const format of FORMATS) {
        for (const name of ['mentions', 'evidence'] as const) {
          const wrong = await rows(`SELECT "start", "end", text FROM ${scan(dir, name, format)} WHERE substring('${text}', "start" + 1, "end" - "start") <> text`);
          const all = await rows(`SELECT count(*)::INTEGER AS n FROM ${scan(dir, name, format)}`);
          if (wrong.length > 0 || all[0]?.['n'] !== tables[name].length) problems.push(`${name}.${format}: ${JSON.stringify(wrong)}`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function runNode(script: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script], { cwd }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe.skipIf(missing.length > 0)('the scripts of docs/interop.md', () => {
  const doc = readFileSync(join(root, 'docs/interop.md'), 'utf8');
  const scripts = new Map([...doc.matchAll(/```js\n\/\/ run: ([\w-]+)\n([\s\S]*?)```/g)].map(([, name, code]) => [name!, code!]));

  test('are the DuckDB and jsonld ones', () => {
    expect([...scripts.keys()].sort()).toEqual(['duckdb', 'jsonld']);
  });

  test('run as they are, resolving the package by name, and print what they promise', async () => {
    // Inside the repository, so the package resolves itself by name and finds its dev dependencies.
    const dir = mkdtempSync(join(scratch(), 'docs-'));
    try {
      mkdirSync(join(dir, 'contexts'));
      copyFileSync(join(contextsDir, 'anno.jsonld'), join(dir, 'contexts', 'anno.jsonld'));
      copyFileSync(join(contextsDir, 'schemaorg-context.jsonld'), join(dir, 'contexts', 'schemaorg.jsonld'));
      for (const [name, code] of scripts) writeFileSync(join(dir, `${name}.mjs`), code);
      const [duck, ld] = await Promise.all([runNode('duckdb.mjs', dir), runNode('jsonld.mjs', dir)]);
      expect(duck.stderr).toBe('');
      expect(duck.code).toBe(0);
      const speakers = new Map<string, number>();
      for (const statement of data.statements) speakers.set(statement.speaker, (speakers.get(statement.speaker) ?? 0) + 1);
      const top = [...speakers].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
      const printed = [...duck.stdout.matchAll(/speaker: '([^']+)',\s*said: '(\d+)'/g)].map(([, speaker, said]) => [speaker, Number(said)]);
      expect(printed).toEqual(top);
      expect(ld.stderr).toBe('');
      expect(ld.code).toBe(0);
      expect(ld.stdout).toMatch(/^annotations\.jsonld 1 top-level nodes, \d+ quads\nschema-org\.jsonld \d+ top-level nodes, \d+ quads\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
