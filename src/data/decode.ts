/**
 * Rebuilds the records of `src/data/` from the compact form `scripts/generate.ts` writes:
 * positional rows in one JSON string instead of object literals, record ids as numbers, and span
 * texts taken from the article or from the record's own aliases instead of being written out
 * again. Every object and array is frozen as it is built. The generated modules call `decode`
 * behind a `#__PURE__` annotation, so a bundler drops the call, and the rows, when nothing uses
 * the records.
 *
 * The rows are a JSON string because V8 parses JSON text faster than it compiles the same data
 * written as literals; the generator keeps that string ASCII (JSON escapes every other
 * character), so the module stays one-byte source.
 *
 * @internal
 * @module
 */

/**
 * How one encoded value becomes part of a record:
 * - `0`: the value itself (a primitive, or an array of primitives);
 * - `'R'`: a string that may be a record id: a number is the id at that position in the id lists
 *   passed to `decode`, one after another; a string is itself;
 * - `'I'` (for a key): not encoded; the id at the record's position in its own kind's id list;
 * - `[shape]`: an array whose every item has `shape`;
 * - `{ key: shape, … }`: an object, encoded as the array of its values in key order; a missing
 *   value at the end, or an empty object `{}` anywhere, is a key the object lacks;
 * - `'S'`: spans, encoded flat as pairs `start, n, start, n, …`; each span's text is `spanText(start, n, record)`;
 * - `'s'` (for a key): not encoded; `spanText(start, end - start, object)` of the object being built.
 *
 * `null` stays `null` whatever the shape.
 */
export type Shape = 0 | 'R' | 'I' | 's' | 'S' | readonly [Shape] | { readonly [key: string]: Shape };

type Fields = Record<string, unknown>;

/**
 * The text of a span from its encoded pair: a slice of the article (`n` is its length), or one
 * of the record's aliases (`n` indexes them).
 */
export type SpanText = (start: number, n: number, record: Fields) => string;

const freeze = Object.freeze;

type Keyed = { readonly [key: string]: Shape };

/**
 * Rebuilds a value of type `T` from its shape and its encoded rows (a JSON string, or the rows
 * themselves). `ids` are the id lists that `'R'` numbers index, one after another; `own` is the
 * id list of the records themselves, which `'I'` reads.
 */
export function decode<T>(shape: Shape, rows: unknown, spanText: SpanText, ids: readonly (readonly string[])[] = [], own: readonly string[] = []): T {
  const all = ids.flat();
  // Plain indexed loops, arrays allocated at their final length, primitives stored without a
  // call, and an object shape's keys read once per array: this runs once, cold, at import, where
  // every iterator, callback and reallocation costs.
  const build = (part: Shape, value: unknown, record: Fields, position: number, keys?: readonly string[]): unknown => {
    if (value === null) return null;
    if (part === 0) return freeze(value);
    if (part === 'R') return typeof value === 'number' ? all[value] : value;
    const list = value as readonly unknown[];
    if (part === 'S') {
      const out = new Array<unknown>(list.length / 2);
      for (let i = 0; i < list.length; i += 2) {
        const start = list[i] as number;
        const text = spanText(start, list[i + 1] as number, record);
        out[i / 2] = freeze({ start, end: start + text.length, text });
      }
      return freeze(out);
    }
    if (Array.isArray(part)) {
      const item = part[0] as Shape;
      const itemKeys = typeof item === 'object' ? Object.keys(item) : undefined;
      const out = new Array<unknown>(list.length);
      for (let i = 0; i < list.length; i++) out[i] = build(item, list[i], record, i, itemKeys);
      return freeze(out);
    }
    const fields: Fields = {};
    keys ??= Object.keys(part);
    for (let k = 0, i = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const field = (part as Keyed)[key] as Shape;
      if (field === 'I') fields[key] = own[position];
      else if (field === 's') fields[key] = spanText(fields['start'] as number, (fields['end'] as number) - (fields['start'] as number), fields);
      else {
        const item = list[i++];
        // `undefined` (past the end of the row) and `{}` are keys the object lacks.
        if (typeof item !== 'object' || item === null) {
          if (item !== undefined) fields[key] = field === 'R' && typeof item === 'number' ? all[item] : item;
        } else if (Array.isArray(item)) fields[key] = build(field, item, fields, 0);
      }
    }
    return freeze(fields);
  };
  return build(shape, typeof rows === 'string' ? JSON.parse(rows) : rows, {}, 0) as T;
}

/** The span text of a mention: the record's alias at index `n`. */
export const alias: SpanText = (_start, n, record) => (record['aliases'] as readonly string[])[n] as string;
