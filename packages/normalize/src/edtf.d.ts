declare module 'edtf' {
  /** Parses an EDTF string; throws on invalid input. min/max are epoch milliseconds. */
  export default function edtf(input: string): { min: number; max: number; type: string; toString(): string };
}
