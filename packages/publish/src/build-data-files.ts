import { readFileSync, writeFileSync } from 'node:fs';
import { TABLE_NAMES } from '@newsfacts/schemas';
import { encodeCsv, encodeJson, encodeJsonl, type Tables } from '@newsfacts/tables';
import type { TableFormat } from '@newsfacts/validate';
import { ParquetWriter } from './parquet-writer.js';
import { utf8 } from './stringify-json.js';

/** data/<table>.<format> for every table and chosen format, in table order. */
export async function buildDataFiles(
  tables: Tables,
  formats: readonly TableFormat[],
): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const parquet = formats.includes('parquet') ? await ParquetWriter.open() : null;
  try {
    for (const t of TABLE_NAMES) {
      if (formats.includes('csv')) out.set(`data/${t}.csv`, utf8(encodeCsv(t, tables[t])));
      if (formats.includes('json')) out.set(`data/${t}.json`, utf8(encodeJson(tables[t])));
      const jsonl = utf8(encodeJsonl(tables[t]));
      if (formats.includes('jsonl')) out.set(`data/${t}.jsonl`, jsonl);
      if (parquet) {
        const [rows, file] = [parquet.scratchFile(`${t}.jsonl`), parquet.scratchFile(`${t}.parquet`)];
        writeFileSync(rows, jsonl);
        await parquet.write(t, rows, file);
        out.set(`data/${t}.parquet`, readFileSync(file));
      }
    }
  } finally {
    parquet?.close();
  }
  return out;
}
