import { relative } from 'node:path';
import { readRelease, withdrawVersion } from '@newsfacts/publish';
import { loadPipeline, resolvePipelineDir, runPipeline } from '@newsfacts/runner';
import { CliError, EXIT } from '../errors.js';
import { datasetsDirOf, findRoot } from '../paths.js';
import { runSettings } from '../run-settings.js';

export interface ReleaseOptions {
  datasets?: string;
  version?: string;
  withdraw?: string;
  reason?: string;
  json?: boolean;
}

/** Publish a new version (printing its folder and files, for attaching them), or withdraw one. */
export async function releaseCommand(arg: string, opts: ReleaseOptions): Promise<number> {
  if (opts.withdraw !== undefined) {
    if (!opts.reason) throw new CliError('--withdraw needs --reason "<why the version is wrong>"');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(arg))
      throw new CliError(`withdraw takes a dataset name, got '${arg}'`);
    await withdrawVersion(datasetsDirOf(opts.datasets, findRoot()), arg, opts.withdraw, opts.reason);
    console.log(`${arg} ${opts.withdraw} withdrawn: ${opts.reason}`);
    return EXIT.ok;
  }
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  const r = await runPipeline(pipeline, runSettings(root, pipeline, { ...opts, force: true, quiet: true }));
  const snapshot = await readRelease(r.dir);
  const files = [...snapshot.files.keys(), 'manifest.json', 'SHA256SUMS']
    .filter((v, i, a) => a.indexOf(v) === i)
    .sort();
  if (opts.json) {
    console.log(
      JSON.stringify(
        { status: r.status, version: r.version, dir: r.dir, root_sha256: r.rootSha256, files },
        null,
        2,
      ),
    );
  } else {
    console.log(`${r.version} ${r.status}: ${relative(process.cwd(), r.dir)} (root sha256 ${r.rootSha256})`);
    for (const f of files) console.log(`  ${f}`);
  }
  return EXIT.ok;
}
