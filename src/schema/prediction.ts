import * as z from 'zod';
import { statementModes, timexTypes } from '../model/vocabulary.js';
import { hardened } from './hardened.js';
import type { Prediction } from '../model/prediction.js';

const offset = z
  .number()
  .int()
  .nonnegative()
  .describe('An offset into the article text, counted in the unit named by `offsets` (UTF-16 code units by default).');

const offsetSelector = z
  .strictObject({
    start: offset.describe('Offset of the first character of the span.'),
    end: offset.describe('Offset just past the last character of the span: the end is exclusive.'),
  })
  .meta({ title: 'Offset selector', description: 'A span by offsets into the article text; `end` is exclusive.' });

const quoteSelector = z
  .strictObject({
    quote: z.string().min(1).describe('The exact characters of the span, copied from the article text without changes.'),
    prefix: z
      .string()
      .exactOptional()
      .describe('The characters immediately before the span; give it only when the quote occurs more than once.'),
    suffix: z
      .string()
      .exactOptional()
      .describe('The characters immediately after the span; give it only when the quote occurs more than once.'),
  })
  .meta({
    title: 'Quote selector',
    description: 'A span by quoting it, as a W3C TextQuoteSelector: the quote must occur in the text, and prefix or suffix must single out one occurrence.',
  });

const selector = z
  .union([offsetSelector, quoteSelector])
  .meta({ title: 'Span', description: 'Where the item is in the text: quote its words (preferred), or give offsets.' });

const ref = z.string().min(1);

const actorPrediction = z
  .strictObject({
    actor: ref.describe('The actor mentioned: a Wikidata QID, or the name or alias the article uses.'),
    span: selector.describe('The words of the mention: a name, a title or a demonym.'),
  })
  .meta({ title: 'Actor mention', description: 'One mention of a person, organization, government, place or group.' });

const statementPrediction = z
  .strictObject({
    speaker: ref.describe('Whose words these are: a Wikidata QID, or the name or alias the article uses.'),
    mode: z.enum(statementModes).describe('`direct` for words inside quotation marks, `indirect` for reported speech or paraphrase.'),
    span: selector.describe('The words said: for a direct quote, the characters inside the quotation marks; for reported speech, the reported content.'),
  })
  .meta({ title: 'Statement', description: 'One direct quote or piece of reported speech.' });

const eventPrediction = z
  .strictObject({
    span: selector.describe('The words that report the event.'),
    time: z
      .string()
      .min(1)
      .exactOptional()
      .describe('When it happens, in ISO 8601: a date (2026-01-29), an interval (2026-01-24/2026-01-25), a week (2026-W06), a year or a duration. Leave out when the text does not say.'),
  })
  .meta({ title: 'Event', description: 'Something that happened, was requested, agreed, planned, expected or denied.' });

const bound = z.number().nullable();

const figurePrediction = z
  .strictObject({
    span: selector.describe('The words that state the figure.'),
    value: bound.describe('The stated number, or null for a range or a vague amount.'),
    min: bound.exactOptional().describe('The lower bound of a range, or null.'),
    max: bound.exactOptional().describe('The upper bound of a range, or null.'),
    unit: z
      .string()
      .min(1)
      .describe('A UCUM unit code: Cel, [degF], K, h, d, wk, mo, a, /h, /d, 1, or for a count what is counted in braces, such as {building}.'),
  })
  .meta({ title: 'Figure', description: 'A number in the text with its unit.' });

const timePrediction = z
  .strictObject({
    span: selector.describe(
      'The words of the time expression, as a TimeML TIMEX3 extent: the date, time, duration or frequency words with their determiners and modifiers ("last Saturday", "about a week", "every day"), without a leading preposition ("Friday", not "on Friday").',
    ),
    value: z
      .string()
      .min(1)
      .describe(
        'Its TIMEX3 value, resolved against the publication date 2026-01-30: a date (2026-01-29), a week (2026-W06, 2026-W04-WE for a weekend), a year (2025), a season (2025-WI), a part of day (XXXX-XX-XXTNI), a duration (P1W, PXD where the amount is not stated), PAST_REF/PRESENT_REF/FUTURE_REF, or for a set its period (P1D for "every day"). Durations of the same length match (P7D = P1W, PT24H = P1D), but months never match days (P1M is not P30D).',
      ),
    type: z
      .enum(timexTypes)
      .exactOptional()
      .describe('Its TIMEX3 type: DATE, TIME (a time of day or part of day), DURATION or SET (a recurring time). Scored as the type accuracy; left out, it counts as wrong.'),
  })
  .meta({
    title: 'Time expression',
    description: 'One time expression (a TimeML TIMEX3): every date, time, duration, age and frequency word in the text, one entry each, with its normalized value.',
  });

/** The prediction schema with its inferred type, which a type test holds equal to {@link Prediction}. */
export const predictionShape = z
  .strictObject({
    offsets: z
      .enum(['utf16', 'codepoint', 'utf8'])
      .exactOptional()
      .describe('How start and end count: UTF-16 code units (utf16, the default), Unicode code points (codepoint) or UTF-8 bytes (utf8).'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .exactOptional()
      .describe('SHA-256 of the UTF-8 text the prediction was made on, as lowercase hex; scoring refuses a prediction made on another text.'),
    actors: z.array(actorPrediction).exactOptional().describe('Every mention of an actor, one entry per mention.'),
    statements: z.array(statementPrediction).exactOptional().describe('Every statement, one entry each.'),
    events: z.array(eventPrediction).exactOptional().describe('Every event, one entry each.'),
    figures: z.array(figurePrediction).exactOptional().describe('Every figure, one entry each.'),
    times: z.array(timePrediction).exactOptional().describe('Every time expression (TIMEX3), one entry each, even where several name the same day.'),
  })
  .meta({
    title: 'kyiv-strike-pause prediction',
    description:
      'What an extraction system found in a news article: actor mentions, statements with their speakers, events, figures with units, and time expressions, each with the span of text it rests on.',
  });

/**
 * Validates a prediction for `score` (from `kyiv-strike-pause/score`): what an extraction system,
 * such as a language model, found in the article. Its JSON Schema ships as
 * `kyiv-strike-pause/prediction.schema.json`, ready to hand to a model as its structured-output
 * schema. Every list is optional; unknown keys are rejected.
 *
 * @category Schema
 * @example
 * ```ts
 * PredictionSchema.safeParse({ statements: [{ speaker: 'Dmitry Peskov', mode: 'indirect', span: { quote: 'Trump' } }] }).success
 * //=> true
 * PredictionSchema.safeParse({ statements: [{ speaker: 'Dmitry Peskov', span: { start: 0, end: 5 } }] }).error?.issues[0]?.path
 * //=> ['statements', 0, 'mode']
 * ```
 */
export const PredictionSchema: z.ZodType<Prediction> = /*#__PURE__*/ hardened(predictionShape);
