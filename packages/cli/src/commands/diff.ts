import { diffReleases, readRelease, summarizeDiff } from '@newsfacts/publish';
import { CliError, EXIT } from '../errors.js';
import { describeChanges } from './describe-changes.js';
import { isReleaseDir } from './validate.js';

/** Record-by-record differences between two release folders. */
export async function diffCommand(a: string, b: string, opts: { json?: boolean }): Promise<number> {
  for (const d of [a, b])
    if (!isReleaseDir(d)) throw new CliError(`${d}: not a release folder (no datapackage.json)`);
  const diff = diffReleases(await readRelease(a), await readRelease(b));
  if (opts.json) {
    console.log(JSON.stringify(diff, null, 2));
    return EXIT.ok;
  }
  console.log(describeChanges(summarizeDiff(diff)));
  for (const t of diff.tables) {
    for (const id of t.added) console.log(`+ ${t.table} ${id}`);
    for (const id of t.removed) console.log(`- ${t.table} ${id}`);
    for (const c of t.changed) console.log(`~ ${t.table} ${c.key}: ${c.fields.join(', ')}`);
  }
  return EXIT.ok;
}
