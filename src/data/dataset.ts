import { actors } from './actors.js';
import { article } from './article.js';
import { events } from './events.js';
import { figures } from './figures.js';
import { statements } from './statements.js';
import { timexes } from './timexes.js';
import { deepFreeze } from '../util/freeze.js';
import type { Dataset } from '../model/types.js';

/**
 * The whole dataset in one object: the article and every actor, statement, event, figure and
 * time expression.
 * The same records ship as `kyiv-strike-pause/dataset.json`.
 *
 * @category Data
 * @example
 * ```ts
 * import { dataset } from 'kyiv-strike-pause'
 * dataset.statements.length === dataset.statements.filter((s) => s.evidence.length > 0).length
 * //=> true
 * ```
 */
export const dataset: Dataset = /*#__PURE__*/ deepFreeze<Dataset>({ article, actors, statements, events, figures, timexes });
