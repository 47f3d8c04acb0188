/**
 * The cross-record rules of a dataset. They run inside `DatasetSchema`'s refinement, and each
 * problem names the exact path of the offending field.
 *
 * @internal
 * @module
 */
import { dayOf, precisionOf, WEEKDAYS, weekdayOf } from '../internal/time.js';
import type { Dataset, IdSpace, Span, TimeValue } from '../types.js';
import { numbersIn } from './numbers.js';

/** One broken rule: where, and what is wrong. */
export interface Problem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Path = readonly (string | number)[];
type Kind = 'actor' | 'statement' | 'event' | 'figure';

/** Fields whose `null` means "the article does not say", so a note must give the reason. */
const NULL_NEEDS_REASON = {
  article: ['publisher', 'url', 'author'],
  actors: ['wikidata'],
  events: ['time'],
  figures: ['value'],
} as const;

const OPENING_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'"]);

const UNITS_BY_QUANTITY: Readonly<Record<string, readonly string[]>> = {
  temperature: ['Cel', '[degF]', 'K'],
  duration: ['h', 'd', 'wk', 'mo', 'a'],
  frequency: ['/h', '/d'],
};

/** Checks every cross-record rule of a dataset and returns the problems found, in path order. */
export function checkDataset(dataset: Dataset<IdSpace>): Problem[] {
  const problems: Problem[] = [];
  const report = (path: Path, message: string) => problems.push({ path, message });
  const { article, actors, statements, events, figures } = dataset;
  const text = article.text;

  const kindOf = new Map<string, Kind>();
  const collections = [
    ['actors', 'actor', actors],
    ['statements', 'statement', statements],
    ['events', 'event', events],
    ['figures', 'figure', figures],
  ] as const;
  for (const [key, kind, records] of collections) {
    records.forEach((record, index) => {
      if (kindOf.has(record.id)) report([key, index, 'id'], `duplicate id "${record.id}"`);
      else kindOf.set(record.id, kind);
    });
  }

  const expectRef = (path: Path, id: string | null | undefined, kinds: readonly Kind[]) => {
    if (id === null || id === undefined) return;
    const kind = kindOf.get(id);
    if (kind === undefined) report(path, `unknown id "${id}"`);
    else if (!kinds.includes(kind)) report(path, `"${id}" is a ${kind}, expected ${kinds.join(' or ')}`);
  };

  const checkSpan = (path: Path, span: Span) => {
    if (span.end <= span.start || span.end > text.length) {
      report(path, `span ${span.start}..${span.end} is empty or outside the text (length ${text.length})`);
    } else if (text.slice(span.start, span.end) !== span.text) {
      report([...path, 'text'], `span text ${JSON.stringify(span.text)} does not match the article at ${span.start}..${span.end}`);
    }
  };
  const checkEvidence = (path: Path, evidence: readonly Span[]) =>
    evidence.forEach((span, index) => checkSpan([...path, 'evidence', index], span));

  const checkTime = (path: Path, time: TimeValue<IdSpace> | null | undefined, evidence: readonly Span[]) => {
    if (!time) return;
    const precision = precisionOf(time.value);
    if (precision === undefined) report([...path, 'value'], `"${time.value}" is not a valid ISO 8601 date, interval, week, month, year or duration`);
    else if (precision !== time.precision) report([...path, 'precision'], `"${time.value}" has precision ${precision}, not ${time.precision}`);
    if (time.anchor !== 'publication') expectRef([...path, 'anchor'], time.anchor, ['actor', 'statement', 'event', 'figure']);
    if (!evidence.some((span) => span.text.includes(time.expression))) {
      report([...path, 'expression'], `"${time.expression}" does not occur in the record's evidence`);
    }
    const day = dayOf(time.value);
    const named = WEEKDAYS.find((weekday) => new RegExp(`\\b${weekday}\\b`).test(time.expression));
    if (day !== undefined && named !== undefined && weekdayOf(day) !== named) {
      report([...path, 'value'], `${time.value} is a ${weekdayOf(day)}, but the expression says ${named}`);
    }
  };

  const needsReason = (path: Path, record: { readonly notes: readonly { readonly field: string | null }[] }, fields: readonly string[]) => {
    for (const field of fields) {
      const value = (record as unknown as Readonly<Record<string, unknown>>)[field];
      if (value === null && !record.notes.some((note) => note.field === field)) {
        report([...path, field], `${field} is null but no note gives the reason`);
      }
    }
  };

  // Article
  article.paragraphs.forEach((paragraph, index) => checkSpan(['article', 'paragraphs', index], paragraph));
  article.sections.forEach((section, index) => {
    checkSpan(['article', 'sections', index], section);
    if (section.heading) checkSpan(['article', 'sections', index, 'heading'], section.heading);
  });
  checkEvidence(['article'], article.evidence);
  if (article.headline !== text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))) {
    report(['article', 'headline'], 'headline is not the first line of the text');
  }
  if (dayOf(article.publishedOn) === undefined) report(['article', 'publishedOn'], `"${article.publishedOn}" is not a valid date`);
  needsReason(['article'], article, NULL_NEEDS_REASON.article);

  // Actors
  const mentionOwner = new Map<string, string>();
  actors.forEach((actor, index) => {
    const path = ['actors', index];
    checkEvidence(path, actor.evidence);
    needsReason(path, actor, NULL_NEEDS_REASON.actors);
    actor.roles.forEach((role, r) => expectRef([...path, 'roles', r, 'of'], role.of, ['actor']));
    actor.evidence.forEach((span, e) => {
      const key = `${span.start}:${span.end}`;
      const owner = mentionOwner.get(key);
      if (owner !== undefined && owner !== actor.id) report([...path, 'evidence', e], `mention "${span.text}" at ${span.start} is already a mention of "${owner}"`);
      mentionOwner.set(key, actor.id);
      if (!actor.aliases.includes(span.text) && span.text !== actor.name) {
        report([...path, 'evidence', e], `mention "${span.text}" is neither the name nor an alias`);
      }
    });
  });

  // Statements
  const statementById = new Map(statements.map((statement) => [statement.id, statement]));
  statements.forEach((statement, index) => {
    const path = ['statements', index];
    checkEvidence(path, statement.evidence);
    expectRef([...path, 'speaker'], statement.speaker, ['actor']);
    expectRef([...path, 'reportedBy'], statement.reportedBy, ['actor']);
    expectRef([...path, 'channel'], statement.channel, ['actor']);
    expectRef([...path, 'within'], statement.within, ['statement']);
    statement.about.forEach((id, a) => expectRef([...path, 'about', a], id, ['actor', 'event']));
    checkTime([...path, 'time'], statement.time, statement.evidence);
    if (statement.cue !== null && !statement.evidence.some((span) => span.text.includes(statement.cue as string))) {
      report([...path, 'cue'], `cue "${statement.cue}" does not occur in the statement's evidence`);
    }
    const content = statement.evidence[0];
    if (content && content.text !== statement.text) report([...path, 'text'], 'text differs from the first evidence span (the content)');
    if (content && statement.mode === 'direct') {
      const before = text[content.start - 1] ?? '';
      const after = text[content.end] ?? '';
      if (!OPENING_QUOTES.has(before) || !CLOSING_QUOTES.has(after)) {
        report([...path, 'mode'], 'a direct statement\'s content must sit between quotation marks');
      }
    }
    if (statement.within !== null) {
      const outer = statementById.get(statement.within);
      if (outer === statement) report([...path, 'within'], 'a statement cannot be nested in itself');
      else if (outer) {
        const inner = statement.evidence[0];
        const host = outer.evidence[0];
        if (inner && host && (inner.start < host.start || inner.end > host.end)) {
          report([...path, 'within'], `content lies outside the content of "${outer.id}"`);
        }
        if (statement.reportedBy !== outer.speaker) {
          report([...path, 'reportedBy'], `a nested statement is relayed by the speaker of "${outer.id}" (${outer.speaker})`);
        }
      }
      const seen = new Set<string>([statement.id]);
      for (let cursor = outer; cursor && cursor.within !== null; cursor = statementById.get(cursor.within)) {
        if (seen.has(cursor.within)) {
          report([...path, 'within'], 'nesting forms a cycle');
          break;
        }
        seen.add(cursor.within);
      }
    }
  });

  // Events
  events.forEach((event, index) => {
    const path = ['events', index];
    checkEvidence(path, event.evidence);
    needsReason(path, event, NULL_NEEDS_REASON.events);
    expectRef([...path, 'location'], event.location, ['actor']);
    event.participants.forEach((participant, p) => expectRef([...path, 'participants', p, 'actor'], participant.actor, ['actor']));
    checkTime([...path, 'time'], event.time, event.evidence);
    if (event.time && event.time.anchor === event.id) report([...path, 'time', 'anchor'], 'an event cannot be anchored on itself');
    event.accounts.forEach((account, a) => {
      const accountPath = [...path, 'accounts', a];
      expectRef([...accountPath, 'source'], account.source, ['actor']);
      expectRef([...accountPath, 'statement'], account.statement, ['statement']);
      const carrier = account.statement === undefined ? undefined : statementById.get(account.statement);
      if (carrier && account.source !== null && carrier.speaker !== account.source) {
        report([...accountPath, 'statement'], `"${carrier.id}" is spoken by ${carrier.speaker}, not ${account.source}`);
      }
      const evidence = carrier ? [...carrier.evidence, ...event.evidence] : event.evidence;
      checkTime([...accountPath, 'time'], account.time, evidence);
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
      if (number !== null && !stated.has(number)) report([...path, field], `${number} cannot be read from the evidence`);
    }
    const { value, min, max, qualifier } = figure;
    if (min !== null && max !== null && min > max) report([...path, 'min'], `min ${min} is above max ${max}`);
    if (value !== null && ((min !== null && value < min) || (max !== null && value > max))) {
      report([...path, 'value'], `value ${value} lies outside ${min ?? '-∞'}..${max ?? '∞'}`);
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
    if (!shapeOk) report([...path, 'qualifier'], `value/min/max (${value}, ${min}, ${max}) do not fit qualifier "${qualifier}"`);
    const allowed = UNITS_BY_QUANTITY[figure.quantity];
    const isCountUnit = figure.unit === '1' || /^\{[^{}]+\}$/.test(figure.unit);
    if (figure.quantity === 'count' ? !isCountUnit : !allowed?.includes(figure.unit)) {
      report([...path, 'unit'], `unit "${figure.unit}" does not measure a ${figure.quantity}`);
    }
    if ((figure.quantity === 'count') !== (figure.countOf !== null)) {
      report([...path, 'countOf'], 'countOf is required for counts and only for counts');
    }
  });

  return problems;
}

