/**
 * The "Explore the article" view of the docs site: the article's text with every record's evidence
 * marked, filters by kind and by actor or event, and a panel with the records under a mark, their
 * relations and links to the API pages of their types.
 *
 * Built once, at docs build time, from the dataset of the sources (so it always shows the records
 * the site documents); the docs plugin (scripts/typedoc-plugin.mjs) puts the result in place of
 * `<div data-explore-here></div>` on the page that holds it. Everything the view needs is inline:
 * the marks are in the markup, each record's card is a `<template>`, the relations for the filters
 * are JSON in a `<script type="application/json">`, and the style sheet and script are inline. The
 * page fetches nothing at run time.
 */
import { dataset } from '../src/index.js';
import type { Actor as ArticleActor, Dataset, Figure as ArticleFigure, IdSpace, NewsEvent as ArticleEvent, Span, Statement as ArticleStatement, TimeValue as ArticleTime, Timex as ArticleTimex } from '../src/model/types.js';

type Actor = ArticleActor<IdSpace>;
type Statement = ArticleStatement<IdSpace>;
type NewsEvent = ArticleEvent<IdSpace>;
type Figure = ArticleFigure<IdSpace>;
type TimeValue = ArticleTime<IdSpace>;
type Timex = ArticleTimex<IdSpace>;
import { escapeHtml as e, jsonForScript } from '../src/score/html/escape.js';
import { nestSpans, paragraphs, renderNested, type Piece } from '../src/score/html/nest.js';

/** The record types a card links to, by the name of their interface in the API reference. */
export const LINKED_TYPES = ['Actor', 'Statement', 'NewsEvent', 'Figure', 'Timex', 'Participant', 'Account', 'TimeValue'] as const;
export type LinkedType = (typeof LINKED_TYPES)[number];

type Kind = 'actor' | 'statement' | 'event' | 'figure' | 'timex';
const KINDS: readonly Kind[] = ['statement', 'event', 'figure', 'timex', 'actor'];
const PLURAL: Readonly<Record<Kind, string>> = { actor: 'actors', statement: 'statements', event: 'events', figure: 'figures', timex: 'time expressions' };

/** Okabe–Ito colours and an underline style per kind, so that the kind reads without colour too. */
const KIND_STYLE: Readonly<Record<Kind, { readonly colour: string; readonly line: string }>> = {
  actor: { colour: '#009E73', line: 'solid' },
  statement: { colour: '#0072B2', line: 'double' },
  event: { colour: '#D55E00', line: 'dashed' },
  figure: { colour: '#CC79A7', line: 'dotted' },
  timex: { colour: '#56B4E9', line: 'groove' },
};

/** Quick filters the view offers as buttons: a relation and the record it points to. */
const PRESETS = [
  { label: 'Everything Trump said', relation: 'said', target: 'donald-trump' },
  { label: 'Everything about the halt', relation: 'about', target: 'strike-halt' },
] as const;

const STEP_PX = 4;
const MAX_LEVEL = 8;

/** One mark: a span of the text and every record whose evidence it is. */
interface RecordMark {
  /** The mark's number, shared by its pieces. */
  readonly n: number;
  readonly start: number;
  readonly end: number;
  readonly ids: string[];
  readonly kinds: Kind[];
}

/** What the filters need of each record. */
interface Relations {
  readonly k: Kind;
  /** Statements: the speaker. */
  readonly said: readonly string[];
  /** Statements and figures: what they are about. */
  readonly about: readonly string[];
  /** Every record this one is related to in any way, itself included. */
  readonly any: readonly string[];
}

type AnyRecord = Actor | Statement | NewsEvent | Figure | Timex;

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const present = (ids: readonly (string | null | undefined)[]): string[] => ids.filter((id): id is string => typeof id === 'string');

/**
 * Builds the view as an HTML fragment.
 *
 * @param typeUrl - The URL, relative to the page, of the API page of each linked type.
 * @param data - The dataset to show; the package's own unless given (tests pass smaller ones).
 * @returns The style sheet, the view (its root has `data-explore`), its data and its script.
 */
