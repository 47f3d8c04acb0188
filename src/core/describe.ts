/**
 * Safe renderings of caller-supplied values for error messages.
 *
 * @internal
 * @module
 */

/** A short rendering of any value: strings quoted and cut at 40 characters, other values by type. Never throws. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  return `a value of type ${typeof value}`;
}
