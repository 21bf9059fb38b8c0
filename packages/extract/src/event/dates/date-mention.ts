/** A date expression: its tokens and its EDTF value (null when it needs a publication date we lack). */
export interface DateMention {
  from: number;
  to: number;
  edtf: string | null;
  /** "since Friday": an interval up to the publication date. */
  since: boolean;
  /** The point date of a "since" expression. */
  point: string | null;
  /** "later that day", "the first game of the day": the last day the text named (the caller fills `edtf`). */
  sameDay?: boolean;
  /** "five days later": days after the last day named (with `sameDay`; the caller adds them). */
  offsetDays?: number;
}

/** A mention of tokens [from, to) with its EDTF value, not a "since" interval. */
export function point(from: number, to: number, edtf: string | null): DateMention {
  return { from, to, edtf, since: false, point: edtf };
}
