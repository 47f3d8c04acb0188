/**
 * The records as brat standoff: the text, the `.ann` lines and `annotation.conf`.
 *
 * @internal
 * @module
 */
import { actorKinds, eventStatuses, eventTypes, qualifiers, quantities, statementModes, timexTypes } from '../model/vocabulary.js';
import type { Dataset, DatasetInput, IdSpace, Span } from '../model/types.js';
import { readDataset, inCodePoints } from './shared.js';
import { linkTo, nearestStart, type LinkQuery } from '../util/nearest.js';

/**
 * A document in brat's standoff format.
 *
 * @category brat
 */
export interface BratDocument {
  /** The article's text, unchanged: save it as `<name>.txt`. */
  readonly txt: string;
  /** The annotations: save them as `<name>.ann` beside the text. */
  readonly ann: string;
  /** The type declarations: save them as `annotation.conf` in the same directory. */
  readonly conf: string;
}


/** A letter, a digit, `_` or `-`: what a brat name keeps. */
const NAME_CHAR = /[\p{L}\p{N}_-]/u;

/**
 * A name brat accepts as a type, role or attribute value: each run of other characters (white
 * space, tabs, line breaks, punctuation) becomes one `-`. Read one character at a time: V8
 * overflows its stack on `[^\p{L}\p{N}_-]+` over a run of millions of joiners.
 */
export function bratName(value: string): string {
  const trimmed = value.trim();
  let name = '';
  let replaced = false;
  for (const char of trimmed) {
    if (NAME_CHAR.test(char)) {
      name += char;
      replaced = false;
    } else if (!replaced) {
      name += '-';
      replaced = true;
    }
  }
  return name === '' ? 'unnamed' : name;
}

function roleName(role: string): string {
  const name = bratName(role);
  return /\d$/.test(name) ? `${name}_` : name;
}

/**
 * One line of free text for a note or a normalization's label: each run of white space and control
 * characters (tabs, line breaks of every kind, escape bytes) becomes one space, so a field can
 * never start a column or an annotation line of its own.
 */
function oneLine(value: string): string {
  return value.replace(/[\s\x00-\x1f\x7f-\x9f]+/g, ' ').trim();
}

/**
 * What ends a fragment: the line breaks of every reader (brat's lines hold one annotation each)
 * and the tab (which separates its columns). The text of a fragment is the article's characters
 * between them, so the text column never holds one.
 */
const BREAKS: ReadonlySet<string> = /*#__PURE__*/ new Set(['\n', '\r', '\t', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);

interface Fragment {
  readonly start: number;
  readonly end: number;
}

/**
 * The fragments of a text-bound annotation, in code points: sorted, overlaps merged, and split at
 * line breaks and tabs (see `BREAKS`: no fragment may cross one).
 */
function fragmentsOf(dataset: Dataset<IdSpace>, spans: readonly Span[]): Fragment[] {
  const { article } = dataset;
  const pieces: Fragment[] = [];
  for (const span of spans) {
    const { start, text } = inCodePoints(article, span);
    let offset = start;
    let current = -1;
    for (const char of text) {
      if (BREAKS.has(char)) {
        if (current !== -1) pieces.push({ start: current, end: offset });
        current = -1;
      } else if (current === -1) current = offset;
      offset++;
    }
    if (current !== -1) pieces.push({ start: current, end: offset });
  }
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Fragment[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last !== undefined && piece.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, piece.end) };
    else merged.push(piece);
  }
  return merged;
}

/**
 * The records in brat's standoff format, with offsets in code points (end exclusive) into `txt`,
 * which is the article unchanged:
 * - a `T` line for every actor mention (its type is the actor's kind), every statement's content
 *   (type `statement`), every event's evidence (its trigger, of the event's type), every
 *   figure's evidence (type `figure`) and every time expression's extent (type `timex`); several
 *   spans are one discontinuous annotation,
 *   `start end;start end`, and its text is their texts joined by a space;
 * - an `E` line per event with its participants as roles (`Requester:T3`) and its location as
 *   `Place`, each the actor's mention nearest the event;
 * - an `R` line `spoken-by` from each statement to its speaker's mention in (or nearest) its
 *   attribution;
 * - `A` lines for a statement's `mode`, an event's `status`, a figure's `quantity` and
 *   `qualifier` and a time expression's TIMEX3 type (`timex-type`);
 * - `N` lines `Reference Tn Wikidata:Q…` for records with a verified QID;
 * - `#` `AnnotatorNotes` lines with each annotation's record id (and, for figures, the value and
 *   UCUM unit; for time expressions, the TIMEX3 value and mod).
 *
 * `conf` declares every type, role and attribute the lines use.
 *
 * @param dataset - This package's `dataset`, or any dataset of the same shape.
 * @returns `{ txt, ann, conf }`, the three files of a brat document.
 * @throws TypeError or RangeError, naming the offending field, for a malformed dataset.
 * @category brat
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * import { toBrat } from 'kyiv-strike-pause/export'
 * const { txt, ann } = toBrat(dataset)
 * txt === dataset.article.text
 * //=> true
 * const putin = ann.split('\n').filter((line) => line.includes('Wikidata:Q7747'))
 * putin.length === dataset.actors.find((actor) => actor.id === 'vladimir-putin').evidence.length
 * //=> true
 * /^N\d+\tReference T\d+ Wikidata:Q7747\tVladimir Putin$/.test(putin[0])
 * //=> true
 * ```
 */
