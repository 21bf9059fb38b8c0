import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { TABLE_NAMES } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { commitRelease, type PublishStage, type StagedRelease } from './commit-release.js';
import { sampleInput, tempDir } from './fixtures/make-input.js';
import { publishRelease } from './index.js';

const COUNTS = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0]));
const NO_CHANGES = { from: null, tables: [] };

/**
 * A writer whose folder is one file; `problem` is what its check finds; `rival` makes another
 * writer publish the same version while this one writes.
 */
function fakeStaged(datasetDir: string, problem: string | null, rival = false): StagedRelease<null> {
  return {
    matchesPublished: async () => false,
    diff: async () => null,
    summarize: () => NO_CHANGES,
    async write(version, _diff, stage) {
      const dir = join(datasetDir, `.tmp-fake-${version}`);
      await mkdir(dir, { recursive: true });
      const sums = Buffer.from('sums\n');
      await writeFile(join(dir, 'SHA256SUMS'), sums);
      if (rival) {
        await mkdir(join(datasetDir, version));
        await writeFile(join(datasetDir, version, 'SHA256SUMS'), 'rival\n');
      }
      stage('built');
      stage('written');
      return { dir, sums, counts: COUNTS };
    },
    check: async () => problem,
  };
}

describe('commitRelease', () => {
  it('renames a checked folder into place and reports every stage in order', async () => {
    const root = await tempDir('commit');
    const stages: PublishStage[] = [];
    const result = await commitRelease(
      { datasetsDir: root, name: 'fake', inputsSha256: 'x' },
      fakeStaged(join(root, 'fake'), null),
      { onStage: (s) => stages.push(s) },
    );
    expect(result).toMatchObject({ status: 'published', version: '1.0.0', dir: join(root, 'fake', '1.0.0') });
    expect(result.rootSha256).toBe(sha256(Buffer.from('sums\n')));
    expect(stages).toEqual(['built', 'written', 'validated', 'renamed', 'indexed']);
  });

  it('refuses a folder its check finds wrong, and renames nothing', async () => {
    const root = await tempDir('commit-bad');
    await mkdir(join(root, 'fake'));
    const staged = fakeStaged(join(root, 'fake'), 'data/quotes.csv: 1 problem');
    await expect(
      commitRelease({ datasetsDir: root, name: 'fake', inputsSha256: 'x' }, staged),
    ).rejects.toThrow(/^release\/invalid-release: fake 1\.0\.0: data\/quotes\.csv: 1 problem$/);
    expect((await readdir(join(root, 'fake'))).filter((n) => /^\d/.test(n))).toEqual([]);
  });

  it('refuses a version that appeared meanwhile instead of overwriting it', async () => {
    const root = await tempDir('commit-race');
    const datasetDir = join(root, 'fake');
    await mkdir(datasetDir);
    const staged = fakeStaged(datasetDir, null, true);
    await expect(
      commitRelease({ datasetsDir: root, name: 'fake', inputsSha256: 'x' }, staged),
    ).rejects.toThrow(/^release\/version-exists: fake 1\.0\.0 was published meanwhile$/);
    expect(await readFile(join(datasetDir, '1.0.0', 'SHA256SUMS'), 'utf8')).toBe('rival\n');
  });

  it('is the protocol of publishRelease: an explicit published version with other content is refused', async () => {
    const root = await tempDir('commit-explicit');
    await publishRelease(root, { ...sampleInput(), version: '1.0.0' });
    const other = sampleInput();
    other.texts = new Map(other.texts);
    await expect(
      publishRelease(root, {
        ...other,
        inputsSha256: 'other',
        meta: { ...other.meta, title: 'Other' },
        version: '1.0.0',
      }),
    ).rejects.toThrow(/^release\/version-exists: sample 1\.0\.0 is already published with other content$/);
  });
});
