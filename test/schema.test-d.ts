import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { Actor, Article, Figure, IdSpace, NewsEvent, Span, Statement, TimeValue, Timex } from '../src/index.js';
import type { actorShape, articleShape, eventShape, figureShape, spanShape, statementShape, timeValueShape, timexShape } from '../src/schema/records.js';

test('each record schema outputs exactly the public interface, so the two cannot drift', () => {
  expectTypeOf<z.output<typeof spanShape>>().toEqualTypeOf<Span>();
  expectTypeOf<z.output<typeof timeValueShape>>().toEqualTypeOf<TimeValue<IdSpace>>();
  expectTypeOf<z.output<typeof articleShape>>().toEqualTypeOf<Article>();
  expectTypeOf<z.output<typeof actorShape>>().toEqualTypeOf<Actor<IdSpace>>();
  expectTypeOf<z.output<typeof statementShape>>().toEqualTypeOf<Statement<IdSpace>>();
  expectTypeOf<z.output<typeof eventShape>>().toEqualTypeOf<NewsEvent<IdSpace>>();
  expectTypeOf<z.output<typeof figureShape>>().toEqualTypeOf<Figure<IdSpace>>();
  expectTypeOf<z.output<typeof timexShape>>().toEqualTypeOf<Timex<IdSpace>>();
});
