import type { ReleaseInput } from './release-input.js';

/** Table formats a release can ship, in the order their resources are listed. */
export const TABLE_FORMATS = ['csv', 'json', 'jsonl', 'parquet'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** What a pipeline publishes when its dataset names no formats: the seed releases' three. */
export const DEFAULT_FORMATS: readonly TableFormat[] = ['csv', 'json', 'jsonl'];

/** The release's table formats (pipeline.json `dataset.formats`), in TABLE_FORMATS order. */
export function formatsOf(meta: Pick<ReleaseInput['meta'], 'formats'>): TableFormat[] {
  const chosen = new Set<string>(meta.formats ?? DEFAULT_FORMATS);
  if (chosen.size === 0) throw new Error('bug: a release needs at least one table format');
  for (const f of chosen)
    if (!(TABLE_FORMATS as readonly string[]).includes(f)) throw new Error(`unknown table format: ${f}`);
  return TABLE_FORMATS.filter((f) => chosen.has(f));
}
