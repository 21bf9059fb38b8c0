import { benchChild } from './bench-child.js';
import { SCALING_SETUPS, timeParallel } from './measure-scaling.js';

const ARTICLES = 800;
const WARM = 150;
const ROUNDS = 3;

/** `bench.js --scaling-step <setup> <n> <seed>`: one timing in a fresh process, printed as ms. */
export function runScalingStep(args: string[]): void {
  const [setup, n, seed] = args.map(Number);
  timeParallel(SCALING_SETUPS[setup!]!, n!, ARTICLES, WARM, seed!).then(
    (ms) => console.log(ms),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}

function step(setup: number, n: number, seed: number): number {
  const s = SCALING_SETUPS[setup]!;
  const flags = s.kind === 'threads' ? s.flags : [];
  return benchChild<number>(
    flags,
    '--scaling-step',
    [String(setup), String(n), String(seed)],
    `scaling: ${s.label}, ${n}`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `npm run bench -- --scaling`: the per-article work on 1 and on 2 threads or processes, for each setup
 * of SCALING_SETUPS, each figure the median of 3 fresh runs taken in rounds (every setup once per round,
 * so a burst of load hits them alike).
 */
export function printScaling(seed: number, log: (s: string) => void): void {
  log(
    `scaling: ${ARTICLES} generated articles (after ${WARM} to warm up each thread or process), median of ${ROUNDS} rounds`,
  );
  const ms = SCALING_SETUPS.map(() => ({ one: [] as number[], two: [] as number[] }));
  for (let r = 0; r < ROUNDS; r++)
    SCALING_SETUPS.forEach((_, i) => {
      ms[i]!.one.push(step(i, 1, seed));
      ms[i]!.two.push(step(i, 2, seed));
    });
  SCALING_SETUPS.forEach((s, i) => {
    const one = median(ms[i]!.one);
    const two = median(ms[i]!.two);
    const rate = (t: number) => Math.round((ARTICLES / t) * 1000);
    log(
      `  ${s.label}: 1 → ${rate(one)} articles/s, 2 → ${rate(two)} articles/s, speed-up ${(one / two).toFixed(2)}×`,
    );
  });
}
