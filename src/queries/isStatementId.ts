import { isIn } from './shared/idSet.js';
import { statementIds, type StatementId } from '../model/ids.js';

/**
 * Whether a value is the id of one of this article's statements: a type guard for ids that come from
 * outside TypeScript (JSON, a form, a URL), so the value can be passed where a {@link StatementId} is
 * required. Ids are compared exactly (case-sensitive, untrimmed).
 *
 * @param value - Any value.
 * @returns `true` for a statement id; `false` for anything else, including other kinds' ids.
 * @category Lookups
 * @example
 * ```ts
 * import { isStatementId } from 'kyiv-strike-pause'
 * isStatementId('trump-putin-agreed')
 * //=> true
 * isStatementId('donald-trump')
 * //=> false
 * isStatementId(42)
 * //=> false
 * ```
 */
export function isStatementId(value: unknown): value is StatementId {
  return isIn(statementIds, value);
}
