import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { predictionShape } from '../src/schema/prediction.js';
import type { Prediction } from '../src/score.js';

test('PredictionSchema (its shape) outputs exactly the Prediction interface, so the two cannot drift', () => {
  expectTypeOf<z.output<typeof predictionShape>>().toEqualTypeOf<Prediction>();
  expectTypeOf<z.input<typeof predictionShape>>().toEqualTypeOf<Prediction>();
});
