/**
 * The cross-record rules of a dataset. They run inside `DatasetSchema`'s refinement, and each
 * problem names its rule and the exact path of the offending field.
 *
 * @internal
 * @module
 */
import { dayOf, precisionOf, weekdayOf } from '../util/calendar.js';
import { fitsTimexType } from '../util/timex3.js';
import type { Dataset, IdSpace, Span, TimeValue } from '../model/types.js';
import { numbersIn } from './numbers.js';
import { dimensionOf } from '../model/units.js';
import { foldName } from '../util/fold.js';

/** Every rule `checkDataset` applies, by id. */
export const RULES = [
  'duplicate-id',
  'unknown-reference',
  'wrong-kind-reference',
  'span-outside-text',
  'span-text-mismatch',
  'headline-first-line',
  'published-on-invalid',
  'null-without-reason',
  'mention-claimed-twice',
  'mention-not-alias',
  'variant-is-alias',
  'variant-without-note',
  'cue-not-in-evidence',
  'text-not-content',
  'direct-not-quoted',
  'nested-in-itself',
  'nested-outside-host',
  'nested-relay',
  'nested-cycle',
  'time-invalid',
  'time-precision',
  'time-expression-not-in-evidence',
  'time-weekday',
  'time-anchored-on-itself',
  'time-timex-not-in-expression',
  'timex-one-span',
  'timex-extent-signal',
  'timex-value-type',
  'timex-set-only',
  'timex-temporal-function',
  'account-speaker',
  'figure-number-not-in-evidence',
  'figure-min-above-max',
  'figure-value-outside-bounds',
  'figure-qualifier',
  'figure-unit-quantity',
  'figure-count-of',
] as const;

/** The id of one rule. */
export type Rule = (typeof RULES)[number];

/** One broken rule: which, where, and what is wrong. */
export interface Problem {
  readonly rule: Rule;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Path = readonly (string | number)[];
type Kind = 'actor' | 'statement' | 'event' | 'figure' | 'timex';
type AnyStatement = Dataset<IdSpace>['statements'][number];

/** Fields whose `null` means "the article does not say", so a note must give the reason. */
const NULL_NEEDS_REASON = {
  article: ['publisher', 'url', 'author'],
  actors: ['wikidata'],
  events: ['time'],
  figures: ['value'],
} as const;

const OPENING_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'"]);
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
/** Words that open a prepositional phrase: a TimeML SIGNAL, which stays outside a TIMEX3's extent. */
const SIGNAL = /^(?:on|in|at|for|until|till|since|during|following|after|before|by|from|to|within|throughout)\b/i;


const aOrAn = (kind: Kind) => (/^[aeiou]/.test(kind) ? 'an' : 'a');

/** The first line of a text: what its headline must be. */
export function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}

