import { join, relative, resolve } from 'node:path';
import { loadPipeline, parseShard, resolvePipelineDir, runPipeline, runShard } from '@newsfacts/runner';
import { EXIT } from '../errors.js';
import { findRoot } from '../paths.js';
import { describeStats, printResult } from '../print-run.js';
import { type RunOptions, runSettings } from '../run-settings.js';

export interface RunCommandOptions extends RunOptions {
  /** `k/n`: process one slice and write a partial result instead of publishing. */
  shard?: string;
  /** Folder of the partial result (with --shard). */
  out?: string;
}

/** `run --shard k/n`: one slice of the corpus as a partial result (no release). */
async function shardCommand(arg: string, opts: RunCommandOptions): Promise<number> {
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  const shard = parseShard(opts.shard ?? '');
  const dir = resolve(
    opts.out ??
      join(root, '.cache', 'newsfacts', 'partials', `${pipeline.name}-${shard.index}-of-${shard.count}`),
  );
  const stats = await runShard(pipeline, shard, dir, runSettings(root, pipeline, opts));
  const name = `${shard.index}/${shard.count}`;
  if (opts.json)
    console.log(JSON.stringify({ status: 'partial', shard: name, dir, articles: stats }, null, 2));
  else {
    console.log(`shard ${name}: partial result in ${relative(process.cwd(), dir) || '.'}`);
    console.log(describeStats(stats));
  }
  return EXIT.ok;
}

export async function runCommand(arg: string, opts: RunCommandOptions): Promise<number> {
  if (opts.shard !== undefined) return shardCommand(arg, opts);
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  printResult(await runPipeline(pipeline, runSettings(root, pipeline, opts)), opts.json);
  return EXIT.ok;
}
