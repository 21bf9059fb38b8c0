import { DatasetMerger } from '@newsfacts/normalize';
import { ReleaseError, sourceRepeat } from '@newsfacts/publish';
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

/** A release error of an article's records, as the run reports it (nothing was published). */
export function articleError(err: unknown, label: string, pipeline: string): unknown {
  if (!(err instanceof ReleaseError)) return err;
  if (err.code === 'release/duplicate-source')
    return new RunError(`${label}: ${err.detail}`, EXIT.usage, 'pipeline/duplicate-source');
  return new RunError(
    `pipeline '${pipeline}' produced invalid records at ${label}, nothing was published: ${err.message}`,
    EXIT.invalid,
    'pipeline/invalid',
  );
}

/**
 * Folds entries, in input order, into one merged dataset in memory and the texts of its sources. A
 * duplicate is kept as a source without records; the same source id with the same text is dropped.
 */
export class DatasetAssembler {
  private readonly merger = new DatasetMerger();
  readonly texts = new Map<string, string>();
  private readonly sha256s = new Map<string, string>();
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
    try {
      if (sourceRepeat(id, this.sha256s.get(id), doc.source.sha256) === 'repeat') return;
    } catch (err) {
      throw articleError(err, e.label, '');
    }
    this.sha256s.set(id, doc.source.sha256);
    this.texts.set(id, text);
    this.merger.add(doc);
    this.articles++;
  }

  build() {
    return this.merger.build();
  }
}
