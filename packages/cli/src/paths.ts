import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The project root: the nearest folder at or above cwd that has a pipelines/ folder (else cwd). */
export function findRoot(start = process.cwd()): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pipelines'))) return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}

export function datasetsDirOf(option: string | undefined, root: string): string {
  return option ? resolve(option) : join(root, 'datasets');
}
