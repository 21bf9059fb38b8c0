import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { type Problem, readParquetRows } from '@newsfacts/validate';
import { ReleaseError } from '../release-error.js';
import type { RowFiles } from './diff-stream.js';

/**
 * The JSON Lines of each table of the published release `base`, for the streamed diff: its own
 * data/<table>.jsonl, else its JSON or Parquet table written as JSON Lines into `work` (a release of other
 * formats; the JSON table is read whole, the Parquet one too).
 */
export async function baseRowFiles(base: string, work: string): Promise<RowFiles> {
  const files = new Map<TableName, string>();
  for (const t of TABLE_NAMES) {
    const path = (f: string) => join(base, 'data', `${t}.${f}`);
    if (existsSync(path('jsonl'))) continue;
    let rows: unknown[] | null = null;
    if (existsSync(path('json'))) rows = JSON.parse(readFileSync(path('json'), 'utf8')) as unknown[];
    else if (existsSync(path('parquet'))) {
      const problems: Problem[] = [];
      rows = await readParquetRows(t, readFileSync(path('parquet')), `data/${t}.parquet`, problems);
      if (!rows) throw new ReleaseError('release/unreadable', `${base}: ${problems[0]?.message}`);
    }
    if (!rows) continue;
    mkdirSync(work, { recursive: true });
    const file = join(work, `${t}.jsonl`);
    writeFileSync(file, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
    files.set(t, file);
  }
  return files;
}
