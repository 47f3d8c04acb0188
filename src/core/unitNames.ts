/**
 * The UCUM codes `convertFigure` converts, and the nearest of them to a code it does not know, for
 * error messages that say what to write instead.
 *
 * @internal
 * @module
 */

/** Every unit `convertFigure` converts, by dimension: temperatures, durations, frequencies. */
export const CONVERTIBLE_UNITS = ['Cel', '[degF]', 'K', 'h', 'd', 'wk', 'mo', 'a', '/h', '/d'] as const;

/** Names people write for the convertible units, folded (lower case, no spaces, dots or degree signs). */
const SYNONYMS: ReadonlyMap<string, (typeof CONVERTIBLE_UNITS)[number]> = new Map([
  ['c', 'Cel'], ['degc', 'Cel'], ['celsius', 'Cel'], ['centigrade', 'Cel'],
  ['f', '[degF]'], ['degf', '[degF]'], ['fahrenheit', '[degF]'],
  ['k', 'K'], ['kelvin', 'K'],
  ['hr', 'h'], ['hrs', 'h'], ['hour', 'h'], ['hours', 'h'],
  ['day', 'd'], ['days', 'd'],
  ['w', 'wk'], ['week', 'wk'], ['weeks', 'wk'],
  ['month', 'mo'], ['months', 'mo'],
  ['y', 'a'], ['yr', 'a'], ['yrs', 'a'], ['year', 'a'], ['years', 'a'], ['ann', 'a'],
  ['perhour', '/h'], ['1/h', '/h'], ['/hour', '/h'], ['hourly', '/h'],
  ['perday', '/d'], ['1/d', '/d'], ['/day', '/d'], ['daily', '/d'],
]);

/** The convertible unit a code most likely means, or `undefined` where none is close. */
export function suggestUnit(code: string): (typeof CONVERTIBLE_UNITS)[number] | undefined {
  if (code.length > 32) return undefined;
  const folded = code.toLowerCase().replace(/[\s.\u00b0\u00ba\u02da_\-[\]]/g, '');
  const exact = CONVERTIBLE_UNITS.find((unit) => unit.toLowerCase().replace(/[[\]]/g, '') === folded);
  return exact ?? SYNONYMS.get(folded);
}

/** The message for a unit code `convertFigure` does not know, with the closest code where there is one. */
export function unknownUnitMessage(where: string, code: unknown, shown: string): string {
  const suggestion = typeof code === 'string' ? suggestUnit(code) : undefined;
  const hint = suggestion === undefined ? '.' : `; did you mean ${JSON.stringify(suggestion)}?`;
  return `${where} ${shown} is not a unit convertFigure converts${hint} Its codes are ${CONVERTIBLE_UNITS.join(', ')} (case-sensitive UCUM).`;
}
