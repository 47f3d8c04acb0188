/**
 * Plain-data copies of values a caller hands in, read once and defensively, so that validation and
 * the helpers never touch the caller's objects again: no getter runs twice, no Proxy trap is
 * trusted after the copy, nothing of the caller's is ever written to or frozen.
 *
 * @internal
 * @module
 */

/** Where in the value a copy failed, and why. */
export interface SnapshotProblem {
  readonly ok: false;
  readonly path: readonly (string | number)[];
  readonly problem: string;
}

/** The outcome of {@link snapshot}. */
export type Snapshot = { readonly ok: true; readonly value: unknown } | SnapshotProblem;

export interface SnapshotOptions {
  /** Give every copied object a `null` prototype, so that nothing set on `Object.prototype` shows through. */
  readonly nullPrototype?: boolean;
  /** Freeze every object and array of the copy (never anything of the caller's). */
  readonly freeze?: boolean;
  /** The deepest nesting accepted: deeper values are reported, not walked. */
  readonly maxDepth?: number;
}

/** Deeper than any record of the dataset, far shallower than what exhausts the stack. */
export const MAX_DEPTH = 64;

class Failure {
  constructor(
    readonly path: readonly (string | number)[],
    readonly problem: string,
  ) {}
}

/** Runs `read`, turning anything it throws (a revoked Proxy, a throwing getter or trap) into a {@link Failure}. */
function attempt<T>(read: () => T, path: readonly (string | number)[]): T {
  try {
    return read();
  } catch {
    throw new Failure(path, 'could not be read: a getter or Proxy trap threw');
  }
}

/**
 * A copy of `value` as plain data: primitives as they are; arrays and objects copied, one level
 * at a time, from their own enumerable string-keyed properties (what `JSON.stringify` reads), each
 * read exactly once. Inherited properties are not read. An object reached twice is copied once
 * (the copy shares it the same way). Reported, never thrown: a cycle, nesting deeper than
 * `maxDepth`, a hole in an array, a typed array or other binary buffer, a function, and any read
 * that throws. Cost: linear in the number of properties read.
 */
export function snapshot(value: unknown, options: SnapshotOptions = {}): Snapshot {
  const { nullPrototype = false, freeze = false, maxDepth = MAX_DEPTH } = options;
  const done = new Map<object, unknown>();
  const open = new Set<object>();
  const path: (string | number)[] = [];

  const define = (target: object, key: string | number, item: unknown) =>
    Object.defineProperty(target, key, { value: item, enumerable: true, writable: !freeze, configurable: !freeze });

  const copy = (item: unknown, depth: number): unknown => {
    if (typeof item === 'function') throw new Failure([...path], 'is a function, not data');
    if (typeof item !== 'object' || item === null) return item;
    const source: object = item;
    const known = done.get(source);
    if (known !== undefined) return known;
    if (open.has(source)) throw new Failure([...path], 'refers back to itself (a cycle)');
    if (depth >= maxDepth) throw new Failure([...path], `is nested more than ${maxDepth} levels deep`);
    const here = [...path];
    const isArray = attempt(() => Array.isArray(source), here);
    if (!isArray && attempt(() => ArrayBuffer.isView(source) || source instanceof ArrayBuffer, here)) {
      throw new Failure(here, 'is a typed array or binary buffer, not plain data');
    }
    open.add(source);
    let result: object;
    if (isArray) {
      const length = attempt(() => (source as readonly unknown[]).length, here);
      const array: unknown[] = [];
      // The loop stops at the first hole, and a sparse array's first hole comes no later than
      // one past its items, so even a length of 2³² - 1 costs no more than the items there are.
      for (let i = 0; i < length; i++) {
        path.push(i);
        if (!attempt(() => Object.hasOwn(source, i), [...path])) throw new Failure([...path], 'is a hole in the array');
        array.push(copy(attempt(() => (source as readonly unknown[])[i], [...path]), depth + 1));
        path.pop();
      }
      result = array;
    } else {
      const keys = attempt(() => Object.keys(source), here);
      result = nullPrototype ? Object.create(null) : {};
      for (const key of keys) {
        path.push(key);
        define(result, key, copy(attempt(() => (source as Readonly<Record<string, unknown>>)[key], [...path]), depth + 1));
        path.pop();
      }
    }
    if (freeze) Object.freeze(result);
    open.delete(source);
    done.set(source, result);
    return result;
  };

  try {
    return { ok: true, value: copy(value, 0) };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, path: error.path, problem: error.problem };
    // A RangeError from the engine (stack or memory) or anything unforeseen: still a report, not a throw.
    return { ok: false, path: [...path], problem: 'could not be copied' };
  }
}

/** `path` as a JavaScript accessor chain after `root`: `dataset.actors[0].id`. */
export function formatPath(root: string, path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${text}.${key}` : `${text}[${JSON.stringify(key)}]`),
    root,
  );
}

/**
 * A plain copy of `value` (see {@link snapshot}) whose objects have no prototype, or a `TypeError`
 * starting `fn:` that names the place that cannot be copied: how the public functions that read a
 * caller's object graph keep a throwing getter, a revoked Proxy or a cycle from escaping as an
 * engine error, and a key set on `Object.prototype` (`quote`, `min`, `sha256`) from reading as a
 * field of the caller's.
 */
export function plainCopy(value: unknown, fn: string, root: string): unknown {
  const copied = snapshot(value, { nullPrototype: true });
  if (!copied.ok) throw new TypeError(`${fn}: ${formatPath(root, copied.path)} ${copied.problem}`);
  return copied.value;
}
