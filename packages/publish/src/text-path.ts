/** Where a redistributable source's text lives in a release (':' is not portable in file names). */
export function textPathFor(sourceId: string): string {
  return `texts/${sourceId.replaceAll(':', '_')}.txt`;
}
