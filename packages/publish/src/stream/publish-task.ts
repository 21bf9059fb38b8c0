import type { FileEntry } from '../file-entry.js';
import { ReleaseError } from '../release-error.js';
import { checkHashes } from './check-folder.js';
import { type CopyJob, copyRelations, copySourceTable, copyTexts, type TableFiles } from './copy-tables.js';

/** What a publish worker is asked: write the texts, copy one table, or read written files back. */
export type PublishTask =
  | { task: 'texts'; job: Pick<CopyJob, 'staging' | 'texts'> }
  | { task: 'table'; job: TableFiles; table: CopyJob['tables'][number] }
  | { task: 'relations'; job: TableFiles & Pick<CopyJob, 'relations'> }
  | { task: 'verify'; dir: string; files: [string, string][] };

/** A copied table: its files, its JSON Lines file, and (relations) the rows the page shows. */
export interface CopiedTable {
  entries: FileEntry[];
  rows: string | null;
  page?: unknown[];
}

/** A failure as it crosses threads: a ReleaseError keeps its code, a file-system error its errno code. */
export interface TaskError {
  release: boolean;
  code?: string;
  message: string;
  path?: string;
  syscall?: string;
}

export function runPublishTask(t: PublishTask): CopiedTable | string | null {
  if (t.task === 'table') return copySourceTable(t.job, t.table);
  if (t.task === 'relations') return copyRelations(t.job);
  if (t.task === 'texts') {
    copyTexts(t.job);
    return null;
  }
  return checkHashes(t.dir, t.files);
}

export function taskError(e: unknown): TaskError {
  if (e instanceof ReleaseError) return { release: true, code: e.code, message: e.detail };
  const err = e as NodeJS.ErrnoException;
  return {
    release: false,
    message: err?.message ?? String(e),
    ...(typeof err?.code === 'string' ? { code: err.code } : {}),
    ...(err?.path ? { path: err.path } : {}),
    ...(err?.syscall ? { syscall: err.syscall } : {}),
  };
}

/** The error again on this side, as withIoErrors and the callers expect it. */
export function rebuildError(t: TaskError): Error {
  if (t.release) return new ReleaseError(t.code as ReleaseError['code'], t.message);
  return Object.assign(new Error(t.message), { code: t.code, path: t.path, syscall: t.syscall });
}
