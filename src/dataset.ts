import { actors } from './generated/actors.js';
import { article } from './generated/article.js';
import { events } from './generated/events.js';
import { figures } from './generated/figures.js';
import { statements } from './generated/statements.js';
import { deepFreeze } from './internal/freeze.js';
import type { Dataset } from './types.js';

/**
 * The whole dataset in one object: the article and every actor, statement, event and figure.
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
export const dataset: Dataset = /*#__PURE__*/ deepFreeze<Dataset>({ article, actors, statements, events, figures });
