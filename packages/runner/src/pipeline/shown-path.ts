import { join, relative } from 'node:path';

/** A pipeline file as the user can find it: relative to the working folder, wherever the pipeline lives. */
export function shownPath(dir: string, rel: string): string {
  return relative(process.cwd(), join(dir, rel)) || rel;
}
