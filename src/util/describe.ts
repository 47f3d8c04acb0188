/**
 * Safe renderings of caller-supplied values for error messages.
 *
 * @internal
 * @module
 */

/** A short rendering of any value: strings quoted and cut at 40 characters, other values by type. Never throws. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= 40) return JSON.stringify(value);
    // Never cut a surrogate pair in two.
    const cut = /[\ud800-\udbff]/.test(value[39] as string) ? 39 : 40;
    return JSON.stringify(`${value.slice(0, cut)}…`);
  }
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  return `a value of type ${typeof value}`;
}

/** What a value is, for a message about a field: `nothing` for a missing one, `an array`, `an object`, or {@link describe}. */
export function got(value: unknown): string {
  if (value === undefined) return 'nothing';
  let isArray = false;
  try {
    isArray = Array.isArray(value);
  } catch {
    // A revoked Proxy: Array.isArray throws on it.
  }
  if (isArray) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return describe(value);
}
