/**
 * A step of `npm run build`: writes `dist/prediction.schema.json`, the JSON Schema (2020-12) of a
 * prediction for `kyiv-strike-pause/score`, generated from `PredictionSchema`, so the two cannot
 * drift; and `dist/prediction.strict.schema.json`, the same in the strict form of structured
 * outputs (every property required, `null` for an absent one, no other property allowed, no
 * `oneOf`, `allOf`, `not`, `if` or `patternProperties`). Their titles and descriptions are written
 * to be read by a language model as well as a person.
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

/** Keywords the strict form of structured outputs does not take. */
export const STRICT_FORBIDDEN = ['oneOf', 'allOf', 'not', 'if', 'then', 'else', 'patternProperties', 'dependentSchemas', 'unevaluatedProperties'] as const;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a schema accepts `null`. */
function acceptsNull(schema: Node): boolean {
  const type = schema['type'];
  if (type === 'null' || (Array.isArray(type) && type.includes('null'))) return true;
  const options = schema['anyOf'];
  return Array.isArray(options) && options.some((option) => isNode(option) && acceptsNull(option));
}

/**
 * The prediction schema in the strict form: every object lists all its properties in `required`
 * and allows no other (`additionalProperties: false`); a property that was optional takes `null`
 * for absent (they all do already, as `score` reads `null` as absent); the root is an object.
 * Throws if the schema holds a keyword the strict form does not take.
 */
export function predictionStrictJsonSchema(): Record<string, unknown> {
  const visit = (node: unknown, path: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => visit(item, `${path}[${i}]`));
    if (!isNode(node)) return node;
    for (const keyword of STRICT_FORBIDDEN) if (Object.hasOwn(node, keyword)) throw new Error(`${path}: the strict schema cannot hold ${keyword}`);
    const copy: Node = {};
    for (const [key, value] of Object.entries(node)) copy[key] = visit(value, `${path}.${key}`);
    if (copy['type'] === 'object' && isNode(copy['properties'])) {
      const properties = copy['properties'];
      const required = new Set(Array.isArray(copy['required']) ? (copy['required'] as string[]) : []);
      for (const [key, property] of Object.entries(properties)) {
        if (!required.has(key) && isNode(property) && !acceptsNull(property)) {
          const { description, ...rest } = property;
          properties[key] = { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: 'null' }] };
        }
      }
      copy['required'] = Object.keys(properties);
      copy['additionalProperties'] = false;
    }
    return copy;
  };
  const schema = visit(predictionJsonSchema(), '$') as Node;
  return {
    ...schema,
    title: 'kyiv-strike-pause prediction (strict structured output)',
    description: `${String(schema['description'])} This is the strict form for structured outputs: every property is required, null stands for an absent one, and no other property is allowed.`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'prediction.schema.json'), `${JSON.stringify(predictionJsonSchema(), null, 2)}\n`);
  writeFileSync(join(dist, 'prediction.strict.schema.json'), `${JSON.stringify(predictionStrictJsonSchema(), null, 2)}\n`);
}
