/**
 * Freezes a value and everything reachable from it. Generated modules call it behind a
 * `#__PURE__` annotation, so a bundler drops the call, and the data, when nothing uses them.
 *
 * @internal
 * @module
 */

/**
 * Freezes `value` deeply and returns it. An object that is already frozen is taken as deeply
 * frozen and not walked again, so pass fresh objects (as the generated modules do).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Readonly<Record<string, unknown>>)[key]);
  }
  return value;
}
