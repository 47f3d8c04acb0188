/**
 * The wrapper every exported schema is built with, so that no input can make validation throw,
 * write or freeze.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { deepFreeze } from '../util/freeze.js';
import { snapshot } from '../util/snapshot.js';

/**
 * `shape`, made safe for any input. zod reads its input with ordinary property access, so a
 * revoked Proxy or a throwing getter would make even `safeParse` throw; and zod's own
 * `.readonly()` freezes what it is given. Instead, the input is first copied as plain data (own
 * enumerable properties, each read once, into objects without a prototype; see `snapshot`): a read
 * that throws, a cycle, a typed array, a function, a hole or nesting deeper than 64 levels becomes
 * an issue at its path. zod then parses the copy, and a successful result (zod's own fresh copy of
 * it) is deeply frozen. The caller's value is never written to, frozen or read twice.
 */
export function hardened<T extends z.ZodType>(shape: T) {
  return z
    .preprocess((input, ctx) => {
      const copy = snapshot(input, { nullPrototype: true });
      if (copy.ok) return copy.value;
      ctx.addIssue({ code: 'custom', message: `this value ${copy.problem}`, path: [...copy.path], input: undefined, params: { rule: 'plain-data' } });
      return z.NEVER;
    }, shape)
    .overwrite((output) => deepFreeze(output));
}
