import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '@newsfacts/schemas';
import { toRows } from '@newsfacts/tables';
import { validateDataset, validateRelease } from '@newsfacts/validate';
import { buildReleaseFiles, currentColumns, withCarriedRedirects } from './build-release-files.js';
import {
  commitRelease,
  type PublishOptions,
  type PublishResult,
  type PublishStage,
  type StagedRelease,
  type WrittenRelease,
} from './commit-release.js';
import { diffReleases, type ReleaseDiff, summarizeDiff } from './diff-releases.js';
import { readFiles } from './read-files.js';
import { readRelease } from './read-release.js';
import { ReleaseError } from './release-error.js';
import type { ReleaseInput } from './release-input.js';
import type { ReleaseSnapshot } from './release-snapshot.js';
import { removeStaleTemps } from './remove-stale-temps.js';
import { assertDatasetName, assertVersion } from './semver.js';
import { summarizeReport } from './summarize-report.js';
import { textPathFor } from './text-path.js';
import { withIoErrors } from './with-io-errors.js';
import { tempName, writeFolder } from './write-atomic.js';

function sameFiles(a: ReadonlyMap<string, Uint8Array>, b: ReadonlyMap<string, Uint8Array>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (!other || Buffer.compare(Buffer.from(bytes), Buffer.from(other)) !== 0) return false;
  }
  return true;
}

/** A dataset held in memory, staged for commitRelease: every file is built at once. */
/** The previous release read back, and the diff against it. */
interface MemoryDiff {
  previous: ReleaseSnapshot | null;
  diff: ReleaseDiff;
}

class MemoryStaged implements StagedRelease<MemoryDiff> {
  /** The temporary folder once written (removed by the caller whatever happens). */
  tmp: string | null = null;

  constructor(
    private readonly input: ReleaseInput,
    private readonly datasetDir: string,
  ) {}

  async matchesPublished(version: string, base: string | null, dir: string): Promise<boolean> {
    const previous = base ? await readRelease(base) : null;
    const built = await buildReleaseFiles({ ...this.input, version, previous });
    return sameFiles(built, await readFiles(dir));
  }

  async diff(base: string | null): Promise<MemoryDiff> {
    const previous = base ? await readRelease(base) : null;
    const dataset = withCarriedRedirects(this.input.dataset, previous);
    const textPaths = new Map(
      dataset.sources.map((s) => [s.id, s.redistributable ? textPathFor(s.id) : null]),
    );
    return {
      previous,
      diff: diffReleases(previous, { tables: toRows(dataset, textPaths), columns: currentColumns() }),
    };
  }

  summarize(d: MemoryDiff) {
    return summarizeDiff(d.diff);
  }

  async write(version: string, d: MemoryDiff, stage: (s: PublishStage) => void): Promise<WrittenRelease> {
    const files = await buildReleaseFiles({ ...this.input, version, previous: d.previous });
    stage('built');
    this.tmp = join(this.datasetDir, tempName(version));
    await writeFolder(this.tmp, files);
    stage('written');
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8')) as Manifest;
    return { dir: this.tmp, sums: files.get('SHA256SUMS')!, counts: manifest.counts };
  }

  async check(written: WrittenRelease): Promise<string | null> {
    const report = await validateRelease(written.dir, { texts: this.input.texts });
    return report.valid ? null : summarizeReport(report);
  }
}

/**
 * Publish a dataset held in memory as datasets/<name>/<version>/: validate the records, build every
 * file, write them to a temp folder beside the target, then commitRelease (validate the folder, rename
 * it into place, update the indexes). A kill at any moment leaves whole versions only.
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
    const datasetDir = join(datasetsDir, input.name);
    await mkdir(datasetDir, { recursive: true });
    await removeStaleTemps(datasetDir);
    const staged = new MemoryStaged(input, datasetDir);
    try {
      return await commitRelease({ datasetsDir, ...input }, staged, options);
    } finally {
      if (staged.tmp) await rm(staged.tmp, { recursive: true, force: true });
    }
  });
}
