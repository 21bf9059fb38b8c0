import { type EdtfDays, edtfDays } from '@newsfacts/validate';

/** Parse an EDTF value once per distinct value: a page repeats few dates over many events. */
export type DaysOf = (value: string) => EdtfDays | null;

/** A fresh memo of `edtfDays` for one page render (nothing kept between renders). */
export function daysMemo(): DaysOf {
  const seen = new Map<string, EdtfDays | null>();
  return (value) => {
    let days = seen.get(value);
    if (days === undefined) {
      days = edtfDays(value);
      seen.set(value, days);
    }
    return days;
  };
}

/** Words for the qualifiers of parsed days ("uncertain, approximate"), empty when exact. */
export function qualifierWords(parsed: EdtfDays | null): string {
  if (!parsed) return 'not understood by the viewer';
  const words = [];
  if (parsed.uncertain) words.push('uncertain');
  if (parsed.approximate) words.push('approximate');
  if (parsed.unspecified) words.push('unspecified digits');
  return words.join(', ');
}

/** The EDTF value followed by its qualifiers in words: "2007~ (approximate)". */
export function describeDate(value: string | null, daysOf: DaysOf = edtfDays): string {
  if (value === null) return 'undated';
  const qualifiers = qualifierWords(daysOf(value));
  return qualifiers ? `${value} (${qualifiers})` : value;
}
