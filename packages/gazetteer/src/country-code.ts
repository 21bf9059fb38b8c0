import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2 code of a country name in English (official or common), or null. */
export function countryCode(name: string): string | null {
  return countries.getAlpha2Code(name, 'en') ?? null;
}

/** True when the code is an assigned ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code);
}
