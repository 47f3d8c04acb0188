/** The part of @lhncbc/ucum-lhc (NLM's UCUM reference implementation, which ships no types) that test/units.test.ts uses. */
declare module '@lhncbc/ucum-lhc' {
  interface Validation {
    readonly status: 'valid' | 'invalid' | 'error';
    readonly msg: readonly string[];
  }
  interface Conversion {
    readonly status: 'succeeded' | 'failed' | 'error';
    readonly toVal: number | null;
    readonly msg: readonly string[];
  }
  interface Utils {
    validateUnitString(unit: string, suggest?: boolean): Validation;
    convertUnitTo(from: string, value: number, to: string): Conversion;
  }
  const ucum: { readonly UcumLhcUtils: { getInstance(): Utils } };
  export default ucum;
}
