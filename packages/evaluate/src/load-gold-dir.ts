import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldArticle, GoldFile } from './gold.js';

/** Reads every `<name>.txt` that has a `<name>.gold.json` beside it, sorted by name (BOM stripped). */
export function loadGoldDir(dir: string): GoldArticle[] {
  const files = new Set(readdirSync(dir));
  const ids = [...files]
    .filter((f) => f.endsWith('.gold.json') && files.has(`${f.slice(0, -'.gold.json'.length)}.txt`))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  return ids.map((id) => ({
    id,
    text: readFileSync(join(dir, `${id}.txt`), 'utf8').replace(/^\uFEFF/, ''),
    gold: JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as GoldFile,
  }));
}