export function toBrat<I extends IdSpace>(dataset: DatasetInput<I>): BratDocument {
  dataset = readDataset(dataset, 'toBrat') as Dataset<I>;
  const data = dataset as Dataset<IdSpace>;
  const { text } = data.article;
  const chars = [...text];
  const lines = { T: [] as string[], E: [] as string[], R: [] as string[], A: [] as string[], N: [] as string[], notes: [] as string[] };
  const count = { T: 0, E: 0, R: 0, A: 0, N: 0, notes: 0 };
  const next = (kind: keyof typeof count) => ++count[kind];

  const textBound = (type: string, fragments: readonly Fragment[], note: string): string | undefined => {
    if (fragments.length === 0) return undefined;
    const id = `T${next('T')}`;
    const offsets = fragments.map((f) => `${f.start} ${f.end}`).join(';');
    const words = fragments.map((f) => chars.slice(f.start, f.end).join('')).join(' ');
    lines.T.push(`${id}\t${bratName(type)} ${offsets}\t${words}`);
    lines.notes.push(`#${next('notes')}\tAnnotatorNotes ${id}\t${oneLine(note)}`);
    return id;
  };
  // The declared values of each attribute: the taxonomy's, and any other value the dataset uses.
  const values = {
    mode: new Set<string>(statementModes),
    status: new Set<string>(eventStatuses),
    quantity: new Set<string>(quantities),
    qualifier: new Set<string>(qualifiers),
    'timex-type': new Set<string>(timexTypes),
  };
  const attribute = (name: keyof typeof values, target: string, value: string) => {
    values[name].add(bratName(value));
    lines.A.push(`A${next('A')}\t${name} ${target} ${bratName(value)}`);
  };
  const normalize = (target: string, qid: string, label: string) => lines.N.push(`N${next('N')}\tReference ${target} Wikidata:${bratName(qid)}\t${oneLine(label)}`);

  // Every mention of every actor, with where it starts, to pick the one nearest a statement or event.
  const mentions = new Map<string, { readonly id: string; readonly start: number; readonly end: number }[]>();
  const actorLabels = new Set<string>(actorKinds);
  for (const actor of data.actors) {
    actorLabels.add(bratName(actor.kind));
    const own: { id: string; start: number; end: number }[] = [];
    for (const span of actor.evidence) {
      const fragments = fragmentsOf(data, [span]);
      const id = textBound(actor.kind, fragments, actor.id);
      if (id === undefined) continue;
      own.push({ id, start: fragments[0]!.start, end: fragments[fragments.length - 1]!.end });
      if (typeof actor.wikidata === 'string') normalize(id, actor.wikidata, actor.name);
    }
    if (!mentions.has(actor.id)) mentions.set(actor.id, own);
  }
  // The actor's mention whose start is nearest an offset (the first of equally near ones), by an index built on first use.
  const byStart = new Map<string, { nearest(at: number): number }>();
  const nearest = (actor: string, at: number): string | undefined => {
    const own = mentions.get(actor) ?? [];
    let index = byStart.get(actor);
    if (index === undefined) byStart.set(actor, (index = nearestStart(own)));
    return own[index.nearest(at)]?.id;
  };

  // Each statement's speaker is the first of the speaker's mentions inside the statement's
  // attribution, or else the one nearest its content: found per speaker, for all its statements at once.
  const spokenBy = new Map<string, { readonly id: string; readonly query: LinkQuery }[]>();
  const statementIds: string[] = [];
  for (const statement of data.statements) {
    const [content, ...attribution] = statement.evidence;
    if (content === undefined) continue;
    const fragments = fragmentsOf(data, [content]);
    const id = textBound('statement', fragments, `${statement.id} (speaker ${statement.speaker})`);
    if (id === undefined) continue;
    attribute('mode', id, statement.mode);
    statementIds.push(id);
    const query = { at: fragments[0]!.start, within: fragmentsOf(data, attribution) };
    const asked = spokenBy.get(statement.speaker);
    if (asked === undefined) spokenBy.set(statement.speaker, [{ id, query }]);
    else asked.push({ id, query });
  }
  const speakerOf = new Map<string, string>();
  for (const [speaker, asked] of spokenBy) {
    const own = mentions.get(speaker) ?? [];
    const found = linkTo(own, asked.map(({ query }) => query));
    asked.forEach(({ id }, i) => {
      const mention = own[found[i] as number];
      if (mention !== undefined) speakerOf.set(id, mention.id);
    });
  }
  for (const id of statementIds) {
    const speaker = speakerOf.get(id);
    if (speaker !== undefined) lines.R.push(`R${next('R')}\tspoken-by Arg1:${id} Arg2:${speaker}`);
  }

  const eventLabels = new Set<string>(eventTypes);
  const rolesByType = new Map<string, Set<string>>();
  for (const event of data.events) {
    const fragments = fragmentsOf(data, event.evidence);
    const type = bratName(event.type);
    eventLabels.add(type);
    const trigger = textBound(type, fragments, event.id);
    if (trigger === undefined) continue;
    const at = fragments[0]!.start;
    const roles = rolesByType.get(type) ?? new Set<string>();
    rolesByType.set(type, roles);
    const used = new Map<string, number>();
    const seen = new Set<string>();
    const args: string[] = [];
    const argument = (role: string, actor: string) => {
      const mention = nearest(actor, at);
      const key = `${role} ${actor}`;
      if (mention === undefined || seen.has(key)) return;
      seen.add(key);
      roles.add(role);
      const n = (used.get(role) ?? 0) + 1;
      used.set(role, n);
      args.push(`${role}${n === 1 ? '' : n}:${mention}`);
    };
    for (const participant of event.participants ?? []) argument(roleName(participant.role), participant.actor);
    if (typeof event.location === 'string') argument('Place', event.location);
    const id = `E${next('E')}`;
    lines.E.push(`${id}\t${type}:${trigger}${args.map((arg) => ` ${arg}`).join('')}`);
    attribute('status', id, event.status);
    if (typeof event.wikidata === 'string') normalize(trigger, event.wikidata, event.summary);
  }

  for (const figure of data.figures) {
    const amount = figure.value ?? [figure.min, figure.max].map((bound) => bound ?? '?').join('–');
    const id = textBound('figure', fragmentsOf(data, figure.evidence), `${figure.id}: ${String(amount)} ${figure.unit}`);
    if (id === undefined) continue;
    attribute('quantity', id, figure.quantity);
    attribute('qualifier', id, figure.qualifier);
  }

  for (const timex of data.timexes) {
    const id = textBound('timex', fragmentsOf(data, timex.evidence), `${timex.id}: ${timex.value}${timex.mod ? ` ${timex.mod}` : ''}`);
    if (id === undefined) continue;
    attribute('timex-type', id, timex.type);
  }

  const ann = [...lines.T, ...lines.E, ...lines.R, ...lines.A, ...lines.N, ...lines.notes].map((line) => `${line}\n`).join('');
  const eventLines = [...eventLabels].map((type) => {
    const roles = [...(rolesByType.get(type) ?? [])].sort();
    return roles.length === 0 ? type : `${type}\t${roles.map((role) => `${role}*:<ENTITY>`).join(', ')}`;
  });
  const conf = [
    '# brat configuration for the annotations written by toBrat (kyiv-strike-pause/export).',
    '[entities]',
    ...actorLabels,
    'statement',
    'figure',
    'timex',
    '',
    '[relations]',
    'spoken-by\tArg1:statement, Arg2:<ENTITY>',
    '',
    '[events]',
    ...eventLines,
    '',
    '[attributes]',
    `mode\tArg:statement, Value:${[...values.mode].join('|')}`,
    `status\tArg:<EVENT>, Value:${[...values.status].join('|')}`,
    `quantity\tArg:figure, Value:${[...values.quantity].join('|')}`,
    `qualifier\tArg:figure, Value:${[...values.qualifier].join('|')}`,
    `timex-type\tArg:timex, Value:${[...values['timex-type']].join('|')}`,
    '',
  ].join('\n');
  return { txt: text, ann, conf };
}
