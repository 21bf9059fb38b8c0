import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldSet, PloverCase } from './gold.js';
import { GoldFormatError } from './gold-format-error.js';
import { loadGoldDir } from './load-gold-dir.js';

const PLOVER_FILE = 'cases.jsonl';

/** A folder with `cases.jsonl` is a PLOVER sentence set; otherwise its `<name>.txt` + `<name>.gold.json` pairs. */
export function loadGoldSet(dir: string): GoldSet {
  const cases = join(dir, PLOVER_FILE);
  if (existsSync(cases)) return { kind: 'plover', cases: readPloverCases(cases) };
  return { kind: 'articles', articles: loadGoldDir(dir) };
}

function readPloverCases(file: string): PloverCase[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  return lines.flatMap((line, i) => (line.trim() === '' ? [] : [parseCase(line, `${file}:${i + 1}`)]));
}

function parseCase(line: string, where: string): PloverCase {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new GoldFormatError(`${where}: not valid JSON`);
  }
  const c = value as Partial<PloverCase> | null;
  for (const key of ['id', 'text', 'type'] as const) {
    if (typeof c?.[key] !== 'string' || c[key] === '') {
      throw new GoldFormatError(`${where}: "${key}" must be a non-empty string`);
    }
  }
  return { id: c!.id!, text: c!.text!, type: c!.type! };
}
