import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@newsfacts/evidence';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from './fixtures/make-corpus.js';
import { tempDir } from './fixtures/make-input.js';
import { resultOf, startPublishChild } from './fixtures/run-publish-child.js';
import { compareSemver, verifyRelease } from './index.js';

const KILLS = 10;
const AIMS = ['start', 'built', 'written', 'validated', 'renamed'];
const BASE_ARTICLES = 150;
/** The child withholds article 2's text; verification gets it from here, as a downloader with a copy would. */
const TEXTS = makeCorpus({ articles: 2, filler: 20 }).texts;

/** After a crash: only whole, valid versions; an index that names only existing versions; old ones untouched. */
async function checkAfterCrash(datasetDir: string, known: Map<string, string>): Promise<void> {
  const names = await readdir(datasetDir).catch(() => [] as string[]);
  const versions = names.filter((n) => /^\d+\.\d+\.\d+$/.test(n)).sort(compareSemver);
  for (const n of names)
    expect(n, `unexpected entry ${n}`).toMatch(/^(\d+\.\d+\.\d+|versions\.json|latest|\.tmp-.*)$/);
  for (const v of versions) {
    const root = sha256(await readFile(join(datasetDir, v, 'SHA256SUMS')));
    if (known.get(v) === root) continue; // already verified in full, and its root hash did not move
    expect(known.has(v), `version ${v} changed after it was published`).toBe(false);
    const report = await verifyRelease(join(datasetDir, v), { texts: TEXTS });
    expect(report.valid, `${v}: ${JSON.stringify(report.problems.slice(0, 3))}`).toBe(true);
    known.set(v, root);
  }
  if (names.includes('versions.json')) {
    const index = JSON.parse(await readFile(join(datasetDir, 'versions.json'), 'utf8'));
    for (const e of index.versions) expect(versions).toContain(e.version);
    if (names.includes('latest'))
      expect(versions).toContain((await readFile(join(datasetDir, 'latest'), 'utf8')).trim());
  }
}

describe('a publish killed with SIGKILL at random moments', () => {
  it(`leaves only complete versions, ${KILLS} times, and a rerun finishes the job`, {
    timeout: 600_000,
  }, async () => {
    const root = await tempDir('kill');
    const datasetDir = join(root, 'talks');
    const known = new Map<string, string>();

    const started = Date.now();
    const first = await startPublishChild(root, BASE_ARTICLES).done;
    const duration = Date.now() - started;
    expect(first.code, first.stderr).toBe(0);
    await checkAfterCrash(datasetDir, known);

    // Seeded (mulberry32): the moments differ from kill to kill but the test is the same on every run.
    let seed = 0x5eed;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const kills: { aim: string; delay: number; signal: string | null; leftTemp: boolean; rerun: string }[] =
      [];
    for (let i = 1; i <= KILLS; i++) {
      // Aim at each phase in turn (from the start, while writing, while validating, around the rename,
      // after it), then wait a random moment more.
      const aim = AIMS[i % AIMS.length]!;
      const delay = Math.floor(random() * (aim === 'start' ? duration : 40));
      const run = startPublishChild(root, BASE_ARTICLES + i);
      if (aim !== 'start') await Promise.race([run.reached(aim), run.done]);
      setTimeout(() => run.child.kill('SIGKILL'), delay);
      const end = await run.done;
      await checkAfterCrash(datasetDir, known);
      const leftTemp = (await readdir(datasetDir).catch(() => [])).some((n) => n.startsWith('.tmp-'));

      const rerun = await startPublishChild(root, BASE_ARTICLES + i).done;
      expect(rerun.code, rerun.stderr).toBe(0);
      const status = resultOf(rerun.stdout).status;
      expect(status).toMatch(/^(published|unchanged)$/);
      kills.push({ aim, delay, signal: end.signal, leftTemp, rerun: status });
      await checkAfterCrash(datasetDir, known);
      expect((await readdir(datasetDir)).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    }
    const index = JSON.parse(await readFile(join(datasetDir, 'versions.json'), 'utf8'));
    expect(index.versions).toHaveLength(KILLS + 1);
    expect(index.latest).toBe(`1.${KILLS}.0`);
    for (const e of index.versions) expect(known.get(e.version)).toBe(e.root_sha256);
    console.info(`kill moments (of ${duration} ms): ${JSON.stringify(kills)}`);
    // Kills should land mid-run (a kill after the child exited is harmless but tests nothing); how many
    // do depends on the machine's load, so only require that some did.
    expect(kills.filter((k) => k.signal === 'SIGKILL').length, JSON.stringify(kills)).toBeGreaterThanOrEqual(
      1,
    );
  });
});
