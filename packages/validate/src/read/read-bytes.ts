import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../limits.js';
import { makeProblem, type Problem } from '../problem.js';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Problem };

function errnoOf(err: unknown): string {
  return (err as NodeJS.ErrnoException | null)?.code ?? '';
}

/** Read a regular file's bytes, refusing missing, unreadable, empty and oversized files (size checked first). */
export function readBytes(
  path: string,
  opts: { maxBytes?: number; allowEmpty?: boolean; label?: string } = {},
): Read<Buffer> {
  const label = opts.label ?? path;
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  const at = { file: label };
  try {
    const st = statSync(path);
    if (!st.isFile())
      return {
        ok: false,
        problem: makeProblem('input/unreadable', at, { path: label, detail: 'not a regular file' }),
      };
    if (st.size > maxBytes)
      return {
        ok: false,
        problem: makeProblem('input/too-large', at, { path: label, bytes: st.size, limit: maxBytes }),
      };
    if (st.size === 0 && !opts.allowEmpty)
      return { ok: false, problem: makeProblem('input/empty', at, { path: label }) };
    return { ok: true, value: readFileSync(path) };
  } catch (err) {
    const code = errnoOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { ok: false, problem: makeProblem('input/not-found', at, { path: label }) };
    return {
      ok: false,
      problem: makeProblem('input/unreadable', at, { path: label, detail: code || String(err) }),
    };
  }
}