export function exploreView(typeUrl: (type: LinkedType) => string, given: Omit<Dataset<IdSpace>, 'timexes'> & { readonly timexes?: Dataset<IdSpace>['timexes'] } = dataset): string {
  const data: Dataset<IdSpace> = { ...given, timexes: given.timexes ?? [] };
  const kindOf = new Map<string, Kind>();
  const records = new Map<string, AnyRecord>();
  const add = (kind: Kind, list: readonly AnyRecord[]) => {
    for (const record of list) {
      kindOf.set(record.id, kind);
      records.set(record.id, record);
    }
  };
  add('actor', data.actors);
  add('statement', data.statements);
  add('event', data.events);
  add('figure', data.figures);
  add('timex', data.timexes);
  for (const preset of PRESETS) {
    if (!records.has(preset.target)) throw new Error(`explore: the quick filter "${preset.label}" names ${preset.target}, which is not a record of the dataset`);
  }

  // Events that list a statement among their accounts, for the statement's card and relations.
  const accountsOf = new Map<string, string[]>();
  for (const event of data.events) {
    for (const account of event.accounts) if (account.statement !== undefined) accountsOf.set(account.statement, [...(accountsOf.get(account.statement) ?? []), event.id]);
  }

  const relations: Record<string, Relations> = {};
  for (const statement of data.statements) {
    const about = [...statement.about];
    relations[statement.id] = {
      k: 'statement',
      said: [statement.speaker],
      about,
      any: unique([statement.id, statement.speaker, ...about, ...present([statement.reportedBy, statement.channel, statement.within]), ...(accountsOf.get(statement.id) ?? [])]),
    };
  }
  for (const event of data.events) {
    relations[event.id] = {
      k: 'event',
      said: [],
      about: [],
      any: unique([
        event.id,
        ...event.participants.map((participant) => participant.actor),
        ...(event.location === null ? [] : [event.location]),
        ...event.accounts.flatMap((account) => present([account.source, account.statement])),
      ]),
    };
  }
  for (const figure of data.figures) {
    relations[figure.id] = { k: 'figure', said: [], about: [figure.about], any: unique([figure.id, figure.about, ...(figure.source === null ? [] : [figure.source])]) };
  }
  // Time expressions: the records whose times rest on each, for its card and relations.
  const restingOn = new Map<string, string[]>();
  const rests = (id: string, value: TimeValue | null | undefined) => {
    if (value?.timex !== undefined && value.timex !== null) restingOn.set(value.timex, unique([...(restingOn.get(value.timex) ?? []), id]));
  };
  for (const statement of data.statements) rests(statement.id, statement.time);
  for (const event of data.events) for (const value of [event.time, ...event.accounts.map((account) => account.time)]) rests(event.id, value);
  for (const timex of data.timexes) {
    const anchor = timex.anchor === null || timex.anchor === 'dct' ? [] : [timex.anchor];
    relations[timex.id] = { k: 'timex', said: [], about: [], any: unique([timex.id, ...anchor, ...(restingOn.get(timex.id) ?? [])]) };
  }
  for (const actor of data.actors) relations[actor.id] = { k: 'actor', said: [], about: [], any: [actor.id] };

  // Marks: every evidence span of every record; spans with the same boundaries are one mark.
  const byPlace = new Map<string, RecordMark>();
  const mark = (kind: Kind, id: string, span: Span) => {
    const key = `${span.start}:${span.end}`;
    const found = byPlace.get(key) ?? { n: byPlace.size, start: span.start, end: span.end, ids: [], kinds: [] };
    if (!found.ids.includes(id)) found.ids.push(id);
    if (!found.kinds.includes(kind)) found.kinds.push(kind);
    byPlace.set(key, found);
  };
  for (const kind of KINDS) {
    const list: readonly AnyRecord[] = kind === 'actor' ? data.actors : kind === 'statement' ? data.statements : kind === 'event' ? data.events : kind === 'figure' ? data.figures : data.timexes;
    for (const record of list) for (const span of record.evidence) mark(kind, record.id, span);
  }
  const marks = [...byPlace.values()];
  const nodes = nestSpans(data.article.text, marks);
  const deepest = Math.max(0, ...nodes.map((node) => (typeof node === 'string' ? 0 : node.height)));
  const piece = (p: Piece<RecordMark>, inner: string) => {
    const level = Math.min(p.height, MAX_LEVEL);
    const lead = p.mark.kinds[0] as Kind;
    const attributes = `class="x-m x-${lead}${level > 0 ? ` x-h${level}` : ''}${p.first ? '' : ' x-cont'}" data-record-id="${e(p.mark.ids.join(' '))}" data-mark="${p.mark.n}"`;
    return p.first ? `<mark ${attributes} tabindex="0">${inner}</mark>` : `<mark ${attributes}>${inner}</mark>`;
  };
  const text = paragraphs(nodes, (part) => renderNested(part, piece, e));

  const nameOf = (id: string): string => {
    const record = records.get(id);
    if (record === undefined) return id;
    const kind = kindOf.get(id);
    if (kind === 'actor') return (record as Actor).name;
    if (kind === 'event') return (record as NewsEvent).summary;
    if (kind === 'statement') return `${nameOf((record as Statement).speaker)}: “${clip((record as Statement).text, 60)}”`;
    if (kind === 'timex') return `“${(record as Timex).evidence[0]?.text ?? id}” (${(record as Timex).value})`;
    return clip((record as Figure).measures, 60);
  };
  const hasMarks = (id: string) => (records.get(id)?.evidence.length ?? 0) > 0;
  /** A reference to a record: a button that selects it, or its name when it has no place in the text. */
  const ref = (id: string | null) => {
    if (id === null) return '<span class="x-none">none</span>';
    return hasMarks(id) ? `<button type="button" class="x-ref" data-goto="${e(id)}">${e(nameOf(id))}</button>` : `${e(nameOf(id))} <code>${e(id)}</code>`;
  };
  const refs = (ids: readonly string[]) => (ids.length === 0 ? '<span class="x-none">none</span>' : ids.map(ref).join(' '));
  const api = (type: LinkedType) => `<a href="${e(typeUrl(type))}">${type}</a>`;
  const time = (value: TimeValue | null | undefined) =>
    value === null || value === undefined ? '<span class="x-none">none</span>' : `“${e(value.expression)}” = <code>${e(value.value)}</code>${value.inferred ? ' (inferred)' : ''}`;
  const row = (name: string, value: string) => `<dt>${name}</dt><dd>${value}</dd>`;
  const notes = (record: AnyRecord) => (record.notes.length === 0 ? '' : `<details><summary>Notes (${record.notes.length})</summary><ul>${record.notes.map((note) => `<li>${e(note.text)}</li>`).join('')}</ul></details>`);
  const preset = (relation: string, target: string, label: string) => `<button type="button" class="x-preset" data-relation="${relation}" data-target="${e(target)}">${e(label)}</button>`;

  const card = (id: string): string => {
    const record = records.get(id) as AnyRecord;
    const kind = kindOf.get(id) as Kind;
    let title = '';
    let fields: string[] = [];
    let type: LinkedType = 'Actor';
    let actions = '';
    if (kind === 'actor') {
      const actor = record as Actor;
      type = 'Actor';
      title = actor.name;
      fields = [
        row('kind', e(actor.kind)),
        row('aliases', e(actor.aliases.join(', ') || 'none')),
        row('roles', actor.roles.length === 0 ? '<span class="x-none">none</span>' : actor.roles.map((role) => `${e(role.title)}${role.of === null ? '' : ` (of ${ref(role.of)})`}`).join('; ')),
        row('Wikidata', actor.wikidata === null ? '<span class="x-none">none verified</span>' : `<code>${e(actor.wikidata)}</code>`),
        row('mentions', String(actor.evidence.length)),
      ];
      actions = `${preset('said', actor.id, `Everything ${actor.name} said`)} ${preset('any', actor.id, `Everything involving ${actor.name}`)}`;
    } else if (kind === 'statement') {
      const statement = record as Statement;
      type = 'Statement';
      title = `${nameOf(statement.speaker)}: “${clip(statement.text, 80)}”`;
      fields = [
        row('said', `<q>${e(statement.text)}</q>`),
        row('speaker', ref(statement.speaker)),
        row('mode', e(statement.mode)),
        row('cue', statement.cue === null ? '<span class="x-none">none</span>' : `“${e(statement.cue)}”`),
        row(`time (${api('TimeValue')})`, time(statement.time)),
        row('about', refs(statement.about)),
        ...(statement.reportedBy === null ? [] : [row('reported by', ref(statement.reportedBy))]),
        ...(statement.channel === null ? [] : [row('channel', ref(statement.channel))]),
        ...(statement.within === null ? [] : [row('within', ref(statement.within))]),
        row(`an account of (${api('Account')})`, refs(accountsOf.get(statement.id) ?? [])),
      ];
    } else if (kind === 'event') {
      const event = record as NewsEvent;
      type = 'NewsEvent';
      title = event.summary;
      fields = [
        row('type', `${e(event.type)}${event.cameo === null ? '' : ` (CAMEO ${e(event.cameo)})`}`),
        row('status', e(event.status)),
        row(`time (${api('TimeValue')})`, time(event.time)),
        row('location', ref(event.location)),
        row(
          `participants (${api('Participant')})`,
          event.participants.length === 0 ? '<span class="x-none">none</span>' : event.participants.map((participant) => `${ref(participant.actor)} as ${e(participant.role)}`).join('; '),
        ),
        row(
          `accounts (${api('Account')})`,
          event.accounts.length === 0
            ? '<span class="x-none">none</span>'
            : `<ul>${event.accounts.map((account) => `<li>${ref(account.source)} ${e(account.stance)}${account.statement === undefined ? '' : `: ${ref(account.statement)}`}${account.time === undefined ? '' : `, ${time(account.time)}`}</li>`).join('')}</ul>`,
        ),
      ];
      actions = preset('about', event.id, 'Everything about this event');
    } else if (kind === 'timex') {
      const timex = record as Timex;
      type = 'Timex';
      title = `“${timex.evidence[0]?.text ?? timex.id}” = ${timex.value}`;
      fields = [
        row('TIMEX3', `<code>${e(timex.type)}</code> <code>${e(timex.value)}</code>${timex.mod === null ? '' : ` <code>${e(timex.mod)}</code>`}`),
        ...(timex.quant === null && timex.freq === null ? [] : [row('set', `${timex.quant === null ? '' : `quant <code>${e(timex.quant)}</code> `}${timex.freq === null ? '' : `freq <code>${e(timex.freq)}</code>`}`)]),
        row('anchor', timex.anchor === null ? '<span class="x-none">none</span>' : timex.anchor === 'dct' ? 'the publication date' : ref(timex.anchor)),
        row(`times resting on it (${api('TimeValue')})`, refs(restingOn.get(timex.id) ?? [])),
      ];
    } else {
      const figure = record as Figure;
      type = 'Figure';
      const amount = figure.value === null ? `${figure.min ?? '…'}–${figure.max ?? '…'}` : String(figure.value);
      title = `${amount} ${figure.unit}: ${figure.measures}`;
      fields = [
        row('quantity', `${e(figure.quantity)}, ${e(figure.qualifier)}${figure.countOf === null ? '' : `, counting ${e(figure.countOf)}`}`),
        row('value', `<code>${e(amount)} ${e(figure.unit)}</code>${figure.unitInferred ? ' (unit inferred)' : ''}`),
        row('about', ref(figure.about)),
        row('source', ref(figure.source)),
      ];
    }
    return (
      `<template id="x-card-${e(id)}"><article class="x-card" data-card="${e(id)}">` +
      `<h3><span class="x-kind x-${kind}">${kind}</span> ${e(title)}</h3>` +
      `<p class="x-type">Record <code>${e(id)}</code>, a ${api(type)}</p>` +
      `<dl>${fields.join('')}</dl>${actions === '' ? '' : `<p class="x-actions">${actions}</p>`}${notes(record)}</article></template>`
    );
  };

  const counts = Object.fromEntries(KINDS.map((kind) => [kind, marks.filter((m) => m.ids.some((id) => kindOf.get(id) === kind)).length])) as Record<Kind, number>;
  const kindBoxes = (['actor', 'statement', 'event', 'figure', 'timex'] as const)
    .map((kind) => `<label><input type="checkbox" data-filter="kind" value="${kind}" checked><span class="x-sw x-${kind}" aria-hidden="true">${kind[0]?.toUpperCase()}</span> ${PLURAL[kind]} <span class="x-n">(${counts[kind]})</span></label>`)
    .join('');
  const option = (id: string) => `<option value="${e(id)}">${e(clip(nameOf(id), 70))}</option>`;
  const targets =
    `<option value="">anyone or anything</option>` +
    `<optgroup label="Actors" data-kind="actor">${[...data.actors].filter((actor) => hasMarks(actor.id)).sort((a, b) => a.name.localeCompare(b.name)).map((actor) => option(actor.id)).join('')}</optgroup>` +
    `<optgroup label="Events" data-kind="event">${data.events.filter((event) => hasMarks(event.id)).map((event) => option(event.id)).join('')}</optgroup>`;
  const state = { records: relations };
  const lineHeight = `calc(1.15em + ${Math.min(deepest, MAX_LEVEL) * STEP_PX + 14}px)`;

  return [
    `<style>${exploreCss()}</style>`,
    '<div data-explore class="x-root">',
    '<form class="x-filters" aria-label="Filter the marks">',
    `<fieldset><legend>Kinds</legend>${kindBoxes}</fieldset>`,
    '<div class="x-focus"><label for="x-rel">Show</label> <select id="x-rel"><option value="any">everything involving</option><option value="said">everything said by</option><option value="about">everything about</option></select>',
    ` <label for="x-target" class="x-sr">whom or what</label><select id="x-target">${targets}</select></div>`,
    `<p class="x-presets">${PRESETS.map((p) => preset(p.relation, p.target, p.label)).join(' ')} <button type="button" class="x-preset" data-relation="any" data-target="">Show everything</button></p>`,
    '<p class="x-status" id="x-status" role="status"></p>',
    '</form>',
    `<div class="x-text" style="line-height:${lineHeight}">${text}</div>`,
    '<aside class="x-panel" hidden aria-labelledby="x-panel-title"><div class="x-panel-head"><h2 id="x-panel-title" tabindex="-1">Under this mark</h2><button type="button" class="x-close">Close</button></div><div class="x-cards"></div></aside>',
    `<div class="x-templates">${[...records.keys()].map(card).join('')}</div>`,
    '</div>',
    `<script type="application/json" id="x-data">${jsonForScript(state)}</script>`,
    `<script>${EXPLORE_JS}</script>`,
  ].join('\n');
}

