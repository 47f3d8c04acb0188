/**
 * The records as Label Studio tasks with predictions, and the labeling configuration to open them.
 *
 * @internal
 * @module
 */
import { actorKinds, eventTypes, quantities, timexTypes } from '../model/vocabulary.js';
import { plainCopy } from '../util/snapshot.js';
import { linkTo, type LinkQuery } from '../util/nearest.js';
import type { Dataset, DatasetInput, IdSpace, Span } from '../model/types.js';
import { readDataset, inCodePoints } from './shared.js';

/**
 * A labeled region of the text: Label Studio's `labels` result. Offsets count code points.
 *
 * @category Label Studio
 */
export interface LabelStudioRegion {
  /** Unique within the prediction: the record id, with `#n` for its n-th span after the first. */
  readonly id: string;
  /** The `<Labels>` control: `actor`, `statement`, `event`, `figure` or `timex`. */
  readonly from_name: 'actor' | 'statement' | 'event' | 'figure' | 'timex';
  /** The `<Text>` object: `text`. */
  readonly to_name: 'text';
  /** The result type. */
  readonly type: 'labels';
  /** Where the region is and what it is labeled. */
  readonly value: {
    /** First code point. */
    readonly start: number;
    /** Code point just past the last. */
    readonly end: number;
    /** The characters. */
    readonly text: string;
    /** One label: the actor's kind, the statement's mode, the event's type, the figure's quantity or the time expression's TIMEX3 type. */
    readonly labels: readonly [string];
  };
  /** Shown beside the region: the record id (and, for actors, the QID). */
  readonly meta: {
    /** The lines shown: the record id, then the QID, the speaker, the summary, the amount or the TIMEX3 value. */
    readonly text: readonly string[];
  };
}

/**
 * A relation between two regions: Label Studio's `relation` result.
 *
 * @category Label Studio
 */
export interface LabelStudioRelation {
  /** The statement's region. */
  readonly from_id: string;
  /** The region of the speaker's mention. */
  readonly to_id: string;
  /** The result type. */
  readonly type: 'relation';
  /** Drawn from the statement to the speaker. */
  readonly direction: 'right';
  /** `spoken-by`. */
  readonly labels: readonly ['spoken-by'];
}

/**
 * One Label Studio task: the article text, with the records as a prediction.
 *
 * @category Label Studio
 */
export interface LabelStudioTask {
  /** What the labeling configuration reads: `$text`, plus the article's id and headline. */
  readonly data: {
    /** The article's text, which the regions' offsets count into. */
    readonly text: string;
    /** The article's id. */
    readonly article: string;
    /** The article's headline. */
    readonly headline: string;
  };
  /** One prediction holding every record. */
  readonly predictions: readonly [
    {
      /** Names where the labels come from. */
      readonly model_version: string;
      /** The regions, then the relations. */
      readonly result: readonly (LabelStudioRegion | LabelStudioRelation)[];
    },
  ];
}

/**
 * What {@link toLabelStudio} returns: tasks to import, and the labeling configuration to paste
 * into the project's settings.
 *
 * @category Label Studio
 */
export interface LabelStudioExport {
  /** The tasks: save them as JSON and import the file. */
  readonly tasks: readonly LabelStudioTask[];
  /** The labeling configuration (XML). */
  readonly config: string;
}

/**
 * Options of {@link toLabelStudio}.
 *
 * @category Label Studio
 */
export interface LabelStudioOptions {
  /** The predictions' `model_version` (default `kyiv-strike-pause`). */
  readonly modelVersion?: string;
}


/**
 * What XML 1.0 cannot hold at all: control characters other than tab, line feed and carriage
 * return, U+FFFE, U+FFFF, and a surrogate without its other half (matched on UTF-16 code units).
 */
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A label as both files hold it: each character XML 1.0 cannot hold becomes U+FFFD, so the config and the tasks agree. */
function labelOf(value: string): string {
  return value.replace(NOT_XML, '\ufffd');
}

