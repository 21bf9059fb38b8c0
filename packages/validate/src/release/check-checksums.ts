import { sha256 } from '@newsfacts/evidence';
import { makeProblem, type Problem } from '../problem.js';
import { comparePaths, SUMS } from './layout.js';
import type { ReleaseFolder } from './release-folder.js';

const LINE = /^([0-9a-f]{64}) {2}(\S(?:.*\S)?)$/;

/** SHA256SUMS lists every other file, sorted by path, each with its hash; optionally checks the root hash. */
export function checkChecksums(folder: ReleaseFolder, out: Problem[], expectRootSha256?: string): void {
  const bytes = folder.bytes(SUMS);
  if (!bytes) return;
  if (expectRootSha256 !== undefined) {
    const actual = sha256(bytes);
    if (actual !== expectRootSha256.toLowerCase())
      out.push(
        makeProblem('release/root-hash-mismatch', { file: SUMS }, { actual, expected: expectRootSha256 }),
      );
  }
  const text = folder.text(SUMS);
  if (text === null) return;
  const listed = new Set<string>();
  let previous: string | null = null;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const at = { file: SUMS, row: i + 1 };
    const m = LINE.exec(line);
    if (!m) {
      out.push(
        makeProblem('release/checksums-invalid', at, { line: i + 1, detail: 'expected "<sha256>  <path>"' }),
      );
      return;
    }
    const [, hash, path] = m as unknown as [string, string, string];
    if (listed.has(path))
      out.push(makeProblem('release/checksums-invalid', at, { line: i + 1, detail: `${path} listed twice` }));
    if (previous !== null && comparePaths(previous, path) > 0)
      out.push(
        makeProblem('release/checksums-invalid', at, { line: i + 1, detail: `${path} is out of order` }),
      );
    previous = path;
    listed.add(path);
    if (!folder.has(path)) {
      out.push(makeProblem('release/missing-file', { file: path }, { path }));
      return;
    }
    const actual = folder.sha256(path);
    if (actual !== null && actual !== hash)
      out.push(
        makeProblem(
          'release/checksum-mismatch',
          { file: path },
          { path, actual, expected: hash, listing: SUMS },
        ),
      );
  });
  for (const path of folder.files.keys()) {
    if (path !== SUMS && !listed.has(path))
      out.push(makeProblem('release/unlisted-file', { file: path }, { path }));
  }
}
