import type { Queries } from '../../src/index.js';
import type { IdSpace } from '../../src/model/types.js';

/** Asks every helper that takes a record id about `id`, discarding the answers. */
export function askEveryIdHelper(q: Queries<IdSpace>, id: string): void {
  q.getRecord(id);
  q.statementsBy(id);
  q.statementsAbout(id);
  q.eventsInvolving(id);
  q.figuresAbout(id);
  q.mentionsOf(id);
  q.accountsOf(id);
}
