import { type Dataset, type Texts, type ValidationReport, validatorFor } from '@newsfacts/schemas';
import { checkDataset } from '../dataset/check-dataset.js';
import type { Locate } from '../dataset/context.js';
import type { Problem } from '../problem.js';
import { makeReport } from '../report.js';
import { checkValue } from '../schema/check-value.js';

function listOf(doc: Record<string, unknown>, key: string): never[] {
  const value = doc[key];
  return (Array.isArray(value) ? value : []) as never[];
}

/**
 * Validate an extraction document (what `newsfacts extract` prints): its schema, then the cross-record and,
 * when the text is given, span checks. Pointers are into the document (`/source`, `/quotes/3/…`).
 */
export function validateDocument(
  doc: unknown,
  text?: string,
  opts: { file?: string } = {},
): ValidationReport {
  const file = opts.file ?? null;
  const problems: Problem[] = [];
  checkValue(validatorFor('extraction-document'), doc, { file }, '', problems);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return makeReport(problems);
  const d = doc as Record<string, unknown>;
  const dataset: Dataset = {
    sources: d.source === undefined ? [] : [d.source as never],
    entities: listOf(d, 'entities'),
    quotes: listOf(d, 'quotes'),
    events: listOf(d, 'events'),
    relations: listOf(d, 'relations'),
    redirects: [],
  };
  const locate: Locate = (kind, index, rest, record) => ({
    file,
    record,
    pointer: kind === 'sources' ? `/source${rest}` : `/${kind}/${index}${rest}`,
  });
  const sourceId = (d.source as { id?: unknown } | undefined)?.id;
  const texts: Texts = new Map(text !== undefined && typeof sourceId === 'string' ? [[sourceId, text]] : []);
  problems.push(...checkDataset(dataset, texts, { locate, reportSchema: false }));
  return makeReport(problems);
}
