import { relative } from 'node:path';
import type { CorpusStats, RunResult } from '@newsfacts/runner';
import { describeChanges } from './commands/describe-changes.js';
import { color } from './output.js';

export function describeStats(s: CorpusStats): string {
  return `articles: ${s.articles} read, ${s.processed} processed, ${s.cacheHits} from cache, ${s.duplicates} duplicates, ${s.nearDuplicates} near-duplicates, ${s.nonEnglish} not English`;
}

/** Print a publish result (run and merge). */
export function printResult(r: RunResult, json: boolean | undefined): void {
  if (json) {
    console.log(
      JSON.stringify(
        {
          status: r.status,
          version: r.version,
          dir: r.dir,
          root_sha256: r.rootSha256,
          counts: r.counts,
          changes: r.changes,
          ...(r.stats ? { articles: r.stats } : {}),
        },
        null,
        2,
      ),
    );
    return;
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
  if (r.stats) console.log(describeStats(r.stats));
  console.log(describeChanges(r.changes));
}
