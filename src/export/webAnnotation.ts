/**
 * The records as a W3C Web Annotation collection (JSON-LD).
 *
 * @internal
 * @module
 */
import { plainCopy } from '../util/snapshot.js';
import type { Article, Dataset, DatasetInput, IdSpace, Span } from '../model/types.js';
import { baseOf, iriComponent, readDataset, inCodePoints, sliceCodePoints, wikidataUrl, type LinkedDataOptions } from './shared.js';

/**
 * A `TextPositionSelector`: code-point offsets into the article, end exclusive.
 *
 * @category Web Annotation
 */
export interface TextPositionSelector {
  /** The selector's class. */
  readonly type: 'TextPositionSelector';
  /** First code point. */
  readonly start: number;
  /** Code point just past the last. */
  readonly end: number;
}

/**
 * A `TextQuoteSelector`: the words themselves, with up to 32 code points of context on each side
 * (left out where the words start or end the text).
 *
 * @category Web Annotation
 */
export interface TextQuoteSelector {
  /** The selector's class. */
  readonly type: 'TextQuoteSelector';
  /** The selected characters. */
  readonly exact: string;
  /** The characters just before them. */
  readonly prefix?: string;
  /** The characters just after them. */
  readonly suffix?: string;
}

/**
 * A target: the article, narrowed by two selectors that describe the same characters.
 *
 * @category Web Annotation
 */
export interface AnnotationTarget {
  /** The article's IRI. */
  readonly source: string;
  /** The same span, by position and by quote. */
  readonly selector: readonly [TextPositionSelector, TextQuoteSelector];
}

/**
 * A body of an annotation: a textual tag (the record's kind), a JSON description of the record
 * (its id, kind and key fields), or a link to the Wikidata item it identifies.
 *
 * @category Web Annotation
 */
export type AnnotationBody = TaggingBody | DescribingBody | IdentifyingBody;

/**
 * A body that tags the target with the record's kind: `actor`, `statement`, `event`, `figure` or
 * `timex`.
 *
 * @category Web Annotation
 */
export interface TaggingBody {
  /** The body's class. */
  readonly type: 'TextualBody';
  /** Why the body is there. */
  readonly purpose: 'tagging';
  /** The record's kind. */
  readonly value: string;
}

/**
 * A body that describes the record: JSON of its id, kind and key fields.
 *
 * @category Web Annotation
 */
export interface DescribingBody {
  /** The body's class. */
  readonly type: 'TextualBody';
  /** Why the body is there. */
  readonly purpose: 'describing';
  /** The media type of `value`. */
  readonly format: 'application/json';
  /** The record's id, kind and key fields, as JSON. */
  readonly value: string;
}

/**
 * A body that identifies what the target names: the Wikidata page of a verified QID.
 *
 * @category Web Annotation
 */
export interface IdentifyingBody {
  /** The body's class. */
  readonly type: 'SpecificResource';
  /** Why the body is there. */
  readonly purpose: 'identifying';
  /** The Wikidata page, `https://www.wikidata.org/wiki/Q…`. */
  readonly source: string;
}

/**
 * One annotation: an actor mention, a statement, an event, a figure or a time expression.
 *
 * @category Web Annotation
 */
export interface WebAnnotation {
  /** The annotation's IRI. */
  readonly id: string;
  /** Its class. */
  readonly type: 'Annotation';
  /** Why it was made: `identifying` (mentions), `classifying` (statements, events, time expressions) or `describing` (figures). */
  readonly motivation: 'identifying' | 'classifying' | 'describing';
  /** Its bodies: tag, description, and the Wikidata item where one is verified. */
  readonly body: readonly AnnotationBody[];
  /** Its targets: one per evidence span (statements: the content first). */
  readonly target: readonly AnnotationTarget[];
}

/**
 * The page holding the annotations.
 *
 * @category Web Annotation
 */
export interface AnnotationPage {
  /** The page's IRI. */
  readonly id: string;
  /** Its class. */
  readonly type: 'AnnotationPage';
  /** The collection's IRI. */
  readonly partOf: string;
  /** The position of its first annotation in the collection: 0. */
  readonly startIndex: number;
  /** The annotations. */
  readonly items: readonly WebAnnotation[];
}

/**
 * A W3C Web Annotation `AnnotationCollection` in JSON-LD, with its one page embedded.
 *
 * @category Web Annotation
 */
export interface AnnotationCollection {
  /** `http://www.w3.org/ns/anno.jsonld`. */
  readonly '@context': 'http://www.w3.org/ns/anno.jsonld';
  /** The collection's IRI. */
  readonly id: string;
  /** Its class. */
  readonly type: 'AnnotationCollection';
  /** The article's headline. */
  readonly label: string;
  /** How many annotations it holds. */
  readonly total: number;
  /** The first (and only) page. */
  readonly first: AnnotationPage;
}

const CONTEXT_CHARS = 32;

function selectorsOf(article: Pick<Article, 'text'>, span: Span, length: number): [TextPositionSelector, TextQuoteSelector] {
  const { start, end, text } = inCodePoints(article, span);
  const prefix = sliceCodePoints(article, Math.max(0, start - CONTEXT_CHARS), start);
  const suffix = sliceCodePoints(article, end, Math.min(length, end + CONTEXT_CHARS));
  return [
    { type: 'TextPositionSelector', start, end },
    { type: 'TextQuoteSelector', exact: text, ...(prefix === '' ? {} : { prefix }), ...(suffix === '' ? {} : { suffix }) },
  ];
}

