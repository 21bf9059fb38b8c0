import { EXIT, RunError } from '../run-error.js';

export interface Shard {
  index: number;
  count: number;
}

/** Parse `k/n` (0 ≤ k < n ≤ 10,000). */
export function parseShard(raw: string): Shard {
  const m = /^(\d{1,5})\/(\d{1,5})$/.exec(raw);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 10_000 || index >= count)
    throw new RunError(`--shard must be k/n with 0 ≤ k < n ≤ 10000, got '${raw}'`, EXIT.usage, 'usage/shard');
  return { index, count };
}

/** The shard of an article: the text's sha256 (hex) mod n, so identical texts share a shard. */
export function shardOf(textSha256: string, count: number): number {
  return Number.parseInt(textSha256.slice(0, 12), 16) % count;
}
