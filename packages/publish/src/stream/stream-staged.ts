import { existsSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RedirectRow } from '@newsfacts/schemas';
import { readLines, STREAM_ABOVE_BYTES, validateRelease } from '@newsfacts/validate';
import type { TableCounts } from '../build-manifest.js';
import { buildReleaseDocs, type ReleaseDocsInput } from '../build-release-docs.js';
import type { PublishStage, StagedRelease, WrittenRelease } from '../commit-release.js';
import type { FileEntry } from '../file-entry.js';
import { summarizeReport } from '../summarize-report.js';
import { syncTree } from '../write-atomic.js';
import { baseRowFiles } from './base-rows.js';
import { carryStreamed } from './carry-stream.js';
import {
  type ChangeSet,
  diffAgainst,
  type RowFiles,
  rowFile,
  summarizeChanges,
  writeChangelog,
} from './diff-stream.js';
import { HashingWriter } from './hashing-writer.js';
import type { RedirectsTable } from './redirect-rows.js';
import { verifyInWorkers } from './run-in-worker.js';

/**
 * Parquet tables hold about a tenth of the bytes of the same rows as JSON Lines (docs/scale.md): a
 * Parquet table counts that much towards the size above which the read-back is a checksum check.
 */
const PARQUET_RATIO = 10;

/** The rows of a redirects table's JSON Lines (none when the release has no such file). */
function redirectRows(path: string): RedirectRow[] {
  if (!existsSync(path)) return [];
  return Array.from(readLines(path), (line) => JSON.parse(line) as RedirectRow);
}

/** The descriptive files' input, less what depends on the version. */
export type StreamDocsInput = Omit<ReleaseDocsInput, 'version' | 'changelog'>;

/**
 * A streamed release whose tables and texts are already in `staging`: the diff is streamed from the
 * previous release's files and only the descriptive files are built per version asked for.
 */
export class StreamStaged implements StagedRelease<ChangeSet> {
  private diffs = 0;

  constructor(
    private readonly staging: string,
    private readonly work: string,
    private readonly docs: StreamDocsInput,
    /** The data and text files already written. */
    private readonly built: ReadonlyMap<string, FileEntry>,
    /** Each table's JSON Lines (shipped or scratch). */
    private readonly rows: RowFiles,
    /** The redirects table, rewritten for the release compared with. */
    private readonly redirects: RedirectsTable,
    /** Removes the writer's scratch files, which nothing reads once the folder is written. */
    private readonly dropScratch: () => void,
  ) {}

  /** The changes against `base`; the redirects table is first made the one this base gives. */
  async diff(base: string | null): Promise<ChangeSet> {
    const work = join(this.work, `diff-${this.diffs++}`);
    const baseRows = base === null ? undefined : await baseRowFiles(base, join(work, 'base-rows'));
    await this.redirects.rewrite(
      base === null
        ? this.redirects.firstRows()
        : carryStreamed(
            { dir: base, files: baseRows },
            { dir: this.staging, files: this.rows },
            join(work, 'carry'),
            [...redirectRows(rowFile(base, baseRows, 'redirects')), ...this.redirects.curation],
          ),
    );
    return diffAgainst(base, this.staging, work, this.docs.counts as TableCounts, {
      staged: this.rows,
      ...(baseRows ? { base: baseRows } : {}),
    });
  }

  summarize(changes: ChangeSet) {
    return summarizeChanges(changes);
  }

  /** Every descriptive file for `version` (CHANGELOG.md is written to the staging folder). */
  private docsFor(version: string, changes: ChangeSet): Map<string, Uint8Array> {
    rmSync(join(this.staging, 'CHANGELOG.md'), { force: true });
    const writer = new HashingWriter(join(this.staging, 'CHANGELOG.md'), 'CHANGELOG.md');
    const changelog = writeChangelog(writer, this.docs.meta.title, version, changes, this.redirects.rows);
    return buildReleaseDocs({ ...this.docs, version }, new Map([...this.built, [changelog.path, changelog]]));
  }

  /** SHA256SUMS lists every other file's hash, so equal sums are equal folders. */
  async matchesPublished(version: string, base: string | null, dir: string): Promise<boolean> {
    const docs = this.docsFor(version, await this.diff(base));
    const published = await readFile(join(dir, 'SHA256SUMS'), 'utf8').catch(() => null);
    return published !== null && Buffer.from(docs.get('SHA256SUMS')!).toString('utf8') === published;
  }

  async write(
    version: string,
    changes: ChangeSet,
    stage: (s: PublishStage) => void,
  ): Promise<WrittenRelease> {
    const docs = this.docsFor(version, changes);
    for (const [path, bytes] of docs)
      writeFileSync(join(this.staging, path), bytes, { flag: 'wx', mode: 0o644 });
    stage('built');
    // a release without redistributable texts has no texts/ folder, as publishRelease writes it
    if (readdirSync(join(this.staging, 'texts')).length === 0) rmdirSync(join(this.staging, 'texts'));
    // the scratch files go first: the sync then has only the release's own bytes to write
    this.dropScratch();
    syncTree(this.staging);
    stage('written');
    return { dir: this.staging, sums: docs.get('SHA256SUMS')!, counts: { ...this.docs.counts } };
  }

  /**
   * Every record was validated with its text as it came (validateArticle) and every merged entity;
   * the folder is read back whole as publishRelease does while that stays cheap, and checked byte
   * for byte against SHA256SUMS beyond (a full read-back would cost more than the build).
   */
  async check(written: WrittenRelease): Promise<string | null> {
    let dataBytes = 0;
    for (const e of this.built.values())
      if (e.path.startsWith('data/'))
        dataBytes += e.path.endsWith('.parquet') ? e.bytes * PARQUET_RATIO : e.bytes;
    if (dataBytes > STREAM_ABOVE_BYTES)
      return verifyInWorkers(written.dir, Buffer.from(written.sums).toString('utf8'));
    const report = await validateRelease(written.dir);
    return report.valid ? null : summarizeReport(report);
  }
}
