import { createLookup } from './shared/byId.js';
import { actors } from '../data/actors.js';
import type { ActorId } from '../model/ids.js';
import type { Actor } from '../model/types.js';

let lookup: ((id: unknown) => Actor | undefined) | undefined;

/**
 * The actor with this id.
 *
 * @param id - An actor id: a literal {@link ActorId}, so the result is never `undefined`.
 * @returns The actor.
 * @category Lookups
 * @example
 * ```ts
 * import { getActor } from 'kyiv-strike-pause'
 * getActor('donald-trump').name
 * //=> 'Donald Trump'
 * ```
 */
export function getActor(id: ActorId): Actor;
/**
 * The actor with this id, or `undefined` where no actor has it. Any value is safe to pass:
 * `'__proto__'`, `''` or a number all give `undefined`.
 *
 * @param id - Any string.
 * @returns The actor, or `undefined`.
 * @category Lookups
 * @example
 * ```ts
 * import { getActor } from 'kyiv-strike-pause'
 * getActor('__proto__')
 * //=> undefined
 * ```
 */
export function getActor(id: string): Actor | undefined;
export function getActor(id: string): Actor | undefined {
  return (lookup ??= createLookup(actors))(id);
}