/**
 * The records as a W3C Web Annotation `AnnotationCollection` (JSON-LD, context
 * `http://www.w3.org/ns/anno.jsonld`), with one `Annotation` per actor mention, statement, event,
 * figure and time expression, in that order. A time expression's describing body holds its TIMEX3
 * type, value, mod, quant, freq and anchor.
 *
 * Each target is the article with a `TextPositionSelector` in **code points** (end exclusive) and a
 * `TextQuoteSelector` (`exact`, `prefix`, `suffix`) for the same characters. Each annotation has
 * a `tagging` body with the record's kind, a `describing` body whose value is JSON of the record's
 * id, kind and key fields, and, where the record has a verified QID, an `identifying` body whose
 * source is its Wikidata page.
 *
 * @param dataset - This package's `dataset`, or any dataset of the same shape.
 * @param options - `base`: the article's IRI (default `urn:x-dataset:<article.id>`).
 * @returns A new JSON-LD object, ready for `JSON.stringify`.
 * @throws TypeError or RangeError, naming the offending field, for a malformed dataset or `base`.
 * @category Web Annotation
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * import { toWebAnnotations } from 'kyiv-strike-pause/export'
 * const collection = toWebAnnotations(dataset)
 * collection.first.items[0].target[0].selector
 * //=> [{ type: 'TextPositionSelector', start: 0, end: 7 },
 * //    { type: 'TextQuoteSelector', exact: 'Kremlin', suffix: ' says Trump asked Putin to halt ' }]
 * collection.first.items.find((annotation) => annotation.id.endsWith('#mention-donald-trump-1')).body
 * //=> [{ type: 'TextualBody', purpose: 'tagging', value: 'actor' },
 * //    { type: 'TextualBody', purpose: 'describing', format: 'application/json',
 * //      value: '{"id":"donald-trump","kind":"actor","actorKind":"person","name":"Donald Trump","wikidata":"Q22686"}' },
 * //    { type: 'SpecificResource', purpose: 'identifying', source: 'https://www.wikidata.org/wiki/Q22686' }]
 * ```
 */
export function toWebAnnotations<I extends IdSpace>(dataset: DatasetInput<I>, options?: LinkedDataOptions): AnnotationCollection {
  dataset = readDataset(dataset, 'toWebAnnotations') as Dataset<I>;
  options = plainCopy(options, 'toWebAnnotations', 'options') as typeof options;
  const data = dataset as Dataset<IdSpace>;
  const base = baseOf(data.article, options, 'toWebAnnotations');
  const { article } = data;
  const length = [...article.text].length;
  const items: WebAnnotation[] = [];
  const annotate = (
    id: string,
    motivation: WebAnnotation['motivation'],
    kind: string,
    fields: Readonly<Record<string, unknown>>,
    wikidata: string | null | undefined,
    spans: readonly Span[],
  ) => {
    const body: AnnotationBody[] = [
      { type: 'TextualBody', purpose: 'tagging', value: kind },
      { type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify(fields) },
    ];
    if (typeof wikidata === 'string') body.push({ type: 'SpecificResource', purpose: 'identifying', source: wikidataUrl(wikidata) });
    items.push({
      id: `${base}#${id}`,
      type: 'Annotation',
      motivation,
      body,
      target: spans.map((span) => ({ source: base, selector: selectorsOf(article, span, length) })),
    });
  };
  for (const actor of data.actors) {
    const fields = { id: actor.id, kind: 'actor', actorKind: actor.kind, name: actor.name, wikidata: actor.wikidata ?? null };
    actor.evidence.forEach((span, i) => annotate(`mention-${iriComponent(actor.id)}-${i + 1}`, 'identifying', 'actor', fields, actor.wikidata, [span]));
  }
  for (const statement of data.statements) {
    const fields = {
      id: statement.id,
      kind: 'statement',
      speaker: statement.speaker,
      mode: statement.mode,
      text: statement.text,
      cue: statement.cue ?? null,
      reportedBy: statement.reportedBy ?? null,
    };
    annotate(`statement-${iriComponent(statement.id)}`, 'classifying', 'statement', fields, null, statement.evidence);
  }
  for (const event of data.events) {
    const fields = {
      id: event.id,
      kind: 'event',
      type: event.type,
      status: event.status,
      summary: event.summary,
      time: event.time?.value ?? null,
      participants: (event.participants ?? []).map((participant) => ({ actor: participant.actor, role: participant.role })),
    };
    annotate(`event-${iriComponent(event.id)}`, 'classifying', 'event', fields, event.wikidata, event.evidence);
  }
  for (const figure of data.figures) {
    const fields = {
      id: figure.id,
      kind: 'figure',
      quantity: figure.quantity,
      value: figure.value ?? null,
      min: figure.min ?? null,
      max: figure.max ?? null,
      unit: figure.unit,
      about: figure.about,
    };
    annotate(`figure-${iriComponent(figure.id)}`, 'describing', 'figure', fields, null, figure.evidence);
  }
  for (const timex of data.timexes) {
    const fields = {
      id: timex.id,
      kind: 'timex',
      type: timex.type,
      value: timex.value,
      mod: timex.mod ?? null,
      quant: timex.quant ?? null,
      freq: timex.freq ?? null,
      anchor: timex.anchor ?? null,
    };
    annotate(`timex-${iriComponent(timex.id)}`, 'classifying', 'timex', fields, null, timex.evidence);
  }
  const collection = `${base}#annotations`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collection,
    type: 'AnnotationCollection',
    label: typeof article.headline === 'string' ? article.headline : article.id,
    total: items.length,
    first: { id: `${base}#annotations-page-1`, type: 'AnnotationPage', partOf: collection, startIndex: 0, items },
  };
}
