import { TABLE_NAMES } from '@newsfacts/schemas';
import { encodeCsv, encodeJson, encodeJsonl, type Tables } from '@newsfacts/tables';
import { utf8 } from './stringify-json.js';

/** data/<table>.csv, .json and .jsonl for every table, in table order. */
export function buildDataFiles(tables: Tables): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const t of TABLE_NAMES) {
    out.set(`data/${t}.csv`, utf8(encodeCsv(t, tables[t])));
    out.set(`data/${t}.json`, utf8(encodeJson(tables[t])));
    out.set(`data/${t}.jsonl`, utf8(encodeJsonl(tables[t])));
  }
  return out;
}
