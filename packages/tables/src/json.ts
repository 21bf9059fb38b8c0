/** A JSON array with one record per line: valid JSON, readable, and diff-friendly. */
export function encodeJson(rows: readonly object[]): string {
  return rows.length === 0 ? '[]\n' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/** JSON Lines: one record per line. */
export function encodeJsonl(rows: readonly object[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
}
