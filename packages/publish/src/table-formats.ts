import { DEFAULT_FORMATS, TABLE_FORMATS, type TableFormat } from '@newsfacts/validate';
import type { ReleaseInput } from './release-input.js';

/** The release's table formats (pipeline.json `dataset.formats`), in TABLE_FORMATS order. */
export function formatsOf(meta: Pick<ReleaseInput['meta'], 'formats'>): TableFormat[] {
  const chosen = new Set<string>(meta.formats ?? DEFAULT_FORMATS);
  if (chosen.size === 0) throw new Error('bug: a release needs at least one table format');
  for (const f of chosen)
    if (!(TABLE_FORMATS as readonly string[]).includes(f)) throw new Error(`unknown table format: ${f}`);
  return TABLE_FORMATS.filter((f) => chosen.has(f));
}
