import { TABLE_NAMES } from '@newsfacts/schemas';

export const SUMS = 'SHA256SUMS';
export const MANIFEST = 'manifest.json';
export const DATAPACKAGE = 'datapackage.json';
export const TABLE_FORMATS = ['csv', 'json', 'jsonl', 'parquet'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];
/** What a release has when its pipeline names no formats (and what a folder showing none is read as). */
export const DEFAULT_FORMATS: readonly TableFormat[] = ['csv', 'json', 'jsonl'];

/**
 * The table formats of a release: those of which the folder holds a file for at least one table (a
 * pipeline chooses them, docs/release-format.md); every table must then have a file in each.
 */
export function releaseFormats(files: Iterable<string>): TableFormat[] {
  const tables = new Set<string>(TABLE_NAMES);
  const seen = new Set<string>();
  for (const path of files) {
    const m = /^data\/([a-z_]+)\.([a-z]+)$/.exec(path);
    if (m && tables.has(m[1]!)) seen.add(m[2]!);
  }
  const formats = TABLE_FORMATS.filter((f) => seen.has(f));
  return formats.length > 0 ? formats : [...DEFAULT_FORMATS];
}

/** Files every release holds (docs/release-format.md); texts depend on the sources. */
export function requiredFiles(formats: readonly TableFormat[] = DEFAULT_FORMATS): string[] {
  const out = ['README.md', 'CHANGELOG.md', 'index.html', DATAPACKAGE, MANIFEST, SUMS];
  for (const t of TABLE_NAMES) for (const f of formats) out.push(`data/${t}.${f}`);
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
