// The edtf package ships no types; only what validation and the day ranges use.
declare module 'edtf' {
  interface Bitmask {
    /** Non-zero when some part of the value carries the qualifier. */
    value: number;
  }
  export interface EdtfValue {
    type: string;
    /** Earliest possible instant (ms since epoch; -Infinity for open starts). */
    min: number;
    /** Latest possible instant (ms since epoch; Infinity for open ends). */
    max: number;
    /** A Date's year. */
    year?: number;
    /** An Interval's ends. */
    lower?: EdtfValue | null;
    upper?: EdtfValue | null;
    uncertain?: Bitmask;
    approximate?: Bitmask;
    unspecified?: Bitmask;
  }
  /** Parses an EDTF string; throws on invalid input (including intervals whose ends are reversed). */
  function edtf(input: string): EdtfValue;
  export default edtf;
}
