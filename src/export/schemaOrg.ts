/**
 * The records as schema.org JSON-LD.
 *
 * @internal
 * @module
 */
import { plainCopy } from '../util/snapshot.js';
import type { ActorKind, Dataset, DatasetInput, IdSpace, TimeValue } from '../model/types.js';
import { baseOf, readDataset, recordIri, unitCodeOf, wikidataUrl, type LinkedDataOptions } from './shared.js';

/**
 * A reference to another node of the graph.
 *
 * @category schema.org
 */
export interface NodeRef {
  /** The node's IRI. */
  readonly '@id': string;
}

/**
 * One node of the schema.org graph: the `NewsArticle`, an actor (`Person`, `Organization`,
 * `Place`, `Country` or, for equipment, `Product`), a `Quotation`, a `QuantitativeValue` or an
 * `Event`. Every node has an `@id` and, for records, the record's id as `identifier`.
 *
 * @category schema.org
 */
export interface SchemaOrgNode {
  /** The node's IRI: the article's, or `<article>#<record id>`. */
  readonly '@id': string;
  /** Its schema.org type. */
  readonly '@type': string;
  /** Further schema.org properties. */
  readonly [property: string]: unknown;
}

/**
 * A schema.org JSON-LD document: the context and a graph of nodes.
 *
 * @category schema.org
 */
export interface SchemaOrgDocument {
  /** `https://schema.org`. */
  readonly '@context': 'https://schema.org';
  /** The article first, then actors, quotations, quantitative values and events. */
  readonly '@graph': readonly SchemaOrgNode[];
}

/** The schema.org type of each actor kind. */
const ACTOR_TYPES: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  organization: 'Organization',
  government: 'Organization',
  group: 'Organization',
  platform: 'Organization',
  country: 'Country',
  city: 'Place',
  region: 'Place',
  facility: 'Place',
  equipment: 'Product',
};

/** `startDate` and `endDate` of a time that dates something; nothing for a duration or an open interval. */
function datesOf(time: TimeValue<IdSpace> | null | undefined): { startDate?: string; endDate?: string } | undefined {
  if (!time || typeof time.value !== 'string' || time.value.startsWith('P')) return undefined;
  const [start, end] = time.value.split('/');
  const dates = {
    ...(start !== undefined && start !== '..' && start !== '' ? { startDate: start } : {}),
    ...(end !== undefined && end !== '..' && end !== '' ? { endDate: end } : {}),
  };
  return Object.keys(dates).length === 0 ? undefined : dates;
}

/**
 * The records as schema.org JSON-LD: a `NewsArticle` (`headline`, `datePublished`,
 * `articleBody`, `mentions` of every actor), each actor as a `Person`, `Organization`, `Place` or
 * `Country` (equipment as `Product`) with `sameAs` its Wikidata page where a QID is verified, a
 * `Quotation` for each direct statement (`text`, `creator` the speaker, `isPartOf` the article),
 * a `QuantitativeValue` for each figure (`value`, `minValue`, `maxValue`, `unitCode` the UN/CEFACT
 * code, `unitText` the UCUM code) and an `Event` for each event the dataset dates (`startDate`,
 * `endDate` from its ISO 8601 value; events known only by a duration are left out).
 *
 * @param dataset - This package's `dataset`, or any dataset of the same shape.
 * @param options - `base`: the article's IRI (default `urn:x-dataset:<article.id>`).
 * @returns A new JSON-LD object with context `https://schema.org`.
 * @throws TypeError or RangeError, naming the offending field, for a malformed dataset or `base`.
 * @category schema.org
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * import { toSchemaOrg } from 'kyiv-strike-pause/export'
 * const graph = toSchemaOrg(dataset)['@graph']
 * const { minValue, maxValue, unitCode, unitText } = graph.find((node) => node.identifier === 'night-minus-20-to-minus-30')
 * ({ minValue, maxValue, unitCode, unitText })
 * //=> { minValue: -30, maxValue: -20, unitCode: 'CEL', unitText: 'Cel' }
 * graph.find((node) => node.identifier === 'vladimir-putin').sameAs
 * //=> 'https://www.wikidata.org/wiki/Q7747'
 * ```
 */
export function toSchemaOrg<I extends IdSpace>(dataset: DatasetInput<I>, options?: LinkedDataOptions): SchemaOrgDocument {
  dataset = readDataset(dataset, 'toSchemaOrg') as Dataset<I>;
  options = plainCopy(options, 'toSchemaOrg', 'options') as typeof options;
  const data = dataset as Dataset<IdSpace>;
  const base = baseOf(data.article, options, 'toSchemaOrg');
  const { article } = data;
  const ref = (id: string): NodeRef => ({ '@id': recordIri(base, id) });
  const graph: SchemaOrgNode[] = [];
  const optional = (key: string, value: unknown) => (value === null || value === undefined ? {} : { [key]: value });

  graph.push({
    '@id': base,
    '@type': 'NewsArticle',
    identifier: article.id,
    headline: article.headline,
    datePublished: article.publishedOn,
    articleBody: article.text,
    ...optional('inLanguage', article.language),
    ...optional('url', article.url),
    ...(typeof article.author === 'string' ? { author: { '@type': 'Person', name: article.author } } : {}),
    ...(typeof article.publisher === 'string' ? { publisher: { '@type': 'Organization', name: article.publisher } } : {}),
    mentions: data.actors.map((actor) => ref(actor.id)),
  });

  for (const actor of data.actors) {
    // Own keys only: a kind such as `__proto__` or `constructor` is no kind of the table's, so a `Thing`.
    const type = Object.hasOwn(ACTOR_TYPES, actor.kind) ? ACTOR_TYPES[actor.kind] : 'Thing';
    const titles = actor.roles.map((role) => role.title);
    graph.push({
      '@id': recordIri(base, actor.id),
      '@type': type,
      identifier: actor.id,
      name: actor.name,
      ...(actor.aliases.length > 0 ? { alternateName: [...actor.aliases] } : {}),
      ...(type === 'Person' && titles.length > 0 ? { jobTitle: titles } : {}),
      ...(typeof actor.wikidata === 'string' ? { sameAs: wikidataUrl(actor.wikidata) } : {}),
    });
  }

  for (const statement of data.statements) {
    if (statement.mode !== 'direct') continue;
    graph.push({
      '@id': recordIri(base, statement.id),
      '@type': 'Quotation',
      identifier: statement.id,
      text: statement.text,
      creator: ref(statement.speaker),
      isPartOf: { '@id': base },
      ...(Array.isArray(statement.about) && statement.about.length > 0 ? { about: statement.about.map((id) => ref(id)) } : {}),
    });
  }

  for (const figure of data.figures) {
    graph.push({
      '@id': recordIri(base, figure.id),
      '@type': 'QuantitativeValue',
      identifier: figure.id,
      ...optional('value', figure.value),
      ...optional('minValue', figure.min),
      ...optional('maxValue', figure.max),
      ...optional('unitCode', unitCodeOf(figure.unit)),
      unitText: figure.unit,
      description: figure.measures,
    });
  }

  for (const event of data.events) {
    const dates = datesOf(event.time);
    if (dates === undefined) continue;
    graph.push({
      '@id': recordIri(base, event.id),
      '@type': 'Event',
      identifier: event.id,
      name: event.summary,
      ...dates,
      ...(typeof event.location === 'string' ? { location: ref(event.location) } : {}),
      ...(typeof event.wikidata === 'string' ? { sameAs: wikidataUrl(event.wikidata) } : {}),
    });
  }

  return { '@context': 'https://schema.org', '@graph': graph };
}
