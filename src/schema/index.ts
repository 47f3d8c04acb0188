/**
 * Zod schemas for every record and for the whole dataset. This is the only module that imports
 * zod: install `zod` (version 4) to use it. Every schema is also a Standard Schema (`~standard`).
 *
 * On any input at all, `safeParse` never throws and validation never writes to or freezes the
 * value given: each schema first copies it as plain data (own enumerable properties, each read
 * once) and reports what cannot be copied (a throwing getter or Proxy, a cycle, a typed array, a
 * function, a hole, nesting deeper than 64 levels) as an issue with `params.rule` `'plain-data'`.
 * A successful parse returns a new, deeply frozen value. Every check costs linear time.
 *
 * @module schema
 */
import * as z from 'zod';
import type { Actor, Article, Dataset, Figure, IdSpace, NewsEvent, Span, Statement, TimeValue, Timex } from '../model/types.js';
import { hardened } from './hardened.js';
import { actorShape, articleShape, eventShape, figureShape, spanShape, statementShape, timeValueShape, timexShape } from './records.js';
import { checkDataset } from './rules.js';

/**
 * Validates a {@link Span}: offsets and the characters between them. Whether the characters match
 * the article is checked by {@link DatasetSchema}, which has the text.
 *
 * @category Schema
 * @example
 * ```ts
 * SpanSchema.safeParse({ start: 0, end: 7, text: 'Kremlin' }).success
 * //=> true
 * ```
 */
export const SpanSchema: z.ZodType<Span> = /*#__PURE__*/ hardened(spanShape);

/**
 * Validates a {@link TimeValue} with ids as plain strings.
 *
 * @category Schema
 * @example
 * ```ts
 * TimeValueSchema.safeParse({ expression: 'on Thursday', value: '2026-01-29', precision: 'day', anchor: 'publication', inferred: false }).success
 * //=> true
 * ```
 */
export const TimeValueSchema: z.ZodType<TimeValue<IdSpace>> = /*#__PURE__*/ hardened(timeValueShape);

/**
 * Validates the {@link Article} record on its own. Its `url` must be an `http:` or `https:` URL,
 * so that a renderer never turns it into a `javascript:` link.
 *
 * @category Schema
 * @example
 * ```ts
 * import { article } from 'kyiv-strike-pause'
 * ArticleSchema.parse(article).publishedOn
 * //=> '2026-01-30'
 * ArticleSchema.safeParse({ ...article, url: 'javascript:alert(1)' }).success
 * //=> false
 * ```
 */
export const ArticleSchema: z.ZodType<Article> = /*#__PURE__*/ hardened(articleShape);

/**
 * Validates one {@link Actor} with ids as plain strings.
 *
 * @category Schema
 * @example
 * ```ts
 * import { getActor } from 'kyiv-strike-pause'
 * ActorSchema.parse(getActor('dmitry-peskov')).name
 * //=> 'Dmitry Peskov'
 * ```
 */
export const ActorSchema: z.ZodType<Actor<IdSpace>> = /*#__PURE__*/ hardened(actorShape);

/**
 * Validates one {@link Statement} with ids as plain strings.
 *
 * @category Schema
 * @example
 * ```ts
 * StatementSchema.safeParse({ id: 'x' }).success
 * //=> false
 * ```
 */
export const StatementSchema: z.ZodType<Statement<IdSpace>> = /*#__PURE__*/ hardened(statementShape);

/**
 * Validates one {@link NewsEvent} with ids as plain strings.
 *
 * @category Schema
 * @example
 * ```ts
 * import { events } from 'kyiv-strike-pause'
 * events.every((event) => NewsEventSchema.safeParse(event).success)
 * //=> true
 * ```
 */
export const NewsEventSchema: z.ZodType<NewsEvent<IdSpace>> = /*#__PURE__*/ hardened(eventShape);

/**
 * Validates one {@link Figure} with ids as plain strings.
 *
 * @category Schema
 * @example
 * ```ts
 * import { figures } from 'kyiv-strike-pause'
 * FigureSchema.parse(figures.find((figure) => figure.id === 'kyiv-overnight-minus-10')).unit
 * //=> 'Cel'
 * ```
 */
export const FigureSchema: z.ZodType<Figure<IdSpace>> = /*#__PURE__*/ hardened(figureShape);

/**
 * Validates one {@link Timex} with ids as plain strings: its fields and their vocabularies. That
 * the value fits the type (`P1W` is a `DURATION`, not a `DATE`), that `anchor` resolves and that
 * the extent matches the article are checked by {@link DatasetSchema}, which has the other records
 * and the text.
 *
 * @category Schema
 * @example
 * ```ts
 * import { timexes } from 'kyiv-strike-pause'
 * timexes.every((timex) => TimexSchema.safeParse(timex).success)
 * //=> true
 * TimexSchema.safeParse({ ...timexes[0], type: 'WEEK' }).success
 * //=> false
 * ```
 */
export const TimexSchema: z.ZodType<Timex<IdSpace>> = /*#__PURE__*/ hardened(timexShape);

/**
 * Validates a whole {@link Dataset}: every record's shape, then the rules across records. Ids are
 * unique across all kinds and kebab-case; every reference resolves to a record of the right kind,
 * and an account's statement is spoken by the account's source; every span's text equals the
 * article's characters at its offsets, and the headline is the text's first line; a statement's
 * `text` equals its first evidence span, its cue occurs in its evidence, and a direct statement's
 * content sits between quotation marks; a nested statement lies inside the one it is nested in, is
 * relayed by that statement's speaker, and nesting has no cycles; dates are real, times are valid
 * ISO 8601 with a matching precision, their expression occurs in the evidence, a named weekday
 * matches the date, and no record is anchored on itself; a time's `timex` is a time expression
 * whose extent lies in the time's expression and in the record's evidence; every time expression
 * has one span that starts with no preposition, a value that fits its TIMEX3 type, `quant` and
 * `freq` only on a `SET`, and an `anchor` (`dct` or another time expression) exactly when
 * `temporalFunction` is true; every figure's numbers can be read from
 * its evidence, `min ≤ value ≤ max`, the numbers fit the qualifier, the unit measures the quantity,
 * and counts say what they count; no actor mention is claimed by two actors; and a `null` that
 * means "not stated" comes with a note giving the reason. A dataset without `timexes` (made before
 * time expressions became a record kind) is read as having none: the output has `timexes: []`.
 * Each issue's `path` names the offending
 * field (so `z.prettifyError` points at the record) and its `params.rule` names the rule.
 *
 * Not checked: that `article.sha256` is the hash of the text (that needs a hash function), and
 * that paragraphs and sections tile the text.
 *
 * @category Schema
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * import * as z from 'zod'
 * const broken = { ...dataset, figures: dataset.figures.map((f) => (f.id === 'kyiv-buildings-without-heat' ? { ...f, value: 455 } : f)) }
 * z.prettifyError(DatasetSchema.safeParse(broken).error!)
 * //=> '✖ 455 cannot be read from the evidence\n  → at figures[4].value'
 * ```
 */
export const DatasetSchema: z.ZodType<Dataset<IdSpace>> = /*#__PURE__*/ hardened(
  z
    .strictObject({
      article: articleShape,
      actors: z.array(actorShape),
      statements: z.array(statementShape),
      events: z.array(eventShape),
      figures: z.array(figureShape),
      timexes: z.array(timexShape).default([]),
    })
    .superRefine((dataset, ctx) => {
      for (const problem of checkDataset(dataset as Dataset<IdSpace>)) {
        ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path], input: dataset, params: { rule: problem.rule } });
      }
    }),
);
export { PredictionSchema } from './prediction.js';
