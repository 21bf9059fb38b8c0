import countries from 'i18n-iso-countries';

let byName: Map<string, string> | null = null;

/**
 * Lower-cased English name → code, built once: `getAlpha2Code` scans every name of every country per
 * call. Same answers: it compares lower-cased names in the same order and takes the first match.
 */
function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' })))
    for (const n of names as unknown as string[]) {
      const key = n.toLowerCase();
      if (!byName.has(key)) byName.set(key, code);
    }
  return byName;
}

/** ISO 3166-1 alpha-2 code of a country name in English (official or common), or null. */
export function countryCode(name: string): string | null {
  return nameIndex().get(name.toLowerCase()) ?? null;
}

/** True when the code is an assigned ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code);
}