/** A label as an XML attribute value: markup escaped, and tab, line feed and carriage return as character references (which attribute normalization keeps). */
function xml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The records as Label Studio tasks: one task per article whose `data.text` is the article, with
 * every record as a region of one prediction (`labels` results: actor mentions labeled by kind,
 * statement content by mode, event evidence by type, figure evidence by quantity, time expressions
 * by TIMEX3 type; offsets in code points), plus a `spoken-by` relation from each statement to its
 * speaker's nearest mention. The `config` declares the five `<Labels>` controls over one
 * `<Text name="text">`.
 *
 * @param dataset - This package's `dataset`, or any dataset of the same shape.
 * @param options - `modelVersion`: the predictions' `model_version`.
 * @returns New `{ tasks, config }`.
 * @throws TypeError or RangeError, naming the offending field, for a malformed dataset or options.
 * @category Label Studio
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * import { toLabelStudio } from 'kyiv-strike-pause/export'
 * const { tasks, config } = toLabelStudio(dataset)
 * tasks[0].predictions[0].result[0]
 * //=> { id: 'kremlin', from_name: 'actor', to_name: 'text', type: 'labels',
 * //     value: { start: 0, end: 7, text: 'Kremlin', labels: ['government'] }, meta: { text: ['kremlin'] } }
 * config.split('\n')[0]
 * //=> '<View>'
 * ```
 */
export function toLabelStudio<I extends IdSpace>(dataset: DatasetInput<I>, options?: LabelStudioOptions): LabelStudioExport {
  dataset = readDataset(dataset, 'toLabelStudio') as Dataset<I>;
  options = plainCopy(options, 'toLabelStudio', 'options') as typeof options;
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`toLabelStudio: options must be an object, got ${options === null ? 'null' : `a value of type ${typeof options}`}`);
  }
  const modelVersion = options?.modelVersion ?? 'kyiv-strike-pause';
  if (typeof modelVersion !== 'string') throw new TypeError(`toLabelStudio: options.modelVersion must be a string, got a value of type ${typeof modelVersion}`);
  const data = dataset as Dataset<IdSpace>;
  const { article } = data;
  const regions: LabelStudioRegion[] = [];
  const relations: LabelStudioRelation[] = [];
  const taken = new Set<string>();
  // For each record id whose plain id is taken, the n to try next for `<id>#n`: every smaller n is
  // taken (and stays so), so a record of many spans tries each n once, not once per span.
  const nextSuffix = new Map<string, number>();
  const region = (recordId: string, from: LabelStudioRegion['from_name'], label: string, span: Span, meta: readonly string[]): LabelStudioRegion => {
    let id = recordId;
    if (taken.has(id)) {
      let n = nextSuffix.get(recordId) ?? 2;
      while (taken.has((id = `${recordId}#${n}`))) n++;
      nextSuffix.set(recordId, n + 1);
    }
    taken.add(id);
    const { start, end, text } = inCodePoints(article, span);
    const result: LabelStudioRegion = { id, from_name: from, to_name: 'text', type: 'labels', value: { start, end, text, labels: [labelOf(label)] }, meta: { text: meta } };
    regions.push(result);
    return result;
  };

  const mentions = new Map<string, LabelStudioRegion[]>();
  const labels = {
    actor: new Set<string>(actorKinds),
    statement: new Set(['direct', 'indirect']),
    event: new Set<string>(eventTypes),
    figure: new Set<string>(quantities),
    timex: new Set<string>(timexTypes),
  };
  for (const actor of data.actors) {
    labels.actor.add(labelOf(actor.kind));
    const meta = typeof actor.wikidata === 'string' ? [actor.id, actor.wikidata] : [actor.id];
    const own = actor.evidence.map((span) => region(actor.id, 'actor', actor.kind, span, meta));
    if (!mentions.has(actor.id)) mentions.set(actor.id, own);
  }
  // Each statement's speaker is the first of the speaker's mentions inside the statement's
  // attribution, or else the one nearest its content: found per speaker, for all its statements at once.
  const spokenBy = new Map<string, { readonly from: LabelStudioRegion; readonly query: LinkQuery }[]>();
  const statementRegions: LabelStudioRegion[] = [];
  for (const statement of data.statements) {
    const [content, ...attribution] = statement.evidence;
    if (content === undefined) continue;
    labels.statement.add(labelOf(statement.mode));
    const own = region(statement.id, 'statement', statement.mode, content, [statement.id, `speaker: ${statement.speaker}`]);
    statementRegions.push(own);
    const query = { at: own.value.start, within: attribution.map((span) => inCodePoints(article, span)) };
    const asked = spokenBy.get(statement.speaker);
    if (asked === undefined) spokenBy.set(statement.speaker, [{ from: own, query }]);
    else asked.push({ from: own, query });
  }
  const speakerOf = new Map<LabelStudioRegion, LabelStudioRegion>();
  for (const [speaker, asked] of spokenBy) {
    const spoken = mentions.get(speaker) ?? [];
    const found = linkTo(spoken.map((mention) => mention.value), asked.map(({ query }) => query));
    asked.forEach(({ from }, i) => {
      const mention = spoken[found[i] as number];
      if (mention !== undefined) speakerOf.set(from, mention);
    });
  }
  for (const own of statementRegions) {
    const speaker = speakerOf.get(own);
    if (speaker !== undefined) relations.push({ from_id: own.id, to_id: speaker.id, type: 'relation', direction: 'right', labels: ['spoken-by'] });
  }
  for (const event of data.events) {
    labels.event.add(labelOf(event.type));
    for (const span of event.evidence) region(event.id, 'event', event.type, span, [event.id, event.summary]);
  }
  for (const figure of data.figures) {
    labels.figure.add(labelOf(figure.quantity));
    for (const span of figure.evidence) region(figure.id, 'figure', figure.quantity, span, [figure.id, `${String(figure.value ?? `${String(figure.min)}–${String(figure.max)}`)} ${figure.unit}`]);
  }
  for (const timex of data.timexes) {
    labels.timex.add(timex.type);
    for (const span of timex.evidence) region(timex.id, 'timex', timex.type, span, [timex.id, `${timex.value}${timex.mod ? ` (${timex.mod})` : ''}`]);
  }

  const control = (name: string, values: ReadonlySet<string>) => [
    `  <Labels name="${name}" toName="text">`,
    ...[...values].map((value) => `    <Label value="${xml(value)}"/>`),
    '  </Labels>',
  ];
  const config = [
    '<View>',
    '  <Relations>',
    '    <Relation value="spoken-by"/>',
    '  </Relations>',
    ...control('actor', labels.actor),
    ...control('statement', labels.statement),
    ...control('event', labels.event),
    ...control('figure', labels.figure),
    ...control('timex', labels.timex),
    '  <Text name="text" value="$text"/>',
    '</View>',
    '',
  ].join('\n');
  const task: LabelStudioTask = {
    data: { text: article.text, article: article.id, headline: typeof article.headline === 'string' ? article.headline : article.id },
    predictions: [{ model_version: modelVersion, result: [...regions, ...relations] }],
  };
  return { tasks: [task], config };
}
