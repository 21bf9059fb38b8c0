import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldArticle, GoldFile } from './gold.js';
import { GoldFormatError } from './gold-format-error.js';

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
    gold: readGoldFile(join(dir, `${id}.gold.json`)),
  }));
}

function readGoldFile(file: string): GoldFile {
  let gold: Partial<GoldFile> | null;
  try {
    gold = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Partial<GoldFile> | null;
  } catch {
    throw new GoldFormatError(`${file}: not valid JSON`);
  }
  for (const key of ['entities', 'quotes', 'events'] as const) {
    if (!Array.isArray(gold?.[key])) throw new GoldFormatError(`${file}: /${key} must be an array`);
  }
  return gold as GoldFile;
}
