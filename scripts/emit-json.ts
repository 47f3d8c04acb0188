/**
 * The last step of `npm run build`: validates `data/` and writes `dist/dataset.json` (the whole
 * dataset, indented to be read), `dist/dataset.min.json` (the same, without whitespace, to be
 * shipped and loaded) and `dist/schema.json` (its JSON Schema, generated from `DatasetSchema`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { DatasetSchema } from '../src/schema/index.js';
import { dataDir, loadDataset, root, runMain } from './dataset.js';
import { portableJsonSchema } from './portable-json-schema.js';

const distDir = join(root, 'dist');

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The JSON Schema of the dataset, with a note on what it cannot say, portable to every validator (see `portableJsonSchema`). */
export function datasetJsonSchema(): Record<string, unknown> {
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
  // Refinements are dropped and the input-copying step before each schema is skipped (the JSON
  // Schema describes the output), so the default `unrepresentable: 'throw'` stays on to catch
  // anything else. The records are immutable, as the TypeScript types say, though the schemas
  // no longer use zod's freezing `.readonly()`: `override` marks every object and array
  // `readOnly`, as `.readonly()` did.
  const { $schema, ...schema } = z.toJSONSchema(DatasetSchema, {
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      if (jsonSchema.type === 'object' || jsonSchema.type === 'array') jsonSchema.readOnly = true;
    },
  });
  return portableJsonSchema({
    $schema,
    title: `${name} dataset`,
    description:
      `The shape of ${name}/dataset.json: the article and its actors, statements, events, figures and time expressions (TIMEX3). ` +
      'The rules across records (every id is unique and every reference resolves to a record of the right kind, ' +
      "span offsets match the article's characters, quotes sit between quotation marks, named weekdays match their dates, time expressions' values fit their TIMEX3 type, " +
      'figures can be read from their evidence, units measure their quantity, …) cannot be expressed in JSON Schema: ' +
      `they are checked by \`DatasetSchema\` in \`${name}/schema\`, which a document must also pass to be valid.`,
    ...schema,
  });
}

function main(): void {
  const dataset = loadDataset(dataDir);
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'dataset.json'), json(dataset));
  writeFileSync(join(distDir, 'dataset.min.json'), JSON.stringify(dataset));
  writeFileSync(join(distDir, 'schema.json'), json(datasetJsonSchema()));
}

runMain(import.meta.url, main);
