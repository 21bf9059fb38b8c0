import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadVersions, type PublishResult, publishRelease, ReleaseError } from '@newsfacts/publish';
import { CliError, EXIT } from '../errors.js';
import { color, makeProgress } from '../output.js';
import { datasetsDirOf, findRoot } from '../paths.js';
import { buildDataset, hashInputs } from '../pipeline/build-dataset.js';
import { codeFingerprint } from '../pipeline/fingerprint.js';
import { loadPipeline, resolvePipelineDir } from '../pipeline/load-pipeline.js';
import { describeChanges } from './describe-changes.js';

export interface RunOptions {
  datasets?: string;
  version?: string;
  json?: boolean;
  force?: boolean;
  quiet?: boolean;
}

function sourceDateEpoch(): number | null {
  const raw = process.env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return null;
  if (!/^[0-9]+$/.test(raw))
    throw new CliError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got '${raw}'`);
  return Number(raw);
}

/** Where the no-work key of the last successful run is kept (never published, not committed). */
function cacheFile(root: string, name: string): string {
  return join(root, '.cache', 'newsfacts', `${name}.run-key`);
}

function readKey(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Build and publish one pipeline's dataset: extract → normalize → validate → publish. */
export async function runPipeline(
  arg: string,
  opts: RunOptions,
): Promise<PublishResult & { upToDate: boolean }> {
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  const datasetsDir = datasetsDirOf(opts.datasets, root);
  const epoch = sourceDateEpoch();
  const keyPath = cacheFile(root, pipeline.name);
  const index = await loadVersions(join(datasetsDir, pipeline.name), pipeline.name).catch(() => null);
  if (!opts.force && !opts.version && index?.latest) {
    const key = `${hashInputs(pipeline)} ${codeFingerprint()} ${epoch ?? ''} ${index.latest}`;
    if (readKey(keyPath) === key) {
      const dir = join(datasetsDir, pipeline.name, index.latest);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const entry = index.versions.find((v) => v.version === index.latest);
      return {
        status: 'unchanged',
        upToDate: true,
        version: index.latest,
        dir,
        rootSha256: entry?.root_sha256 ?? '',
        counts: manifest.counts,
        changes: { from: index.latest, tables: [] },
      };
    }
  }
  const progress = makeProgress(null, opts.quiet || opts.json === true);
  const built = buildDataset(pipeline, progress);
  progress.done();
  let result: PublishResult;
  try {
    result = await publishRelease(datasetsDir, {
      name: pipeline.name,
      meta: pipeline.config.dataset,
      dataset: built.dataset,
      texts: built.texts,
      inputsSha256: built.inputsSha256,
      version: opts.version ?? pipeline.config.version,
      sourceDateEpoch: epoch,
    });
  } catch (e) {
    if (e instanceof ReleaseError) throw new CliError(e.message, EXIT.usage, e.code);
    throw e;
  }
  mkdirSync(join(root, '.cache', 'newsfacts'), { recursive: true });
  writeFileSync(keyPath, `${built.inputsSha256} ${codeFingerprint()} ${epoch ?? ''} ${result.version}\n`);
  return { ...result, upToDate: false };
}

export async function runCommand(arg: string, opts: RunOptions): Promise<number> {
  const r = await runPipeline(arg, opts);
  if (opts.json) {
    console.log(
      JSON.stringify(
        {
          status: r.status,
          version: r.version,
          dir: r.dir,
          root_sha256: r.rootSha256,
          counts: r.counts,
          changes: r.changes,
        },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  const where = relative(process.cwd(), r.dir) || '.';
  const state = r.upToDate
    ? 'up to date (no work done)'
    : r.status === 'published'
      ? color.green('published')
      : 'unchanged (identical to the latest release)';
  console.log(`${color.bold(`${r.version}`)} ${state}: ${where}`);
  console.log(`root sha256: ${r.rootSha256}`);
  console.log(
    `counts: ${Object.entries(r.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(describeChanges(r.changes));
  return EXIT.ok;
}
