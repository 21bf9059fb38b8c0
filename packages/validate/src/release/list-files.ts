import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeProblem, type Problem } from '../problem.js';

/** Regular files of a release (path with '/' → size). Links are reported, never followed. */
export function listFiles(dir: string, out: Problem[]): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(join(dir, rel)).sort();
    } catch (err) {
      const detail = (err as NodeJS.ErrnoException).code ?? String(err);
      out.push(makeProblem('input/unreadable', { file: rel || '.' }, { path: rel || dir, detail }));
      return;
    }
    for (const name of names) {
      const path = rel ? `${rel}/${name}` : name;
      let st: ReturnType<typeof lstatSync>;
      try {
        st = lstatSync(join(dir, path));
      } catch (err) {
        const detail = (err as NodeJS.ErrnoException).code ?? String(err);
        out.push(makeProblem('input/unreadable', { file: path }, { path, detail }));
        continue;
      }
      if (st.isSymbolicLink()) out.push(makeProblem('release/symlink', { file: path }, { path }));
      else if (st.isDirectory()) walk(path);
      else if (st.isFile()) files.set(path, st.size);
      else out.push(makeProblem('release/not-a-file', { file: path }, { path }));
    }
  };
  walk('');
  return files;
}
