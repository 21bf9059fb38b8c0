import { EXIT, RunError } from '../run-error.js';
import type { CorpusEntry } from './corpus-entry.js';
import { type PartialHeader, readEntries, readPartialHeader } from './partial.js';

const fail = (message: string): never => {
  throw new RunError(message, EXIT.usage, 'merge/mismatch');
};

/** Check that the partials are the n shards of one run of the same pipeline, inputs and code. */
export function checkPartials(dirs: string[], pipeline: string, declaredSha256: string): PartialHeader[] {
  const headers = dirs.map(readPartialHeader);
  const first = headers[0] ?? fail('no partial results given');
  const seen = new Set<number>();
  headers.forEach((h, i) => {
    const where = dirs[i];
    if (h.pipeline !== pipeline) fail(`${where}: partial of pipeline '${h.pipeline}', not '${pipeline}'`);
    if (h.declared_sha256 !== declaredSha256)
      fail(`${where}: made with another pipeline.json or curation than pipelines/${pipeline}`);
    if (
      h.shard.count !== first.shard.count ||
      h.inputs_sha256 !== first.inputs_sha256 ||
      h.code !== first.code
    )
      fail(`${where}: not from the same run as ${dirs[0]} (shard count, inputs or code differ)`);
    if (seen.has(h.shard.index)) fail(`${where}: shard ${h.shard.index}/${h.shard.count} given twice`);
    seen.add(h.shard.index);
  });
  const missing = [...Array(first.shard.count).keys()].filter((k) => !seen.has(k));
  if (missing.length > 0)
    fail(`missing shards ${missing.map((k) => `${k}/${first.shard.count}`).join(', ')}`);
  return headers;
}

/** The entries of every partial in input order (a k-way merge on `seq`), streamed. */
export async function* mergeEntries(dirs: string[]): AsyncGenerator<CorpusEntry> {
  const its = dirs.map((d) => readEntries(d)[Symbol.asyncIterator]());
  const heads = await Promise.all(its.map((it) => it.next()));
  let last = -1;
  for (;;) {
    let best = -1;
    heads.forEach((h, i) => {
      if (!h.done && (best < 0 || h.value.seq < (heads[best]!.value as CorpusEntry).seq)) best = i;
    });
    if (best < 0) return;
    const e = heads[best]!.value as CorpusEntry;
    if (e.seq <= last) fail(`${dirs[best]}: entry ${e.seq} out of order or repeated`);
    last = e.seq;
    yield e;
    heads[best] = await its[best]!.next();
  }
}
