import {
  closeSync,
  createReadStream,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EXIT, RunError } from '../run-error.js';
import type { CorpusEntry } from './corpus-entry.js';
import type { CorpusStats } from './corpus-stats.js';
import type { Shard } from './shard.js';

const PARTIAL_FORMAT = 'newsfacts-partial/1';

/** `partial.json` of a shard's partial result; `entries.jsonl` beside it holds its entries in input order. */
export interface PartialHeader {
  format: typeof PARTIAL_FORMAT;
  pipeline: string;
  shard: Shard;
  /** sha256 of pipeline.json and the curation files: every shard must have run the same pipeline. */
  declared_sha256: string;
  /** The inputs hash of the whole corpus (every shard reads every article). */
  inputs_sha256: string;
  /** The code fingerprint: every shard must have run the same code. */
  code: string;
  stats: CorpusStats;
}

/** Write a partial result into `dir` (replaced whole: written beside it, then renamed). */
export async function writePartial(
  dir: string,
  entries: AsyncIterable<CorpusEntry>,
  header: () => PartialHeader,
): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const fd = openSync(join(tmp, 'entries.jsonl'), 'w');
  try {
    for await (const e of entries) writeSync(fd, `${JSON.stringify(e)}\n`);
  } finally {
    closeSync(fd);
  }
  const h = header();
  writeFileSync(join(tmp, 'partial.json'), `${JSON.stringify(h, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

export function readPartialHeader(dir: string): PartialHeader {
  let h: PartialHeader;
  try {
    h = JSON.parse(readFileSync(join(dir, 'partial.json'), 'utf8'));
  } catch {
    throw new RunError(
      `${dir}: not a partial result (no readable partial.json)`,
      EXIT.usage,
      'merge/not-partial',
    );
  }
  if (h?.format !== PARTIAL_FORMAT)
    throw new RunError(
      `${dir}/partial.json: format must be '${PARTIAL_FORMAT}'`,
      EXIT.usage,
      'merge/not-partial',
    );
  return h;
}

/** A partial's entries, streamed line by line. */
export async function* readEntries(dir: string): AsyncGenerator<CorpusEntry> {
  const lines = createInterface({ input: createReadStream(join(dir, 'entries.jsonl')), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line === '') continue;
    try {
      yield JSON.parse(line) as CorpusEntry;
    } catch {
      throw new RunError(`${dir}/entries.jsonl:${n}: malformed JSON`, EXIT.usage, 'merge/malformed');
    }
  }
}
