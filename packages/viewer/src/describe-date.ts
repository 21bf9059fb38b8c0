import { edtfDays } from '@newsfacts/validate';

/** Words for the qualifiers of an EDTF value ("uncertain, approximate"), empty when it is exact. */
export function describeQualifiers(value: string): string {
  const parsed = edtfDays(value);
  if (!parsed) return 'not understood by the viewer';
  const words = [];
  if (parsed.uncertain) words.push('uncertain');
  if (parsed.approximate) words.push('approximate');
  if (parsed.unspecified) words.push('unspecified digits');
  return words.join(', ');
}

/** The EDTF value followed by its qualifiers in words: "2007~ (approximate)". */
export function describeDate(value: string | null): string {
  if (value === null) return 'undated';
  const qualifiers = describeQualifiers(value);
  return qualifiers ? `${value} (${qualifiers})` : value;
}
