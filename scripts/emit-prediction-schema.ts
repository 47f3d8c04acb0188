/**
 * A step of `npm run build`: writes `dist/prediction.schema.json`, the JSON Schema (2020-12) of a
 * prediction for `kyiv-strike-pause/score`, generated from `PredictionSchema`, so the two cannot
 * drift. Its titles and descriptions are written to be read by a language model as well as a person.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { PredictionSchema } from '../src/schema/prediction.js';
import { portableJsonSchema } from './portable-json-schema.js';

/** The JSON Schema of a prediction, with `$schema` first, portable to every validator (see `portableJsonSchema`). */
export function predictionJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(PredictionSchema, { target: 'draft-2020-12' });
  return portableJsonSchema({ $schema, ...schema });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'prediction.schema.json');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(predictionJsonSchema(), null, 2)}\n`);
}
