import type { DatasetInput, IdSpace } from '../model/types.js';
import { createFindActors } from '../model/names.js';
import { snapshotDataset } from '../model/checkDataset.js';
import { convertFigure } from '../model/units.js';
import { createAccountsOf } from './accountsOf.js';
import { createContextOf } from './contextOf.js';
import { createEventsBetween } from './eventsBetween.js';
import { createEventsInvolving } from './eventsInvolving.js';
import { createFiguresAbout } from './figuresAbout.js';
import { createFiguresByUnit } from './figuresByUnit.js';
import { createFindText } from './findText.js';
import { createGetRecord } from './getRecord.js';
import { createMentionsOf } from './mentionsOf.js';
import { createRecordsAt } from './recordsAt.js';
import { createSearch } from './search.js';
import { createLookup } from './shared/byId.js';
import { createStatementsAbout } from './statementsAbout.js';
import { createStatementsBy } from './statementsBy.js';
import { createTimeline } from './timeline.js';
import type { Queries } from './types.js';

/**
 * Every query helper, bound to a dataset of your own: a subset of this one, or another article
 * annotated in the same shape (validate it with `DatasetSchema` from `kyiv-strike-pause/schema`).
 * The helpers behave exactly as the top-level ones do on this article; over a `Dataset<IdSpace>`
 * they take plain strings as ids, and lookups return `undefined` for unknown ids.
 *
 * `createQueries` reads your dataset once, here, and keeps a frozen copy: the article's `text`
 * and the five record arrays are read as any property is (inherited ones, getters and
 * non-enumerable properties work, so `Object.create(dataset)` or a class with getters is fine, but
 * nothing is ever read from `Object.prototype`); the records are copied as plain data, their own
 * enumerable properties, as `JSON.stringify` would see them. Your objects are never written to or
 * frozen, and nothing you do to them afterwards reaches the helpers. The helpers answer with the
 * frozen copies (equal to your records, not the same objects), and build their indexes over them
 * on first use.
 *
 * @typeParam I - The dataset's id types: `IdSpace` (plain strings) for your own data, or
 * {@link ArticleIds} for this article's.
 * A dataset without `timexes` (one made before time expressions became a record kind) is read as
 * having none: `getTimex` finds nothing, and `recordsAt` and `search` return the other kinds.
 *
 * @param dataset - The article and its actors, statements, events, figures and, optionally, time
 * expressions.
 * @returns The helpers, as a frozen {@link Queries} object.
 * @throws TypeError naming the first malformed place, checked once, here, so that no helper
 * crashes on it later: `dataset` must have the article `text` (a string) and the record arrays (`timexes`
 * may be left out), without holes; every record must be an object with a string `id`; and the arrays the helpers
 * index must be arrays: an actor's `evidence`, a statement's `about`, and an event's
 * `participants` and `accounts` (each item an object). For example
 * `createQueries: dataset.statements[3].about must be an array, got null`. The records must be
 * plain data: a function, a typed array, a cycle, nesting deeper than 64 levels or a getter or
 * Proxy that throws is named the same way. Nothing else is checked: validate with
 * `DatasetSchema` for that.
 * @category Data
 * @example
 * ```ts
 * import { createQueries, dataset } from 'kyiv-strike-pause'
 * const onlyMyhovych = createQueries({ ...dataset, statements: dataset.statements.filter((s) => s.speaker === 'rudolf-myhovych') })
 * onlyMyhovych.statementsBy('donald-trump')
 * //=> []
 * onlyMyhovych.statementsAbout('strike-halt').length
 * //=> 10
 * createQueries(dataset).getActor('donald-trump').name
 * //=> 'Donald Trump'
 * ```
 */
export function createQueries<I extends IdSpace = IdSpace>(dataset: DatasetInput<I>): Queries<I> {
  const { article, actors: a, statements: s, events: e, figures: f, timexes: t } = snapshotDataset(dataset);
  const findActors = createFindActors(a);
  const queries = {
    getActor: createLookup(a),
    getStatement: createLookup(s),
    getEvent: createLookup(e),
    getFigure: createLookup(f),
    getTimex: createLookup(t),
    getRecord: createGetRecord(a, s, e, f, t),
    statementsBy: createStatementsBy(s),
    statementsAbout: createStatementsAbout(s),
    eventsInvolving: createEventsInvolving(e),
    figuresAbout: createFiguresAbout(f),
    mentionsOf: createMentionsOf(a),
    accountsOf: createAccountsOf(e, s),
    eventsBetween: createEventsBetween(e),
    timeline: createTimeline(e),
    figuresByUnit: createFiguresByUnit(f),
    convertFigure,
    contextOf: createContextOf(article),
    findText: createFindText(article),
    findActor: (ref: unknown) => findActors(ref)[0],
    findActors,
    recordsAt: createRecordsAt(article, a, s, e, f, t),
    search: createSearch(a, s, e, f, t),
  };
  return Object.freeze(queries) as unknown as Queries<I>;
}
