/**
 * Publish a generated corpus release, to be killed at random moments by crash tests:
 *   node --import tsx packages/publish/scripts/publish-child.ts <datasets-dir> <articles> [filler] [name]
 * Prints `stage <name>` lines as the publish goes, then the result's status, version and root hash as
 * one JSON line; exit 2 on a ReleaseError.
 */
import { corpusInput } from '../src/fixtures/make-input.js';
import { publishRelease, ReleaseError } from '../src/index.js';

const [dir, articles, filler = '20', name = 'talks'] = process.argv.slice(2);
if (!dir || !articles) {
  process.stderr.write('usage: publish-child.ts <datasets-dir> <articles> [filler] [name]\n');
  process.exit(64);
}
try {
  const input = corpusInput(name, { articles: Number(articles), filler: Number(filler), closed: [2] });
  // Stage lines let a crash test aim its kill at every phase (writing, validating, after the rename).
  const r = await publishRelease(dir, input, { onStage: (s) => process.stdout.write(`stage ${s}\n`) });
  process.stdout.write(
    `${JSON.stringify({ status: r.status, version: r.version, rootSha256: r.rootSha256 })}\n`,
  );
} catch (e) {
  if (!(e instanceof ReleaseError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
