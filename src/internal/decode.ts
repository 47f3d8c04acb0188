/**
 * Rebuilds the records of `src/generated/` from the compact form `scripts/generate.ts` writes:
 * positional rows instead of objects, and span texts taken from the article or from the record's
 * own aliases instead of being written out again. Every object and array is frozen as it is
 * built. The generated modules call `decode` behind a `#__PURE__` annotation, so a bundler drops
 * the call, and the rows, when nothing uses the records.
 *
 * @internal
 * @module
 */

/**
 * How one encoded value becomes part of a record:
 * - `0`: the value itself (a primitive, or an array of primitives);
 * - `[shape]`: an array whose every item has `shape`;
 * - `{ key: shape, … }`: an object, encoded as the array of its values in key order, where a hole
 *   is a key the object lacks;
 * - `'S'`: spans, encoded flat as pairs `start, n, start, n, …`; each span's text is `spanText(start, n, record)`;
 * - `'s'` (for a key): not encoded; `spanText(start, end, object)` of the object being built.
 *
 * `null` stays `null` whatever the shape.
 */
export type Shape = 0 | 's' | 'S' | readonly [Shape] | { readonly [key: string]: Shape };

type Fields = Record<string, unknown>;

/**
 * The text of a span from its encoded pair: a slice of the article (`n` is the end), or one of
 * the record's aliases (`n` indexes them).
 */
export type SpanText = (start: number, n: number, record: Fields) => string;

const freeze = Object.freeze;

type Keyed = { readonly [key: string]: Shape };

/**
 * Rebuilds a value of type `T` from its shape and its encoded rows. `record` is the object being
 * built around the value, `keys` the keys of an object shape when the caller has read them.
 */
// Plain indexed loops, and an object shape's keys read once per array: this runs once, cold, at
// import, where every iterator and callback costs.
export function decode<T>(shape: Shape, value: unknown, spanText: SpanText, record: Fields = {}, keys?: readonly string[]): T {
  if (shape === 0 || value === null) return freeze(value) as T;
  const list = value as readonly unknown[];
  const out: unknown[] = [];
  if (shape === 'S') {
    for (let i = 0; i < list.length; i += 2) {
      const start = list[i] as number;
      const text = spanText(start, list[i + 1] as number, record);
      out.push(freeze({ start, end: start + text.length, text }));
    }
  } else if (Array.isArray(shape)) {
    const item = shape[0] as Shape;
    keys = Object.keys(item);
    for (let i = 0; i < list.length; i++) out.push(decode(item, list[i], spanText, record, keys));
  } else {
    const fields: Fields = {};
    keys ??= Object.keys(shape);
    for (let k = 0, i = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const field = (shape as Keyed)[key] as Shape;
      if (field === 's') fields[key] = spanText(fields['start'] as number, fields['end'] as number, fields);
      else if (list[i++] !== undefined) fields[key] = decode(field, list[i - 1], spanText, fields);
    }
    return freeze(fields) as T;
  }
  return freeze(out) as T;
}

/** The span text of a mention: the record's alias at index `n`. */
export const alias: SpanText = (_start, n, record) => (record['aliases'] as readonly string[])[n] as string;
