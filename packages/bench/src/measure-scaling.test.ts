import { describe, expect, it } from 'vitest';
import { SCALING_SETUPS, timeParallel } from './measure-scaling.js';

describe('timeParallel (npm run bench -- --scaling)', () => {
  const threads = SCALING_SETUPS.find((s) => s.kind === 'threads')!;
  const processes = SCALING_SETUPS.find((s) => s.kind === 'processes' && s.flags.length > 0)!;

  it('runs every share in worker threads and times them', { timeout: 60_000 }, async () => {
    const ms = await timeParallel(threads, 2, 4, 1, 42);
    expect(ms).toBeGreaterThan(0);
  });

  it('runs every share in child processes with their V8 flags', { timeout: 60_000 }, async () => {
    const ms = await timeParallel(processes, 2, 4, 1, 42);
    expect(ms).toBeGreaterThan(0);
  });

  it('compares threads with processes, each with and without changed heap settings', () => {
    const kinds = new Set(SCALING_SETUPS.map((s) => s.kind));
    expect(kinds).toEqual(new Set(['threads', 'processes']));
    expect(SCALING_SETUPS.some((s) => s.kind === 'threads' && s.youngMb !== 64)).toBe(true);
    expect(SCALING_SETUPS.some((s) => s.kind === 'processes' && s.flags.length === 0)).toBe(true);
  });
});