function exploreCss(): string {
  const kinds = Object.entries(KIND_STYLE)
    .map(([kind, { colour, line }]) => `.x-${kind}{--c:${colour}}:is(.x-m,.x-sw,.x-kind).x-${kind}{border-bottom-style:${line}${line === 'double' || line === 'groove' ? ';border-bottom-width:4px' : ''}}`)
    .join('');
  const levels = Array.from({ length: MAX_LEVEL }, (_, i) => `.x-h${i + 1}{padding-bottom:${(i + 1) * STEP_PX}px}`).join('');
  return `
.x-root{--x-bg:var(--color-background,#fff);--x-soft:var(--color-background-secondary,#f3f3f3);--x-ink:var(--color-text,#1b1b1b);--x-aside:var(--color-text-aside,#555);--x-line:var(--color-accent,#c8c8c8);margin:1rem 0 2rem}
.x-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.x-filters{border-top:1px solid var(--x-line);border-bottom:1px solid var(--x-line);padding:.5rem 0 .3rem;margin-bottom:1rem}
.x-filters fieldset{border:0;margin:0 0 .35rem;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;align-items:center}
.x-filters legend{float:left;font-weight:600;margin-right:.4rem;padding:0}
.x-filters label{white-space:nowrap;cursor:pointer}
.x-filters input[type=checkbox]{width:1.05rem;height:1.05rem;vertical-align:-.15rem;margin:0 .3rem 0 0}
.x-focus{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center;margin:0 0 .35rem}
.x-focus select{font:inherit;max-width:min(100%,24rem);padding:.1rem .2rem;background:var(--x-bg);color:var(--x-ink);border:1px solid var(--x-aside);border-radius:4px}
.x-presets{margin:0 0 .2rem;display:flex;flex-wrap:wrap;gap:.3rem}
.x-root button{font:inherit;font-size:.9em;color:var(--x-ink);background:var(--x-soft);border:1px solid var(--x-aside);border-radius:4px;padding:.05rem .45rem;cursor:pointer}
.x-root button:hover{border-color:var(--x-ink)}
.x-root button:focus-visible,.x-m:focus-visible,.x-focus select:focus-visible,.x-filters input:focus-visible{outline:2px solid var(--x-ink);outline-offset:2px}
.x-status{margin:0;font-size:.85rem;color:var(--x-aside)}
.x-n{color:var(--x-aside)}
.x-sw{display:inline-block;font:600 .72rem/1.2 ui-monospace,Menlo,Consolas,monospace;padding:0 .2rem 1px;border-bottom:3px solid var(--c);margin-right:.25rem}
.x-text{white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,"Times New Roman",serif;font-size:1.06rem}
.x-text p{margin:0 0 .55em}
.x-m{background:none;color:inherit;border-bottom:3px solid var(--c);cursor:pointer;scroll-margin:9rem 0 50vh}
${kinds}${levels}
.x-m.x-sel{background:color-mix(in srgb,var(--c) 22%,transparent)}
.x-m.off{border-bottom-color:transparent;cursor:auto;background:none}
.x-panel{position:fixed;z-index:20;right:1rem;bottom:1rem;width:min(28rem,calc(100vw - 2rem));max-height:min(34rem,60vh);overflow:auto;background:var(--x-bg);color:var(--x-ink);border:1px solid var(--x-aside);border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.25);padding:.6rem .9rem .8rem;font-size:.9rem;line-height:1.45}
.x-panel[hidden],.x-templates{display:none}
.x-panel-head{display:flex;justify-content:space-between;align-items:center;gap:.5rem;position:sticky;top:-.6rem;background:var(--x-bg);padding:.2rem 0}
.x-panel-head h2{font-size:1rem;margin:0;border:0}
.x-card{border-top:1px solid var(--x-line);padding:.5rem 0 .3rem}
.x-card h3{font-size:.98rem;margin:0 0 .2rem;line-height:1.45}
.x-kind{display:inline-block;font:600 .72rem/1.2 ui-monospace,Menlo,Consolas,monospace;text-transform:uppercase;letter-spacing:.04em;border-bottom:3px solid var(--c);margin-right:.2rem}
.x-panel-head h2:focus{outline:none}
.x-type{margin:.3rem 0;color:var(--x-aside);font-size:.85rem}
.x-card dl{display:grid;grid-template-columns:fit-content(8.5rem) 1fr;gap:.2rem .6rem;margin:.3rem 0}
.x-card dt{font-weight:600;color:var(--x-aside)}
.x-card dd{margin:0;overflow-wrap:anywhere}
.x-card dd ul{margin:0;padding-left:1.1rem}
.x-card q{font-family:Georgia,"Times New Roman",serif}
.x-none{color:var(--x-aside);font-style:italic}
.x-card a{text-decoration:underline;text-underline-offset:2px}
.x-actions{display:flex;flex-wrap:wrap;gap:.3rem;margin:.4rem 0}
.x-around{margin:.5rem 0 0;color:var(--x-aside)}
@media (max-width:40rem){
  .x-filters legend{float:none;width:100%}
  .x-panel{left:0;right:0;bottom:0;width:auto;max-height:48vh;border-radius:10px 10px 0 0}
  .x-card dl{grid-template-columns:1fr}
}
`;
}

