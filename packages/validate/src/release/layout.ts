import { TABLE_NAMES } from '@newsfacts/schemas';

export const SUMS = 'SHA256SUMS';
export const MANIFEST = 'manifest.json';
export const DATAPACKAGE = 'datapackage.json';
const TABLE_FORMATS = ['csv', 'json', 'jsonl'] as const;

/** Files every release holds (docs/release-format.md); texts depend on the sources. */
export function requiredFiles(): string[] {
  const out = ['README.md', 'CHANGELOG.md', 'index.html', DATAPACKAGE, MANIFEST, SUMS];
  for (const t of TABLE_NAMES) for (const f of TABLE_FORMATS) out.push(`data/${t}.${f}`);
  return out;
}

/** Where a redistributable source's text ships: ':' in ids becomes '_'. */
export function textPathOf(sourceId: string): string {
  return `texts/${sourceId.replaceAll(':', '_')}.txt`;
}

/** Files that must be Data Package resources. */
export function isDataFile(path: string): boolean {
  return path.startsWith('data/') || path.startsWith('texts/');
}

/** Code-unit order: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