/** Checks every cross-record rule of a dataset and returns the problems found. */
export function checkDataset(dataset: Dataset<IdSpace>): Problem[] {
  const problems: Problem[] = [];
  const report = (path: Path, rule: Rule, message: string) => problems.push({ rule, path, message });
  const { actors, statements, events, figures } = dataset;
  const timexes = dataset.timexes ?? [];
  const text = dataset.article.text;

  const kindOf = new Map<string, Kind>();
  const collections = [
    ['actors', 'actor', actors],
    ['statements', 'statement', statements],
    ['events', 'event', events],
    ['figures', 'figure', figures],
    ['timexes', 'timex', timexes],
  ] as const;
  for (const [key, kind, records] of collections) {
    records.forEach((record, index) => {
      if (kindOf.has(record.id)) report([key, index, 'id'], 'duplicate-id', `duplicate id "${record.id}"`);
      else kindOf.set(record.id, kind);
    });
  }

  const expectRef = (path: Path, id: string | null | undefined, kinds: readonly Kind[]) => {
    if (id === null || id === undefined) return;
    const kind = kindOf.get(id);
    if (kind === undefined) report(path, 'unknown-reference', `unknown id "${id}"`);
    else if (!kinds.includes(kind)) {
      report(path, 'wrong-kind-reference', `"${id}" is ${aOrAn(kind)} ${kind}, expected ${kinds.map((k) => `${aOrAn(k)} ${k}`).join(' or ')}`);
    }
  };

  const checkSpan = (path: Path, span: Span) => {
    if (span.start < 0 || span.end <= span.start || span.end > text.length) {
      report(path, 'span-outside-text', `span ${span.start}..${span.end} is empty or outside the text (length ${text.length})`);
    } else if (text.slice(span.start, span.end) !== span.text) {
      report([...path, 'text'], 'span-text-mismatch', `span text ${JSON.stringify(span.text)} does not match the article at ${span.start}..${span.end}`);
    }
  };
  const checkEvidence = (path: Path, evidence: readonly Span[]) =>
    evidence.forEach((span, index) => checkSpan([...path, 'evidence', index], span));

  /**
   * Whether `expression` occurs in one of the spans, remembered per list of spans, so that an
   * event's many accounts repeating one expression search the event's evidence once.
   */
  const found = new WeakMap<readonly Span[], Map<string, boolean>>();
  const occursIn = (spans: readonly Span[], expression: string): boolean => {
    let known = found.get(spans);
    if (known === undefined) found.set(spans, (known = new Map()));
    let answer = known.get(expression);
    if (answer === undefined) known.set(expression, (answer = spans.some((span) => span.text.includes(expression))));
    return answer;
  };
  /** Checks a time; `evidence` is the record's spans, or several lists of spans that all count as its evidence. */
  const timexById = new Map(timexes.map((timex) => [timex.id, timex]));
  /** Whether one of the spans holds a time expression's extent, remembered per list of spans as `occursIn` is. */
  const held = new WeakMap<readonly Span[], Map<string, boolean>>();
  const holds = (spans: readonly Span[], timex: string, extent: Span): boolean => {
    let known = held.get(spans);
    if (known === undefined) held.set(spans, (known = new Map()));
    let answer = known.get(timex);
    if (answer === undefined) known.set(timex, (answer = spans.some((span) => span.start <= extent.start && extent.end <= span.end)));
    return answer;
  };
  const checkTime = (path: Path, time: TimeValue<IdSpace> | null | undefined, evidence: readonly (readonly Span[])[], owner?: string) => {
    if (!time) return;
    const precision = precisionOf(time.value);
    if (precision === undefined) {
      report([...path, 'value'], 'time-invalid', `"${time.value}" is not a valid ISO 8601 date, interval, week, month, year or duration`);
    } else if (precision !== time.precision) {
      report([...path, 'precision'], 'time-precision', `"${time.value}" has precision ${precision}, not ${time.precision}`);
    }
    if (time.anchor !== 'publication') {
      if (time.anchor === owner) report([...path, 'anchor'], 'time-anchored-on-itself', 'a record cannot be anchored on itself');
      else expectRef([...path, 'anchor'], time.anchor, ['actor', 'statement', 'event', 'figure', 'timex']);
    }
    if (time.timex !== undefined && time.timex !== null) {
      expectRef([...path, 'timex'], time.timex, ['timex']);
      const extent = timexById.get(time.timex)?.evidence[0];
      if (extent !== undefined && !time.expression.includes(extent.text)) {
        report([...path, 'timex'], 'time-timex-not-in-expression', `the extent "${extent.text}" of "${time.timex}" does not occur in the expression "${time.expression}"`);
      } else if (extent !== undefined && !evidence.some((spans) => holds(spans, time.timex as string, extent))) {
        report([...path, 'timex'], 'time-timex-not-in-expression', `the extent of "${time.timex}" at ${extent.start}..${extent.end} lies outside the record's evidence`);
      }
    }
    if (!evidence.some((spans) => occursIn(spans, time.expression))) {
      report([...path, 'expression'], 'time-expression-not-in-evidence', `"${time.expression}" does not occur in the record's evidence`);
    }
    const day = dayOf(time.value);
    const named = WEEKDAY.exec(time.expression)?.[1];
    if (day !== undefined && named !== undefined && weekdayOf(day) !== named) {
      report([...path, 'value'], 'time-weekday', `${time.value} is a ${weekdayOf(day)}, but the expression says ${named}`);
    }
  };

  const needsReason = (path: Path, record: { readonly notes: readonly { readonly field: string | null }[] }, fields: readonly string[]) => {
    for (const field of fields) {
      const value = (record as unknown as Readonly<Record<string, unknown>>)[field];
      if (value === null && !record.notes.some((note) => note.field === field)) {
        report([...path, field], 'null-without-reason', `${field} is null but no note gives the reason`);
      }
    }
  };

  // Article
  dataset.article.paragraphs.forEach((paragraph, index) => checkSpan(['article', 'paragraphs', index], paragraph));
  dataset.article.sections.forEach((section, index) => {
    checkSpan(['article', 'sections', index], section);
    if (section.heading) checkSpan(['article', 'sections', index, 'heading'], section.heading);
  });
  checkEvidence(['article'], dataset.article.evidence);
  if (dataset.article.headline !== firstLine(text)) report(['article', 'headline'], 'headline-first-line', 'headline is not the first line of the text');
  if (dayOf(dataset.article.publishedOn) === undefined) {
    report(['article', 'publishedOn'], 'published-on-invalid', `"${dataset.article.publishedOn}" is not a valid date`);
  }
  needsReason(['article'], dataset.article, NULL_NEEDS_REASON.article);

  // Actors
  const mentionOwner = new Map<string, string>();
  actors.forEach((actor, index) => {
    const path = ['actors', index];
    checkEvidence(path, actor.evidence);
    needsReason(path, actor, NULL_NEEDS_REASON.actors);
    actor.roles.forEach((role, r) => expectRef([...path, 'roles', r, 'of'], role.of, ['actor']));
    // A set, so that an actor of many aliases and as many mentions costs O(n), not O(n²).
    const aliases = new Set(actor.aliases);
    // A variant is a spelling the article does not use: never its name or one of its aliases, and explained in a note.
    const own = new Set([actor.name, ...actor.aliases].map(foldName));
    (actor.variants ?? []).forEach((variant, v) => {
      if (own.has(foldName(variant))) report([...path, 'variants', v], 'variant-is-alias', `variant "${variant}" is the name or an alias; variants are spellings the article does not use`);
    });
    if ((actor.variants ?? []).length > 0 && !actor.notes.some((note) => note.field === 'variants')) {
      report([...path, 'variants'], 'variant-without-note', 'the variants need a note on "variants" saying where they come from');
    }
    actor.evidence.forEach((span, e) => {
      const key = `${span.start}:${span.end}`;
      const owner = mentionOwner.get(key);
      if (owner !== undefined && owner !== actor.id) {
        report([...path, 'evidence', e], 'mention-claimed-twice', `mention "${span.text}" at ${span.start} is already a mention of "${owner}"`);
      }
      mentionOwner.set(key, actor.id);
      if (!aliases.has(span.text) && span.text !== actor.name) {
        report([...path, 'evidence', e], 'mention-not-alias', `mention "${span.text}" is neither the name nor an alias`);
      }
    });
  });

  // Statements
  const statementById = new Map(statements.map((statement) => [statement.id, statement]));
  /**
   * Whether following `within` from a statement runs into a cycle. Each statement's answer is
   * found once and kept, so the whole check costs O(n) however deep the nesting.
   */
  const cycleFrom = new Map<AnyStatement, boolean>();
  const reachesCycle = (start: AnyStatement): boolean => {
    const chain: AnyStatement[] = [];
    const onChain = new Set<AnyStatement>();
    let answer = false;
    for (let cursor: AnyStatement | undefined = start; cursor !== undefined; ) {
      const known = cycleFrom.get(cursor);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (onChain.has(cursor)) {
        answer = true;
        break;
      }
      chain.push(cursor);
      onChain.add(cursor);
      cursor = cursor.within === null ? undefined : statementById.get(cursor.within);
    }
    for (const visited of chain) cycleFrom.set(visited, answer);
    return answer;
  };
  statements.forEach((statement, index) => {
    const path = ['statements', index];
    checkEvidence(path, statement.evidence);
    expectRef([...path, 'speaker'], statement.speaker, ['actor']);
    expectRef([...path, 'reportedBy'], statement.reportedBy, ['actor']);
    expectRef([...path, 'channel'], statement.channel, ['actor']);
    expectRef([...path, 'within'], statement.within, ['statement']);
    statement.about.forEach((id, a) => expectRef([...path, 'about', a], id, ['actor', 'event']));
    checkTime([...path, 'time'], statement.time, [statement.evidence], statement.id);
    const cue = statement.cue;
    if (cue !== null && !statement.evidence.some((span) => span.text.includes(cue))) {
      report([...path, 'cue'], 'cue-not-in-evidence', `cue "${cue}" does not occur in the statement's evidence`);
    }
    const content = statement.evidence[0];
    if (content && content.text !== statement.text) report([...path, 'text'], 'text-not-content', 'text differs from the first evidence span (the content)');
    if (content && statement.mode === 'direct') {
      if (!OPENING_QUOTES.has(text[content.start - 1] ?? '') || !CLOSING_QUOTES.has(text[content.end] ?? '')) {
        report([...path, 'mode'], 'direct-not-quoted', "a direct statement's content must sit between quotation marks");
      }
    }
    if (statement.within === null) return;
    const outer = statementById.get(statement.within);
    if (outer === statement) {
      report([...path, 'within'], 'nested-in-itself', 'a statement cannot be nested in itself');
      return;
    }
    if (!outer) return;
    const inner = statement.evidence[0];
    const host = outer.evidence[0];
    if (inner && host && (inner.start < host.start || inner.end > host.end)) {
      report([...path, 'within'], 'nested-outside-host', `content lies outside the content of "${outer.id}"`);
    }
    if (statement.reportedBy !== outer.speaker) {
      report([...path, 'reportedBy'], 'nested-relay', `a nested statement is relayed by the speaker of "${outer.id}" (${outer.speaker})`);
    }
    if (reachesCycle(statement)) report([...path, 'within'], 'nested-cycle', 'nesting forms a cycle');
  });

  // Events
  events.forEach((event, index) => {
    const path = ['events', index];
    checkEvidence(path, event.evidence);
    needsReason(path, event, NULL_NEEDS_REASON.events);
    expectRef([...path, 'location'], event.location, ['actor']);
    event.participants.forEach((participant, p) => expectRef([...path, 'participants', p, 'actor'], participant.actor, ['actor']));
    checkTime([...path, 'time'], event.time, [event.evidence], event.id);
    event.accounts.forEach((account, a) => {
      const accountPath = [...path, 'accounts', a];
      expectRef([...accountPath, 'source'], account.source, ['actor']);
      expectRef([...accountPath, 'statement'], account.statement, ['statement']);
      const carrier = account.statement === undefined ? undefined : statementById.get(account.statement);
      if (carrier && account.source !== null && carrier.speaker !== account.source) {
        report([...accountPath, 'statement'], 'account-speaker', `"${carrier.id}" is spoken by ${carrier.speaker}, not ${account.source}`);
      }
      checkTime([...accountPath, 'time'], account.time, carrier ? [carrier.evidence, event.evidence] : [event.evidence], event.id);
    });
  });

  // Figures
  figures.forEach((figure, index) => {
    const path = ['figures', index];
    checkEvidence(path, figure.evidence);
    needsReason(path, figure, NULL_NEEDS_REASON.figures);
    expectRef([...path, 'about'], figure.about, ['actor', 'statement', 'event', 'figure']);
    expectRef([...path, 'source'], figure.source, ['actor']);
    const stated = numbersIn(figure.evidence.map((span) => span.text).join(' '));
    for (const field of ['value', 'min', 'max'] as const) {
      const number = figure[field];
      if (number !== null && !stated.has(number)) report([...path, field], 'figure-number-not-in-evidence', `${number} cannot be read from the evidence`);
    }
    const { value, min, max, qualifier } = figure;
    if (min !== null && max !== null && min > max) report([...path, 'min'], 'figure-min-above-max', `min ${min} is above max ${max}`);
    if (value !== null && ((min !== null && value < min) || (max !== null && value > max))) {
      report([...path, 'value'], 'figure-value-outside-bounds', `value ${value} lies outside ${min ?? '-∞'}..${max ?? '∞'}`);
    }
    const shapeOk = {
      exact: value !== null && min === null && max === null,
      approximately: value !== null && min === null && max === null,
      nearly: value !== null && max === value && min === null,
      almost: value !== null && max === value && min === null,
      'at-least': value !== null && min === value && max === null,
      'at-most': value !== null && max === value && min === null,
      range: value === null && min !== null && max !== null && min < max,
      vague: value === null && min === null && max === null,
    }[qualifier];
    if (!shapeOk) report([...path, 'qualifier'], 'figure-qualifier', `value/min/max (${value}, ${min}, ${max}) do not fit qualifier "${qualifier}"`);
    if (dimensionOf(figure.unit) !== figure.quantity) {
      report([...path, 'unit'], 'figure-unit-quantity', `unit "${figure.unit}" does not measure a ${figure.quantity}`);
    }
    if ((figure.quantity === 'count') !== (figure.countOf !== null)) {
      report([...path, 'countOf'], 'figure-count-of', 'countOf is required for counts and only for counts');
    }
  });

  // Time expressions
  timexes.forEach((timex, index) => {
    const path = ['timexes', index];
    checkEvidence(path, timex.evidence);
    const [extent, ...more] = timex.evidence;
    if (more.length > 0) report([...path, 'evidence'], 'timex-one-span', 'a time expression has one extent: one evidence span');
    if (extent !== undefined && SIGNAL.test(extent.text)) {
      report([...path, 'evidence', 0], 'timex-extent-signal', `the extent "${extent.text}" starts with a preposition, a SIGNAL that stays outside it`);
    }
    if (!fitsTimexType(timex.type, timex.value)) report([...path, 'value'], 'timex-value-type', `"${timex.value}" is not a TIMEX3 value of type ${timex.type}`);
    for (const field of ['quant', 'freq'] as const) {
      if (timex[field] !== null && timex.type !== 'SET') report([...path, field], 'timex-set-only', `${field} belongs to a SET, not a ${timex.type}`);
    }
    if (timex.anchor !== null && timex.anchor !== 'dct') {
      if (timex.anchor === timex.id) report([...path, 'anchor'], 'time-anchored-on-itself', 'a record cannot be anchored on itself');
      else expectRef([...path, 'anchor'], timex.anchor, ['timex']);
    }
    if (timex.temporalFunction !== (timex.anchor !== null)) {
      report([...path, 'temporalFunction'], 'timex-temporal-function', 'temporalFunction is true exactly when the value is computed from an anchor');
    }
    const day = dayOf(timex.value);
    const named = extent === undefined ? undefined : WEEKDAY.exec(extent.text)?.[1];
    if (day !== undefined && named !== undefined && weekdayOf(day) !== named) {
      report([...path, 'value'], 'time-weekday', `${timex.value} is a ${weekdayOf(day)}, but the expression says ${named}`);
    }
  });

  return problems;
}
