import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { PredictionSchema } from '../src/schema/index.js';
import type { Prediction } from '../src/score.js';

test('PredictionSchema outputs exactly the Prediction interface, so the two cannot drift', () => {
  expectTypeOf<z.output<typeof PredictionSchema>>().toEqualTypeOf<Prediction>();
  expectTypeOf<z.input<typeof PredictionSchema>>().toEqualTypeOf<Prediction>();
});
