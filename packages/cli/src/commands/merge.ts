import { resolve } from 'node:path';
import { loadPipeline, mergeShards, resolvePipelineDir } from '@newsfacts/runner';
import { EXIT } from '../errors.js';
import { findRoot } from '../paths.js';
import { printResult } from '../print-run.js';
import { type RunOptions, runSettings } from '../run-settings.js';

/** Combine the partial results of `run --shard k/n` (every k) into the release a single run makes. */
export async function mergeCommand(arg: string, partials: string[], opts: RunOptions): Promise<number> {
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  const result = await mergeShards(
    pipeline,
    partials.map((d) => resolve(d)),
    runSettings(root, pipeline, opts),
  );
  printResult(result, opts.json);
  return EXIT.ok;
}
