import { DatasetMerger } from '@newsfacts/normalize';
import { type ExtractionDocument, SCHEMA_VERSION } from '@newsfacts/schemas';
import { CliError, EXIT } from '../errors.js';
import type { CorpusEntry } from './corpus-entry.js';

/** Where skipped articles are reported: one line each on stderr by default. */
export type SkipReporter = (label: string, reason: string) => void;

const toStderr: SkipReporter = (label, reason) =>
  process.stderr.write(`newsfacts: ${label}: skipped, ${reason}\n`);

/**
 * Folds entries, in input order, into one merged dataset and the texts of its sources. A duplicate is
 * kept as a source without records; the same source id with the same text again is dropped.
 */
export class DatasetAssembler {
  private readonly merger = new DatasetMerger();
  readonly texts = new Map<string, string>();
  articles = 0;
  skipped = 0;

  constructor(private readonly onSkip: SkipReporter = toStderr) {}

  add(e: CorpusEntry): void {
    if (e.kind === 'skipped') {
      this.skipped++;
      this.onSkip(e.label, e.reason);
      return;
    }
    const doc: ExtractionDocument =
      e.kind === 'document'
        ? JSON.parse(e.json)
        : {
            schema_version: SCHEMA_VERSION,
            source: e.source,
            entities: [],
            quotes: [],
            events: [],
            relations: [],
          };
    const id = doc.source.id;
    const previous = this.texts.get(id);
    if (previous !== undefined) {
      if (previous === e.text) return; // the same article twice
      throw new CliError(
        `${e.label}: source id '${id}' is used by two different texts`,
        EXIT.usage,
        'pipeline/duplicate-source',
      );
    }
    this.texts.set(id, e.text);
    this.merger.add(doc);
    this.articles++;
  }

  build() {
    return this.merger.build();
  }
}