/** The view's script: filters, quick filters, and the panel. Plain ES2015, no build. */
const EXPLORE_JS = `
(function () {
  'use strict';
  var root = document.querySelector('[data-explore]');
  if (!root) return;
  var all = function (selector, from) { return Array.prototype.slice.call((from || root).querySelectorAll(selector)); };
  var data = JSON.parse(document.getElementById('x-data').textContent);
  var marks = all('mark[data-record-id]');
  var firsts = marks.filter(function (mark) { return mark.hasAttribute('tabindex'); });
  var kindBoxes = all('input[data-filter=kind]');
  var relation = root.querySelector('#x-rel');
  var target = root.querySelector('#x-target');
  var status = root.querySelector('#x-status');
  var panel = root.querySelector('.x-panel');
  var cards = panel.querySelector('.x-cards');
  var title = panel.querySelector('#x-panel-title');
  var opener = null;
  var idsOf = function (mark) { return mark.getAttribute('data-record-id').split(' '); };

  function passes(id, kinds, rel, on) {
    var record = data.records[id];
    if (!record || !kinds[record.k]) return false;
    // "About" an event or actor takes in its own mentions too; "said by" is only ever statements.
    return !on || record[rel].indexOf(on) !== -1 || (rel === 'about' && id === on);
  }

  function apply() {
    var kinds = {};
    kindBoxes.forEach(function (box) { kinds[box.value] = box.checked; });
    var rel = relation.value;
    all('optgroup[data-kind=event]').forEach(function (group) { group.disabled = rel === 'said'; });
    if (rel === 'said' && target.selectedOptions[0] && target.selectedOptions[0].parentNode.getAttribute('data-kind') === 'event') target.value = '';
    var on = target.value;
    var shown = 0;
    marks.forEach(function (mark) {
      var visible = idsOf(mark).some(function (id) { return passes(id, kinds, rel, on); });
      mark.classList.toggle('off', !visible);
      if (mark.hasAttribute('tabindex')) { mark.tabIndex = visible ? 0 : -1; if (visible) shown++; }
    });
    status.textContent = shown === firsts.length ? 'Showing all ' + shown + ' marks. Select a mark (click, or Enter) to see its records.' : 'Showing ' + shown + ' of ' + firsts.length + ' marks.';
  }

  function open(mark, first) {
    if (opener) all('.x-sel').forEach(function (m) { m.classList.remove('x-sel'); });
    opener = mark;
    var ids = idsOf(mark);
    if (first && ids.indexOf(first) > 0) ids = [first].concat(ids.filter(function (id) { return id !== first; }));
    all('mark[data-mark="' + mark.getAttribute('data-mark') + '"]').forEach(function (m) { m.classList.add('x-sel'); });
    cards.replaceChildren();
    ids.forEach(function (id) {
      var template = document.getElementById('x-card-' + id);
      if (template) cards.appendChild(template.content.cloneNode(true));
    });
    var around = [];
    for (var up = mark.parentElement; up && up !== root; up = up.parentElement) {
      if (up.matches('mark[data-record-id]')) idsOf(up).forEach(function (id) { if (ids.indexOf(id) === -1 && around.indexOf(id) === -1) around.push(id); });
    }
    if (around.length) {
      var p = document.createElement('p');
      p.className = 'x-around';
      p.appendChild(document.createTextNode('This text is inside: '));
      around.forEach(function (id) {
        var source = document.querySelector('#x-card-' + id);
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'x-ref';
        button.setAttribute('data-goto', id);
        var heading = source ? source.content.querySelector('h3') : null;
        button.textContent = heading ? heading.textContent : id;
        p.appendChild(button);
        p.appendChild(document.createTextNode(' '));
      });
      cards.appendChild(p);
    }
    title.textContent = ids.length === 1 ? 'Under this mark: 1 record' : 'Under this mark: ' + ids.length + ' records';
    panel.hidden = false;
    title.focus({ preventScroll: true });
    // Keep the selected mark in sight above the panel (on a phone the panel is a sheet at the bottom).
    var box = mark.getBoundingClientRect();
    if (box.bottom > panel.getBoundingClientRect().top || box.top < 0) mark.scrollIntoView({ block: 'start' });
  }

  function close() {
    panel.hidden = true;
    all('.x-sel').forEach(function (m) { m.classList.remove('x-sel'); });
    if (opener) opener.focus();
  }

  function goto(id) {
    var matches = firsts.filter(function (mark) { return idsOf(mark).indexOf(id) !== -1; });
    var mark = matches.filter(function (m) { return !m.classList.contains('off'); })[0] || matches[0];
    if (!mark) return;
    open(mark, id);
    mark.scrollIntoView({ block: 'start' });
  }

  kindBoxes.forEach(function (box) {
    box.addEventListener('change', apply);
    box.addEventListener('keydown', function (event) { if (event.key === 'Enter') { event.preventDefault(); box.click(); } });
  });
  relation.addEventListener('change', apply);
  target.addEventListener('change', apply);
  root.addEventListener('click', function (event) {
    var t = event.target;
    var preset = t.closest('button[data-relation]');
    if (preset) {
      relation.value = preset.getAttribute('data-relation');
      target.value = preset.getAttribute('data-target');
      kindBoxes.forEach(function (box) { box.checked = true; });
      apply();
      if (panel.contains(preset)) close();
      return;
    }
    var ref = t.closest('button[data-goto]');
    if (ref) { goto(ref.getAttribute('data-goto')); return; }
    if (t.closest('.x-close')) { close(); return; }
    var mark = t.closest('mark[data-record-id]');
    if (mark && !mark.classList.contains('off')) open(root.querySelector('mark[data-mark="' + mark.getAttribute('data-mark') + '"][tabindex]') || mark);
  });
  root.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) { event.preventDefault(); close(); return; }
    if ((event.key === 'Enter' || event.key === ' ') && event.target.matches && event.target.matches('mark[data-record-id]')) {
      event.preventDefault();
      open(event.target);
    }
  });
  document.querySelector('.x-filters').addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
})();
`;
