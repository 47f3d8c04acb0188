/**
 * Regular expressions built on first use.
 *
 * @internal
 * @module
 */

/**
 * A regular expression built the first time the returned function is called. V8 checks a
 * literal with Unicode property escapes (`\p{L}`) when it compiles the module, which costs every
 * import; built on demand, only the first call of a helper that uses it pays. Write the source
 * in ASCII (`\u2019`, not `’`), so the package's modules stay ASCII.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
