import { type PublishResult, ReleaseError, ReleaseStream, type StreamPublishInput } from '@newsfacts/publish';
import { articleError, documentOf, type SkipReporter, toStderr } from '../corpus/assemble-dataset.js';
import type { CorpusEntry } from '../corpus/corpus-entry.js';
import { EXIT, RunError } from '../run-error.js';
import type { Pipeline } from './load-pipeline.js';

/**
 * Corpus pipelines stream their release (memory grows with distinct entities, not with articles or
 * mentions) unless they have curation entries: curation edits the merged dataset, so it is built in
 * memory then. `--in-memory` asks for the in-memory build anyway.
 */
export function streamsRelease(p: Pipeline, inMemory = false): boolean {
  return (
    !inMemory &&
    p.config.sources.some((s) => 'corpus' in s) &&
    p.curation.every((f) => f.data.entries.length === 0)
  );
}

/**
 * Entries in input order → a release written while they come. `release` is called once every entry was
 * read (the inputs hash is complete then).
 */
export async function publishStreamed(
  datasetsDir: string,
  pipeline: Pipeline,
  entries: AsyncIterable<CorpusEntry>,
  release: () => Omit<StreamPublishInput, 'name' | 'meta'>,
  onSkip: SkipReporter = toStderr,
): Promise<{ result: PublishResult; articles: number }> {
  const stream = await ReleaseStream.open(datasetsDir, pipeline.name).catch(asRunError);
  try {
    for await (const e of entries) {
      try {
        if (e.kind === 'document' && e.rows) stream.addRows(e.rows, e.text);
        else {
          const doc = documentOf(e, onSkip);
          if (doc) stream.add(doc, (e as { text: string }).text);
        }
      } catch (err) {
        throw articleError(err, e.label, pipeline.name);
      }
      await stream.throttle();
    }
  } catch (e) {
    await stream.abort();
    throw e;
  }
  const articles = stream.articles;
  const result = await stream
    .publish({ name: pipeline.name, meta: pipeline.config.dataset, ...release() })
    .catch(asRunError);
  return { result, articles };
}

function asRunError(e: unknown): never {
  if (e instanceof ReleaseError) throw new RunError(e.message, EXIT.usage, e.code);
  throw e;
}
