import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, by its path relative to it, with its bytes as latin1 (for byte-for-byte comparisons). */
export function tree(dir: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of tree(dir, path)) out.set(k, v);
    else out.set(path, readFileSync(join(dir, path), 'latin1'));
  }
  return out;
}
