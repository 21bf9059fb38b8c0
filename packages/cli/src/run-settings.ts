import { defaultWorkers, type Pipeline, type RunSettings } from '@newsfacts/runner';
import { CliError, EXIT } from './errors.js';
import { makeProgress } from './output.js';
import { datasetsDirOf } from './paths.js';

/** The options `run`, `merge` and `release` share. */
export interface RunOptions {
  datasets?: string;
  version?: string;
  json?: boolean;
  force?: boolean;
  quiet?: boolean;
  /** Worker threads (default: available cores for corpus pipelines, 1 for single articles). */
  workers?: string;
  /** `false` with --no-cache. */
  cache?: boolean;
  /** Build the whole dataset in memory even for a corpus (the streamed release is the default). */
  inMemory?: boolean;
}

function sourceDateEpoch(): number | null {
  const raw = process.env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return null;
  if (!/^[0-9]+$/.test(raw))
    throw new CliError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got '${raw}'`);
  return Number(raw);
}

function workerCount(raw: string | undefined, p: Pipeline): number {
  if (raw === undefined) return defaultWorkers(p);
  if (!/^[1-9][0-9]{0,2}$/.test(raw))
    throw new CliError(
      `--workers must be a whole number from 1 to 999, got '${raw}'`,
      EXIT.usage,
      'usage/workers',
    );
  return Number(raw);
}

/** The runner's settings from the command's options and the environment (SOURCE_DATE_EPOCH). */
export function runSettings(root: string, p: Pipeline, opts: RunOptions): RunSettings {
  return {
    root,
    datasetsDir: datasetsDirOf(opts.datasets, root),
    version: opts.version,
    force: opts.force,
    workers: workerCount(opts.workers, p),
    cache: opts.cache !== false,
    inMemory: opts.inMemory,
    sourceDateEpoch: sourceDateEpoch(),
    progress: makeProgress(null, opts.quiet || opts.json === true),
  };
}
