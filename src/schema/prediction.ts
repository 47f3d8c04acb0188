import * as z from 'zod';
import { qualifiers, statementModes, timexTypes } from '../model/vocabulary.js';
import { hardened } from './hardened.js';
import type { Prediction } from '../model/prediction.js';

// The descriptions are the annotation conventions, written for a language model to follow: it reads
// them as part of its structured-output schema. docs/scoring.md gives the same rules to people.

/** An optional field: absent or `null` mean the same. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().exactOptional();

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
    quote: z
      .string()
      .min(1)
      .describe(
        'The exact characters of the span, copied from the article text: keep its spelling, capitals and punctuation. Curly and straight quotation marks, and runs of white space, count as the same.',
      ),
    prefix: optional(z.string()).describe(
      'The words immediately before the span, when the quote occurs more than once (otherwise null). The space between prefix and quote may be left out.',
    ),
    suffix: optional(z.string()).describe(
      'The words immediately after the span, when the quote occurs more than once (otherwise null). The space between quote and suffix may be left out.',
    ),
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
    actor: ref.describe(
      'Who or what is mentioned: the full name as the article gives it (Dmitry Peskov, not Peskov or Kremlin spokesman), or a Wikidata QID. Give the same actor for every mention of it.',
    ),
    span: selector.describe(
      'The words of this one mention: a name (Peskov), a title (Kremlin spokesman), a place standing for a government (Moscow), a demonym (Russian). Not a pronoun, and not the determiner: Kremlin, not the Kremlin.',
    ),
  })
  .meta({
    title: 'Actor mention',
    description:
      'One mention of a person, organization, government, place or group. List every mention, each time an actor is named, not each actor once: "Trump" three times is three entries.',
  });

const statementPrediction = z
  .strictObject({
    speaker: ref.describe('Whose words these are: the full name as the article gives it (Donald Trump), or a Wikidata QID; not the pronoun (he).'),
    mode: z.enum(statementModes).describe('`direct` for words inside quotation marks, `indirect` for reported speech or paraphrase.'),
    span: selector.describe(
      'The words said. For a direct quote: the characters inside the quotation marks, without the marks themselves but with the punctuation inside them ("…, and he agreed to do that," keeps its final comma). For reported speech: the reported content, after "said" or "that".',
    ),
  })
  .meta({ title: 'Statement', description: 'One direct quote or piece of reported speech: each quotation in its own pair of marks is one statement.' });

const eventPrediction = z
  .strictObject({
    span: selector.describe('The words that report the event: its verb or noun with what it needs (halt strikes on Kyiv).'),
    time: optional(z.string().min(1)).describe(
      'When it happens, in ISO 8601, resolved against the publication date: a date (2026-01-29), an interval (2026-01-24/2026-01-25), an interval open at one end (../2026-02-01 for "until 1 February", 2026-01-24/.. for "since Saturday"), a week (2026-W06), a year (2025) or a duration (P1W). null when the text does not say.',
    ),
  })
  .meta({ title: 'Event', description: 'Something that happened, was requested, agreed, planned, expected or denied.' });

const number = z.number();

const figurePrediction = z
  .strictObject({
    span: selector.describe('The words that state the figure, the number with its unit or counted noun and any qualifier (at least six people).'),
    value: number
      .nullable()
      .describe('The number stated (6 for "at least six", 1 for "a week", -10 for "minus 10"), or null for a range (two or three days) or a vague amount (months).'),
    min: optional(number).describe('The lower bound: of a range (2 for "two or three days") or of "at least six" (6); otherwise null.'),
    max: optional(number).describe('The upper bound: of a range (3 for "two or three days") or of "at most six" (6); otherwise null.'),
    unit: z
      .string()
      .min(1)
      .describe(
        'The unit, in UCUM: Cel, [degF], K, h, d, wk, mo, a, /h, /d, 1, %, or for a count what is counted in braces, singular: {person}, {building}. Common spellings (days, °C) are accepted too.',
      ),
    qualifier: optional(z.enum(qualifiers)).describe(
      'How exact the figure is: exact (the default, also for null), approximately (about), nearly, almost, at-least, at-most, range (two or three), vague (months of).',
    ),
  })
  .meta({ title: 'Figure', description: 'A number in the text with its unit: a count, a temperature, a duration or a frequency.' });

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
    type: optional(z.enum(timexTypes)).describe(
      'Its TIMEX3 type: DATE, TIME (a time of day or part of day), DURATION or SET (a recurring time), or null. Scored as the type accuracy; left out, it counts as wrong.',
    ),
  })
  .meta({
    title: 'Time expression',
    description: 'One time expression (a TimeML TIMEX3): every date, time, duration, age and frequency word in the text, one entry each, with its normalized value.',
  });

/** The prediction schema with its inferred type, which a type test holds equal to {@link Prediction}. */
export const predictionShape = z
  .strictObject({
    offsets: optional(z.enum(['utf16', 'codepoint', 'utf8'])).describe(
      'How start and end count: UTF-16 code units (utf16, the default, also for null), Unicode code points (codepoint) or UTF-8 bytes (utf8).',
    ),
    sha256: optional(z.string().regex(/^[0-9a-f]{64}$/)).describe(
      'SHA-256 of the UTF-8 text the prediction was made on, as lowercase hex, or null; scoring refuses a prediction made on another text.',
    ),
    actors: optional(z.array(actorPrediction)).describe('Every mention of an actor, one entry per mention.'),
    statements: optional(z.array(statementPrediction)).describe('Every statement, one entry each.'),
    events: optional(z.array(eventPrediction)).describe('Every event, one entry each.'),
    figures: optional(z.array(figurePrediction)).describe('Every figure, one entry each.'),
    times: optional(z.array(timePrediction)).describe('Every time expression (TIMEX3), one entry each, even where several name the same day.'),
  })
  .meta({
    title: 'kyiv-strike-pause prediction',
    description:
      'What an extraction system found in a news article: actor mentions, statements with their speakers, events, figures with units, and time expressions, each with the span of text it rests on. Every optional field may be null, which means the same as leaving it out.',
  });

/**
 * Validates a prediction for `score` (from `kyiv-strike-pause/score`): what an extraction system,
 * such as a language model, found in the article. Its JSON Schema ships as
 * `kyiv-strike-pause/prediction.schema.json`, ready to hand to a model as its structured-output
 * schema, and as `kyiv-strike-pause/prediction.strict.schema.json` in the strict form some model
 * providers require. Every list is optional, every optional field may be `null`; unknown keys are
 * rejected (`score` itself only warns of them).
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
