import type { ValidationReport } from '@newsfacts/schemas';
import { PROBLEM_CATALOG, type ProblemCode } from './catalog.js';

export type Problem = ValidationReport['problems'][number];

/** Where a problem is; every field defaults to null. */
export interface Location {
  file?: string | null;
  record?: string | null;
  pointer?: string | null;
  row?: number | null;
  column?: string | null;
}

export type Params = Record<string, string | number | null | undefined>;

function render(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** Make a problem from its catalog code: severity and message come from the catalog. */
export function makeProblem(code: ProblemCode, at: Location, params: Params = {}): Problem {
  const entry = PROBLEM_CATALOG[code];
  return {
    code,
    severity: entry.severity,
    file: at.file ?? null,
    record: at.record ?? null,
    pointer: at.pointer ?? null,
    row: at.row ?? null,
    column: at.column ?? null,
    message: render(entry.message, params),
  };
}

/** Escape one JSON Pointer reference token (RFC 6901). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Shorten a value for a one-line message. */
export function quoteShort(s: string, max = 60): string {
  const cps = Array.from(s);
  return JSON.stringify(cps.length > max ? `${cps.slice(0, max).join('')}…` : s);
}
