import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildReleaseFiles, loadVersions, readRelease } from '@newsfacts/publish';
import { buildDataset, loadPipeline, resolvePipelineDir } from '@newsfacts/runner';
import { EXIT } from '../errors.js';
import { datasetsDirOf, findRoot } from '../paths.js';

interface CheckResult {
  pipeline: string;
  version: string | null;
  ok: boolean;
  differing: string[];
  message: string;
}

function epochOf(created: string | null): number | null {
  return created === null ? null : Date.parse(`${created}T00:00:00Z`) / 1000;
}

/** Does the latest committed release equal, byte for byte, what the code produces now? */
async function checkPipeline(arg: string, datasets?: string): Promise<CheckResult> {
  const root = findRoot();
  const pipeline = loadPipeline(resolvePipelineDir(arg, root));
  const datasetDir = join(datasetsDirOf(datasets, root), pipeline.name);
  const index = await loadVersions(datasetDir, pipeline.name);
  const latest = index.versions.at(-1)?.version ?? null;
  if (!latest) {
    return {
      pipeline: pipeline.name,
      version: null,
      ok: false,
      differing: [],
      message: 'no release published yet: run `newsfacts run`',
    };
  }
  const published = await readRelease(join(datasetDir, latest));
  const position = index.versions.findIndex((v) => v.version === latest);
  const before = index.versions[position - 1];
  const previous = before ? await readRelease(join(datasetDir, before.version)) : null;
  const built = await buildDataset(pipeline);
  const files = await buildReleaseFiles({
    name: pipeline.name,
    meta: pipeline.config.dataset,
    dataset: built.dataset,
    texts: built.texts,
    inputsSha256: built.inputsSha256,
    version: latest,
    previous,
    sourceDateEpoch: epochOf(published.manifest.created),
  });
  const differing = [...new Set([...files.keys(), ...published.files.keys()])]
    .filter((path) => {
      const a = files.get(path);
      const b = published.files.get(path);
      return !a || !b || Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;
    })
    .sort();
  const ok = differing.length === 0;
  return {
    pipeline: pipeline.name,
    version: latest,
    ok,
    differing,
    message: ok
      ? `${latest} is what the code produces now`
      : `${latest} differs from what the code produces now (${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''}); publish a new version with \`newsfacts run ${pipeline.name}\` — never rewrite a published one`,
  };
}

export async function checkCommand(
  pipelines: string[],
  opts: { datasets?: string; json?: boolean },
): Promise<number> {
  const root = findRoot();
  const names = pipelines.length > 0 ? pipelines : readdirSync(join(root, 'pipelines')).sort();
  const results: CheckResult[] = [];
  for (const name of names) results.push(await checkPipeline(name, opts.datasets));
  if (opts.json) console.log(JSON.stringify(results, null, 2));
  else for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.pipeline}: ${r.message}`);
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.invalid;
}
