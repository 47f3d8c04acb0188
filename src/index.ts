/**
 * The article "Kremlin says Trump asked Putin to halt strikes on Kyiv" (30 January 2026) as typed
 * records, with helpers to query them. Nothing here imports zod; the schemas live in
 * `kyiv-strike-pause/schema`.
 *
 * @module kyiv-strike-pause
 */
export type {
  Account,
  Actor,
  ActorKind,
  AnyRecord,
  Article,
  ArticleIds,
  Dataset,
  DatasetInput,
  EventStatus,
  EventType,
  Figure,
  IdSpace,
  NewsEvent,
  Note,
  Paragraph,
  ParagraphKind,
  Participant,
  Qualifier,
  Quantity,
  RecordId,
  Role,
  Section,
  Span,
  Stance,
  Statement,
  StatementMode,
  TimeValue,
  Timex,
  TimexMod,
  TimexType,
  Unit,
  UnitCode,
} from './model/types.js';
export type { ActorId, EventId, FigureId, StatementId, TimexId } from './model/ids.js';
export { actorIds, eventIds, figureIds, statementIds, timexIds } from './model/ids.js';
// The actors come before the article so that, in a bundle, the article text sits next to the
// statements and events that quote it, within reach of gzip's window.
export { actors } from './data/actors.js';
export { article } from './data/article.js';
export { statements } from './data/statements.js';
export { events } from './data/events.js';
export { figures } from './data/figures.js';
export { timexes } from './data/timexes.js';
export { dataset } from './data/dataset.js';
export { recordIds } from './data/recordIds.js';

// Query helpers: one per file in src/queries/.
export type { ContextOptions, Lookup, Queries, RecordLookup, ResolvedAccount, TimelineEntry } from './queries/types.js';
export { getActor } from './queries/getActor.js';
export { getStatement } from './queries/getStatement.js';
export { getEvent } from './queries/getEvent.js';
export { getFigure } from './queries/getFigure.js';
export { getTimex } from './queries/getTimex.js';
export { getRecord } from './queries/getRecord.js';
export { findActor } from './queries/findActor.js';
export { findActors } from './queries/findActors.js';
export { isActorId } from './queries/isActorId.js';
export { isStatementId } from './queries/isStatementId.js';
export { isEventId } from './queries/isEventId.js';
export { isFigureId } from './queries/isFigureId.js';
export { isTimexId } from './queries/isTimexId.js';
export { isRecordId } from './queries/isRecordId.js';
export { statementsBy } from './queries/statementsBy.js';
export { statementsAbout } from './queries/statementsAbout.js';
export { eventsInvolving } from './queries/eventsInvolving.js';
export { figuresAbout } from './queries/figuresAbout.js';
export { mentionsOf } from './queries/mentionsOf.js';
export { accountsOf } from './queries/accountsOf.js';
export { eventsBetween } from './queries/eventsBetween.js';
export { timeline } from './queries/timeline.js';
export { figuresByUnit } from './queries/figuresByUnit.js';
export { convertFigure } from './queries/convertFigure.js';
export { contextOf } from './queries/contextOf.js';
export { findText } from './queries/findText.js';
export { recordsAt } from './queries/recordsAt.js';
export { search } from './queries/search.js';
export { createQueries } from './queries/createQueries.js';
