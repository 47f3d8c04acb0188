import { createGetRecord } from '../core/lookups.js';
import { createLookup } from '../core/byId.js';
import { describe } from '../core/describe.js';
import {
  createAccountsOf,
  createEventsInvolving,
  createFiguresAbout,
  createFiguresByUnit,
  createMentionsOf,
  createStatementsAbout,
  createStatementsBy,
} from '../core/relations.js';
import { createContextOf, createFindText } from '../core/text.js';
import { createEventsBetween, createTimeline } from '../core/time.js';
import { convertFigure } from '../core/units.js';
import type { Dataset, IdSpace } from '../types.js';
import type { Queries } from './types.js';

/**
 * Every query helper, bound to a dataset of your own: a subset of this one, or another article
 * annotated in the same shape (validate it with `DatasetSchema` from `kyiv-strike-pause/schema`).
 * The helpers behave exactly as the top-level ones do on this article; over a `Dataset<IdSpace>`
 * they take plain strings as ids, and lookups return `undefined` for unknown ids.
 *
 * Nothing is copied or frozen: indexes are built from your arrays on each helper's first call and
 * kept, so treat the dataset as immutable once you pass it. The arrays the helpers return are
 * frozen; the records in them are your own objects.
 *
 * @typeParam I - The dataset's id types: `IdSpace` (plain strings) for your own data, or
 * {@link ArticleIds} for this article's.
 * @param dataset - The article and its actors, statements, events and figures.
 * @returns The helpers, as a frozen {@link Queries} object.
 * @throws TypeError where `dataset` lacks the article text or one of the four record arrays.
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
export function createQueries<I extends IdSpace = IdSpace>(dataset: Dataset<I>): Queries<I> {
  const { article, actors, statements, events, figures } = (dataset ?? {}) as Partial<Dataset<I>>;
  for (const [name, value] of Object.entries({ actors, statements, events, figures })) {
    if (!Array.isArray(value)) throw new TypeError(`createQueries: dataset.${name} must be an array, got ${describe(value)}`);
  }
  if (typeof article?.text !== 'string') {
    throw new TypeError(`createQueries: dataset.article.text must be a string, got ${describe(article?.text)}`);
  }
  const [a, s, e, f] = [actors, statements, events, figures] as [Dataset<I>['actors'], Dataset<I>['statements'], Dataset<I>['events'], Dataset<I>['figures']];
  const queries = {
    getActor: createLookup(a),
    getStatement: createLookup(s),
    getEvent: createLookup(e),
    getFigure: createLookup(f),
    getRecord: createGetRecord(a, s, e, f),
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
  };
  return Object.freeze(queries) as unknown as Queries<I>;
}
