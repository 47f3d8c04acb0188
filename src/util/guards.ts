/**
 * Type guards for caller-supplied values, shared by every entry point.
 *
 * @internal
 * @module
 */

/** Whether `value` is an object of any kind (arrays included), so that its properties can be read. */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** Whether `value` is an object that is not an array: what JSON calls an object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return isObject(value) && !Array.isArray(value);
}

/** The own property `key` of `value`: what is inherited, `Object.prototype`'s included, reads as missing. */
export function own(value: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}
