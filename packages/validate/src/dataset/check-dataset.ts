import type { Dataset, Texts } from '@newsfacts/schemas';
import type { Problem } from '../problem.js';
import { checkCycles } from './check-cycles.js';
import { checkDates } from './check-dates.js';
import { checkIds } from './check-ids.js';
import { checkRefs } from './check-refs.js';
import { checkSchemas } from './check-schemas.js';
import { checkSources } from './check-sources.js';
import { checkSpans } from './check-spans.js';
import { type DatasetContext, defaultLocate, emptyInvalid, type Locate } from './context.js';

export interface CheckDatasetOptions {
  file?: string | null;
  locate?: Locate;
  /** false when the caller already reported schema problems (records are still screened). */
  reportSchema?: boolean;
}

/** Schema, id, reference, source, span, date and cycle checks over a dataset: one pass per check, Maps only. */
export function checkDataset(ds: Dataset, texts: Texts, opts: CheckDatasetOptions = {}): Problem[] {
  const ctx: DatasetContext = {
    locate: opts.locate ?? defaultLocate(opts.file ?? null),
    problems: [],
    invalid: emptyInvalid(),
    entityIds: new Set(),
    eventIds: new Set(),
    sources: new Map(),
  };
  checkSchemas(ds, ctx, opts.reportSchema ?? true);
  checkIds(ds, ctx);
  checkRefs(ds, ctx);
  checkSources(ds, texts, ctx);
  checkSpans(ds, ctx);
  checkDates(ds, ctx);
  checkCycles(ds, ctx);
  return ctx.problems;
}
