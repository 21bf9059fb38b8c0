import { CurationPlan } from '@newsfacts/normalize';
import { type PublishResult, ReleaseError, ReleaseStream, type StreamPublishInput } from '@newsfacts/publish';
import { articleError, documentOf, type SkipReporter, toStderr } from '../corpus/assemble-dataset.js';
import type { CorpusEntry } from '../corpus/corpus-entry.js';
import { EXIT, RunError } from '../run-error.js';
import type { Pipeline } from './load-pipeline.js';
import { StreamCuration } from './stream-curation.js';

/**
 * Corpus pipelines stream their release (memory grows with distinct entities and with what curation
 * names, not with articles or mentions; curation is applied per record, StreamCuration).
 * `--in-memory` asks for the in-memory build anyway.
 */
export function streamsRelease(p: Pipeline, inMemory = false): boolean {
  return !inMemory && p.config.sources.some((s) => 'corpus' in s);
}

/** Whether the pipeline's curation has entries (its articles then come as documents, not rows). */
export function curated(p: Pipeline): boolean {
  return p.curation.some((f) => f.data.entries.length > 0);
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
  const plan = new CurationPlan(pipeline.curation);
  const curation = plan.active ? new StreamCuration(pipeline, plan, stream) : null;
  try {
    for await (const e of entries) {
      try {
        if (e.kind === 'document' && e.rows) {
          if (curation) throw new Error('bug: encoded rows for a curated release');
          stream.addRows(e.rows, e.text);
        } else {
          const doc = documentOf(e, onSkip);
          const text = (e as { text: string }).text;
          if (doc && curation) curation.add(doc, text, e.label);
          else if (doc) stream.add(doc, text);
        }
      } catch (err) {
        throw articleError(err, e.label, pipeline.name);
      }
    }
    curation?.finish();
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
