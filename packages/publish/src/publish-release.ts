import { documentsOf } from '@newsfacts/normalize';
import { compareStrings } from '@newsfacts/tables';
import { validateDataset } from '@newsfacts/validate';
import type { PublishOptions, PublishResult } from './commit-release.js';
import { ReleaseError } from './release-error.js';
import type { ReleaseInput } from './release-input.js';
import { assertDatasetName, assertVersion } from './semver.js';
import { articleRows } from './stream/article-rows.js';
import { ReleaseStream } from './stream/release-stream.js';
import { summarizeReport } from './summarize-report.js';
import { withIoErrors } from './with-io-errors.js';

/**
 * Publish a dataset held in memory as datasets/<name>/<version>/: the records are validated as one
 * dataset (cross-article problems are named here), then streamed article by article through the corpus
 * writer (ReleaseStream), whose entity table and redirects are the dataset's own. One writer, one
 * publish protocol (commitRelease): a kill at any moment leaves whole versions only. The pure
 * buildReleaseFiles gives the same bytes (`newsfacts check` rebuilds releases with it).
 */
export function publishRelease(
  datasetsDir: string,
  input: ReleaseInput,
  options: PublishOptions = {},
): Promise<PublishResult> {
  return withIoErrors(async () => {
    assertDatasetName(input.name);
    if (input.version !== undefined) assertVersion(input.version);
    const report = validateDataset(input.dataset, input.texts);
    if (!report.valid)
      throw new ReleaseError('release/invalid-dataset', `${input.name}: ${summarizeReport(report)}`);
    const stream = await ReleaseStream.open(datasetsDir, input.name);
    try {
      // validated whole above: an event merged across articles has evidence in another one, which
      // validateArticle would refuse; the entity table is the dataset's, so nothing is tallied
      for (const doc of documentsOf(input.dataset))
        stream.addRows({ ...articleRows(doc), entities: [] }, input.texts.get(doc.source.id)!);
    } catch (e) {
      await stream.abort();
      throw e;
    }
    stream.curated = {
      entities: [...input.dataset.entities]
        .sort((a, b) => compareStrings(a.id, b.id))
        .map((entity) => ({ entity, mentionCount: entity.mentions.length })),
      redirects: input.dataset.redirects,
    };
    const { dataset: _dataset, texts: _texts, ...meta } = input;
    return await stream.publish(meta, options);
  });
}
