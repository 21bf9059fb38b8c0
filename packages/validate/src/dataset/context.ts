import type { CodePointText } from '@newsfacts/evidence';
import type { Dataset } from '@newsfacts/schemas';
import type { Location, Problem } from '../problem.js';

export type Kind = keyof Dataset;

/**
 * Where a record is, for a problem: `rest` is a JSON Pointer inside the record and `record` the most specific
 * id (a mention's own id for a mention). Releases map this to their table files; documents to `/source`.
 */
export type Locate = (kind: Kind, index: number, rest: string, record: string | null) => Location;

export interface SourceInfo {
  length: number;
  published: string | null;
  /** The text when supplied; null when only the recorded length is known. */
  text: CodePointText | null;
  /** The text was supplied and matches, but was not kept (`text` is null): the streaming check reloads it. */
  matched?: boolean;
}

export interface DatasetContext {
  locate: Locate;
  problems: Problem[];
  /** Records that failed their schema: left out of cross-record checks so they cannot crash them. */
  invalid: Record<Kind, Set<number>>;
  entityIds: Set<string>;
  eventIds: Set<string>;
  sources: Map<string, SourceInfo>;
}

/** No record marked invalid yet. */
export function emptyInvalid(): DatasetContext['invalid'] {
  return {
    sources: new Set(),
    entities: new Set(),
    quotes: new Set(),
    events: new Set(),
    relations: new Set(),
    redirects: new Set(),
  };
}

export function defaultLocate(file: string | null): Locate {
  return (kind, index, rest, record) => ({ file, record, pointer: `/${kind}/${index}${rest}` });
}

/** The record's id when it is a string (records that failed their schema may not have one). */
export function idOf(record: unknown): string | null {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}
