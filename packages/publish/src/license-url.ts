/** The SPDX page of a licence, or null for LicenseRef-* terms SPDX does not list. */
export function licenseUrl(id: string): string | null {
  return id.startsWith('LicenseRef-') ? null : `https://spdx.org/licenses/${id}.html`;
}
