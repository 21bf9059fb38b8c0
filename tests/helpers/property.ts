import type fc from 'fast-check';

/**
 * How many cases each property runs. CI uses the small default given by each test (a few thousand in
 * all, well under a minute); `npm run nightly -w @newsfacts/tests` sets NEWSFACTS_PROPERTY_RUNS=100000.
 * NEWSFACTS_PROPERTY_SEED replays a failure that fast-check reported with its seed. CI uses a fixed seed
 * so a run is repeatable and a landing never fails on a new random draw; the nightly run draws new
 * cases every night (and prints the seed of any failure).
 */
const RUNS = Number(process.env.NEWSFACTS_PROPERTY_RUNS ?? '') || null;
const CI_SEED = 20261130;
const SEED = process.env.NEWSFACTS_PROPERTY_SEED;

/** Whether the nightly (long) run is on: tests raise their timeouts then. */
const NIGHTLY = RUNS !== null;

/** fast-check parameters: `ci` cases by default, NEWSFACTS_PROPERTY_RUNS × `share` in the nightly run. */
export function params(ci: number, share = 1): fc.Parameters<unknown> {
  return {
    numRuns: RUNS === null ? ci : Math.max(1, Math.round(RUNS * share)),
    ...(SEED ? { seed: Number(SEED) } : RUNS === null ? { seed: CI_SEED } : {}),
  };
}

/** A vitest timeout: generous in CI, unbounded (a day) in the nightly run. */
export const TIMEOUT = NIGHTLY ? 86_400_000 : 60_000;
