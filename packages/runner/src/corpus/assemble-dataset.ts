import { DatasetMerger } from '@newsfacts/normalize';
import { type ExtractionDocument, SCHEMA_VERSION } from '@newsfacts/schemas';
import { EXIT, RunError } from '../run-error.js';
import type { CorpusEntry } from './corpus-entry.js';

/** Where skipped articles are reported: one line each on stderr by default. */
export type SkipReporter = (label: string, reason: string) => void;

export const toStderr: SkipReporter = (label, reason) =>
  process.stderr.write(`newsfacts: ${label}: skipped, ${reason}\n`);

/** An entry's document: parsed, or a duplicate's source without records; null for a skipped article. */
export function documentOf(e: CorpusEntry, onSkip: SkipReporter): ExtractionDocument | null {
  if (e.kind === 'skipped') {
    onSkip(e.label, e.reason);
    return null;
  }
  if (e.kind === 'document') {
    if (e.json === null) throw new Error('bug: an encoded entry has no document');
    return JSON.parse(e.json) as ExtractionDocument;
  }
  return {
    schema_version: SCHEMA_VERSION,
    source: e.source,
    entities: [],
    quotes: [],
    events: [],
    relations: [],
  };
}

const sourceIdConflict = (label: string, id: string) =>
  new RunError(
    `${label}: source id '${id}' is used by two different texts`,
    EXIT.usage,
    'pipeline/duplicate-source',
  );

/**
 * Folds entries, in input order, into one merged dataset in memory and the texts of its sources. A
 * duplicate is kept as a source without records; the same source id with the same text is dropped.
 */
export class DatasetAssembler {
  private readonly merger = new DatasetMerger();
  readonly texts = new Map<string, string>();
  articles = 0;
  skipped = 0;

  constructor(private readonly onSkip: SkipReporter = toStderr) {}

  add(e: CorpusEntry): void {
    const doc = documentOf(e, this.onSkip);
    if (!doc) {
      this.skipped++;
      return;
    }
    const text = (e as { text: string }).text;
    const id = doc.source.id;
    const previous = this.texts.get(id);
    if (previous !== undefined) {
      if (previous === text) return; // the same article twice
      throw sourceIdConflict(e.label, id);
    }
    this.texts.set(id, text);
    this.merger.add(doc);
    this.articles++;
  }

  build() {
    return this.merger.build();
  }
}
