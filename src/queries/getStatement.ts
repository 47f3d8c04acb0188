import { createLookup } from './shared/byId.js';
import { statements } from '../data/statements.js';
import type { StatementId } from '../model/ids.js';
import type { Statement } from '../model/types.js';

let lookup: ((id: unknown) => Statement | undefined) | undefined;

/**
 * The statement with this id.
 *
 * @param id - A statement id: a literal {@link StatementId}, so the result is never `undefined`.
 * @returns The statement.
 * @category Lookups
 * @example
 * ```ts
 * import { getStatement } from 'kyiv-strike-pause'
 * getStatement('trump-dont-waste-the-call').text
 * //=> 'A lot of people said, ‘Don’t waste the call. You’re not going to get that.’ And he did it,'
 * ```
 */
export function getStatement(id: StatementId): Statement;
/**
 * The statement with this id, or `undefined` where no statement has it. Any value is safe to pass:
 * `'__proto__'`, `''` or a number all give `undefined`.
 *
 * @param id - Any string.
 * @returns The statement, or `undefined`.
 * @category Lookups
 * @example
 * ```ts
 * import { getStatement } from 'kyiv-strike-pause'
 * getStatement('__proto__')
 * //=> undefined
 * ```
 */
export function getStatement(id: string): Statement | undefined;
export function getStatement(id: string): Statement | undefined {
  return (lookup ??= createLookup(statements))(id);
}
