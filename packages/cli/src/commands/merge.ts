import { resolve } from 'node:path';
import type { PublishResult } from '@newsfacts/publish';
import {
  checkPartials,
  DatasetAssembler,
  emptyStats,
  finishDataset,
  loadPipeline,
  mergeEntries,
  resolvePipelineDir,
  streamsRelease,
} from '@newsfacts/runner';
import { EXIT } from '../errors.js';
import { findRoot } from '../paths.js';
import { declaredSha256, printResult, publishBuilt, publishEntries, type RunOptions } from './run.js';

/** Combine the partial results of `run --shard k/n` (every k) into the release a single run makes. */
export async function mergeCommand(arg: string, partials: string[], opts: RunOptions): Promise<number> {
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  const dirs = partials.map((d) => resolve(d));
  const headers = checkPartials(dirs, pipeline.name, declaredSha256(pipeline));
  const first = headers[0]!;
  const stats = emptyStats();
  for (const h of headers) {
    for (const k of Object.keys(stats) as (keyof typeof stats)[])
      stats[k] += k === 'articles' ? 0 : h.stats[k];
  }
  stats.articles = first.stats.articles;
  let result: PublishResult;
  if (streamsRelease(pipeline, opts.inMemory)) {
    const entries = mergeEntries(dirs);
    ({ result } = await publishEntries(root, pipeline, entries, () => first.inputs_sha256, opts, first.code));
  } else {
    const assembler = new DatasetAssembler();
    for await (const e of mergeEntries(dirs)) assembler.add(e);
    const dataset = finishDataset(pipeline, assembler);
    const built = { dataset, texts: assembler.texts, inputsSha256: first.inputs_sha256 };
    result = await publishBuilt(root, pipeline, built, opts, first.code);
  }
  printResult({ ...result, upToDate: false, stats }, opts.json);
  return EXIT.ok;
}
