/**
 * One zod schema per record. They validate the id-generic shape (every id a string); the cross-record rules live on `DatasetSchema`.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import {
  actorKinds,
  eventStatuses,
  eventTypes,
  paragraphKinds,
  qualifiers,
  quantities,
  stances,
  statementModes,
  timePrecisions,
  timexMods,
  timexTypes,
  unitCodes,
} from '../model/vocabulary.js';

/**
 * Types `schema` as zod's readonly wrapper without adding it at run time: `.readonly()` freezes
 * its input, even a caller's object on a failed parse, and throws on typed arrays. The records a
 * schema outputs are still frozen, by the wrapper in `index.ts`, once they are known to be copies.
 */
const readonlyType = <T extends z.ZodType>(schema: T): z.ZodReadonly<T> => schema as unknown as z.ZodReadonly<T>;

/**
 * A string of at most `max` characters. The length check aborts, so no pattern after it ever runs
 * on a longer string.
 */
const capped = (max: number, what: string) => z.string().max(max, { abort: true, error: `${what} has at most ${max} characters` });

/** The longest id accepted. */
export const MAX_ID = 200;

// Linear patterns only: no quantified group (V8 backtracks through a starred group recursively).
const id = capped(MAX_ID, 'an id').regex(/^(?!-)(?!.*--)[a-z0-9-]+(?<!-)$/, 'ids are kebab-case: lowercase letters and digits joined by single hyphens');
const offset = z.number().int().nonnegative();
const qid = capped(20, 'a Wikidata id').regex(/^Q[1-9]\d*$/, 'a Wikidata id is Q followed by digits');

export const spanShape = readonlyType(z.strictObject({ start: offset, end: offset, text: z.string().min(1) }));

const noteShape = readonlyType(z.strictObject({ field: z.string().min(1).nullable(), text: z.string().min(1) }));

const notes = readonlyType(z.array(noteShape));
const evidence = readonlyType(z.array(spanShape).min(1, 'every record needs at least one evidence span'));

const paragraphShape = readonlyType(
  z.strictObject({ start: offset, end: offset, text: z.string().min(1), kind: z.enum(paragraphKinds) }),
);

const sectionShape = readonlyType(
  z.strictObject({ start: offset, end: offset, text: z.string().min(1), heading: spanShape.nullable() }),
);

export const articleShape = readonlyType(
  z.strictObject({
    id,
    headline: z.string().min(1),
    text: z.string().min(1),
    language: capped(35, 'a language tag').regex(/^[a-z]{2,3}(?![^-])(?!.*--)[A-Za-z0-9-]*(?<!-)$/, 'a language tag is a BCP 47 tag such as en or en-GB'),
    publishedOn: capped(10, 'a date').regex(/^\d{4}-\d{2}-\d{2}$/),
    publishedOnBasis: z.string().min(1),
    publisher: z.string().min(1).nullable(),
    url: z.url({ protocol: /^https?$/, error: 'url must be an http or https URL' }).max(2048).nullable(),
    author: z.string().min(1).nullable(),
    sections: readonlyType(z.array(sectionShape)),
    paragraphs: readonlyType(z.array(paragraphShape)),
    sha256: capped(64, 'a SHA-256 hash').regex(/^[0-9a-f]{64}$/),
    notes,
    evidence,
  }),
);

const roleShape = readonlyType(z.strictObject({ title: z.string().min(1), of: id.nullable() }));

export const actorShape = readonlyType(
  z.strictObject({
    id,
    kind: z.enum(actorKinds),
    name: z.string().min(1),
    aliases: readonlyType(z.array(z.string().min(1))),
    variants: readonlyType(z.array(z.string().min(1))).default(() => []),
    roles: readonlyType(z.array(roleShape)),
    wikidata: qid.nullable(),
    notes,
    evidence,
  }),
);

export const timeValueShape = readonlyType(
  z.strictObject({
    expression: z.string().min(1),
    value: capped(64, 'a time value').min(1),
    precision: z.enum(timePrecisions),
    anchor: z.union([z.literal('publication'), id]),
    inferred: z.boolean(),
    timex: id.nullable().exactOptional(),
  }),
);

export const statementShape = readonlyType(
  z.strictObject({
    id,
    speaker: id,
    mode: z.enum(statementModes),
    text: z.string().min(1),
    cue: z.string().min(1).nullable(),
    reportedBy: id.nullable(),
    within: id.nullable(),
    about: readonlyType(z.array(id)),
    time: timeValueShape.nullable(),
    channel: id.nullable(),
    notes,
    evidence,
  }),
);

const accountShape = readonlyType(
  z.strictObject({
    source: id.nullable(),
    stance: z.enum(stances),
    statement: id.exactOptional(),
    time: timeValueShape.exactOptional(),
  }),
);

const participantShape = readonlyType(z.strictObject({ actor: id, role: z.string().min(1) }));

export const eventShape = readonlyType(
  z.strictObject({
    id,
    type: z.enum(eventTypes),
    cameo: capped(4, 'a CAMEO code').regex(/^\d{2,4}$/, 'a CAMEO code is two to four digits').nullable(),
    summary: z.string().min(1),
    participants: readonlyType(z.array(participantShape)),
    location: id.nullable(),
    time: timeValueShape.nullable(),
    status: z.enum(eventStatuses),
    accounts: readonlyType(z.array(accountShape)),
    wikidata: qid.nullable(),
    notes,
    evidence,
  }),
);

/** The longest UCUM annotation accepted, braces included. */
export const MAX_ANNOTATION = 100;

/** A UCUM annotation's content: printable ASCII (UCUM §12) other than the braces. */
const annotation = z.string().regex(/^[\x20-\x7a|~]{1,98}$/);

const unitShape = z.union(
  [z.enum(unitCodes), z.templateLiteral(['{', annotation, '}'])],
  { error: `unit must be a UCUM code this package knows (${unitCodes.join(', ')}) or a count annotation such as {building}` },
);

export const figureShape = readonlyType(
  z.strictObject({
    id,
    quantity: z.enum(quantities),
    value: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    qualifier: z.enum(qualifiers),
    unit: unitShape,
    unitInferred: z.boolean(),
    countOf: z.string().min(1).nullable(),
    measures: z.string().min(1),
    about: id,
    source: id.nullable(),
    notes,
    evidence,
  }),
);


export const timexShape = readonlyType(
  z.strictObject({
    id,
    type: z.enum(timexTypes),
    value: capped(64, 'a TIMEX3 value').min(1),
    mod: z.enum(timexMods).nullable(),
    quant: capped(16, 'a TIMEX3 quant').regex(/^[A-Z]+$/, 'a TIMEX3 quant is an upper-case word such as EVERY').nullable(),
    freq: capped(8, 'a TIMEX3 freq').regex(/^(?:[1-9]\d{0,5}|X)(?:X|[YMWDHS])$/, 'a TIMEX3 freq is a count per period such as 2X').nullable(),
    anchor: z.union([z.literal('dct'), id]).nullable(),
    temporalFunction: z.boolean(),
    notes,
    evidence,
  }),
);
