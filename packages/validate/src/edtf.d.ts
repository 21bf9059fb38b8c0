// The edtf package ships no types; only what validation uses.
declare module 'edtf' {
  interface EdtfValue {
    type: string;
    /** Earliest possible instant (ms since epoch; -Infinity for open starts). */
    min: number;
    /** Latest possible instant (ms since epoch; Infinity for open ends). */
    max: number;
  }
  /** Parses an EDTF string; throws on invalid input (including intervals whose ends are reversed). */
  function edtf(input: string): EdtfValue;
  export default edtf;
}
