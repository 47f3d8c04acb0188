/**
 * One zod schema per record. They validate the id-generic shape (every id a string); the cross-record rules live on `DatasetSchema`.
 *
 * @internal
 * @module
 */
import * as z from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lowercase letters and digits joined by single hyphens');
const offset = z.number().int().nonnegative();
const qid = z.string().regex(/^Q[1-9]\d*$/, 'a Wikidata id is Q followed by digits');

export const spanShape = z.strictObject({ start: offset, end: offset, text: z.string().min(1) }).readonly();

const noteShape = z.strictObject({ field: z.string().min(1).nullable(), text: z.string().min(1) }).readonly();

const notes = z.array(noteShape).readonly();
const evidence = z.array(spanShape).min(1, 'every record needs at least one evidence span').readonly();

const paragraphShape = z
  .strictObject({ start: offset, end: offset, text: z.string().min(1), kind: z.enum(['headline', 'subheading', 'body', 'boilerplate']) })
  .readonly();

const sectionShape = z
  .strictObject({ start: offset, end: offset, text: z.string().min(1), heading: spanShape.nullable() })
  .readonly();

export const articleShape = z
  .strictObject({
    id,
    headline: z.string().min(1),
    text: z.string().min(1),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/),
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    publishedOnBasis: z.string().min(1),
    publisher: z.string().min(1).nullable(),
    url: z.url().nullable(),
    author: z.string().min(1).nullable(),
    sections: z.array(sectionShape).readonly(),
    paragraphs: z.array(paragraphShape).readonly(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    notes,
    evidence,
  })
  .readonly();

const roleShape = z.strictObject({ title: z.string().min(1), of: id.nullable() }).readonly();

export const actorShape = z
  .strictObject({
    id,
    kind: z.enum(['person', 'organization', 'government', 'country', 'city', 'region', 'facility', 'group', 'platform', 'equipment']),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).readonly(),
    roles: z.array(roleShape).readonly(),
    wikidata: qid.nullable(),
    notes,
    evidence,
  })
  .readonly();

export const timeValueShape = z
  .strictObject({
    expression: z.string().min(1),
    value: z.string().min(1),
    precision: z.enum(['day', 'week', 'month', 'year']),
    anchor: z.union([z.literal('publication'), id]),
    inferred: z.boolean(),
  })
  .readonly();

export const statementShape = z
  .strictObject({
    id,
    speaker: id,
    mode: z.enum(['direct', 'indirect']),
    text: z.string().min(1),
    cue: z.string().min(1).nullable(),
    reportedBy: id.nullable(),
    within: id.nullable(),
    about: z.array(id).readonly(),
    time: timeValueShape.nullable(),
    channel: id.nullable(),
    notes,
    evidence,
  })
  .readonly();

const accountShape = z
  .strictObject({
    source: id.nullable(),
    stance: z.enum(['asserts', 'denies', 'does-not-confirm', 'declines-to-comment', 'expects', 'doubts', 'hedges', 'commits-conditionally', 'reports-as-requested']),
    statement: id.exactOptional(),
    time: timeValueShape.exactOptional(),
  })
  .readonly();

const participantShape = z.strictObject({ actor: id, role: z.string().min(1) }).readonly();

export const eventShape = z
  .strictObject({
    id,
    type: z.enum([
      'appeal', 'agreement', 'ceasefire', 'communication', 'meeting', 'negotiation', 'diplomacy', 'military-attack',
      'aerial-attack', 'demand', 'resistance', 'recovery', 'outage', 'weather', 'war',
    ]),
    cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is two to four digits').nullable(),
    summary: z.string().min(1),
    participants: z.array(participantShape).readonly(),
    location: id.nullable(),
    time: timeValueShape.nullable(),
    status: z.enum(['occurred', 'ongoing', 'planned', 'expected', 'requested', 'conditional', 'claimed', 'denied']),
    accounts: z.array(accountShape).readonly(),
    wikidata: qid.nullable(),
    notes,
    evidence,
  })
  .readonly();

const unitShape = z.union(
  [z.enum(['Cel', '[degF]', 'K', 'h', 'd', 'wk', 'mo', 'a', '/h', '/d', '1']), z.templateLiteral(['{', z.string().regex(/^[^{}]+$/), '}'])],
  { error: 'unit must be a UCUM code this package knows (Cel, [degF], K, h, d, wk, mo, a, /h, /d, 1) or a count annotation such as {building}' },
);

export const figureShape = z
  .strictObject({
    id,
    quantity: z.enum(['count', 'temperature', 'duration', 'frequency']),
    value: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    qualifier: z.enum(['exact', 'approximately', 'nearly', 'almost', 'at-least', 'at-most', 'range', 'vague']),
    unit: unitShape,
    unitInferred: z.boolean(),
    countOf: z.string().min(1).nullable(),
    measures: z.string().min(1),
    about: id,
    source: id.nullable(),
    notes,
    evidence,
  })
  .readonly();

