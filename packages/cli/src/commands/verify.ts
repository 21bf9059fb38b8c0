import { dirname } from 'node:path';
import { verifyRelease } from '@newsfacts/publish';
import { CliError } from '../errors.js';
import { checkTextIds, exitFor, isReleaseDir, printReport, textsFrom } from './validate.js';

export interface VerifyOptions {
  expect?: string;
  text?: string[];
  json?: boolean;
}

/** Check a downloaded release: hashes, schemas, cross-record integrity, and optionally its root hash. */
export async function verifyCommand(target: string, opts: VerifyOptions): Promise<number> {
  const dir = target.endsWith('datapackage.json') ? dirname(target) : target;
  if (!isReleaseDir(dir)) throw new CliError(`${target}: not a release folder (no datapackage.json)`);
  if (opts.expect !== undefined && !/^[0-9a-f]{64}$/.test(opts.expect))
    throw new CliError('--expect must be a sha256 in lower-case hex');
  const texts = textsFrom(opts.text);
  checkTextIds(dir, texts);
  const report = await verifyRelease(dir, {
    texts,
    ...(opts.expect ? { expectRootSha256: opts.expect } : {}),
  });
  printReport(report, opts.json);
  return exitFor(report);
}
