/**
 * The last step of `npm run build`: writes the prebuilt interchange files into `dist/` from the
 * functions of `kyiv-strike-pause/export`: `annotations.jsonld`, `schema-org.jsonld`,
 * `tables/<table>.{ndjson,csv,parquet}`, `brat/{article.txt,article.ann,annotation.conf}`,
 * `label-studio.json` and `label-studio-config.xml`. Parquet is written here only, with
 * hyparquet-writer (a dev dependency), so the package itself stays free of dependencies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer, type BasicType, type ColumnSource } from 'hyparquet-writer';
import { dataset } from '../src/index.js';
import { tableColumns, tableNames, toBrat, toCsv, toLabelStudio, toNdjson, toSchemaOrg, toTables, toWebAnnotations, type ColumnType, type Tables } from '../src/export.js';
import { root, runMain } from './dataset.js';

const distDir = join(root, 'dist');

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The Parquet type of each column type: UTF-8 strings, 32-bit integers, doubles and booleans. */
const PARQUET_TYPES: Readonly<Record<ColumnType, BasicType>> = { VARCHAR: 'STRING', INTEGER: 'INT32', DOUBLE: 'DOUBLE', BOOLEAN: 'BOOLEAN' };

/** One table as a Parquet file, with the column types of `tableColumns` (never guessed from the values). */
export function tableToParquet(tables: Tables, name: keyof Tables): Uint8Array {
  const rows = tables[name] as readonly unknown[] as readonly Readonly<Record<string, unknown>>[];
  const columnData: ColumnSource[] = tableColumns[name].map((column) => ({
    name: column.name,
    data: rows.map((row) => row[column.name] ?? null),
    type: PARQUET_TYPES[column.type],
    nullable: column.nullable,
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

/** Writes every prebuilt file into `dir`. */
export function emitExports(dir: string): void {
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  write('annotations.jsonld', json(toWebAnnotations(dataset)));
  write('schema-org.jsonld', json(toSchemaOrg(dataset)));
  const tables = toTables(dataset);
  const [csv, ndjson] = [toCsv(dataset), toNdjson(dataset)];
  for (const name of tableNames) {
    write(`tables/${name}.ndjson`, ndjson[name]);
    write(`tables/${name}.csv`, csv[name]);
    write(`tables/${name}.parquet`, tableToParquet(tables, name));
  }
  const brat = toBrat(dataset);
  write('brat/article.txt', brat.txt);
  write('brat/article.ann', brat.ann);
  write('brat/annotation.conf', brat.conf);
  const labelStudio = toLabelStudio(dataset);
  write('label-studio.json', json(labelStudio.tasks));
  write('label-studio-config.xml', labelStudio.config);
}

runMain(import.meta.url, () => emitExports(distDir));
