/** "2.0× faster" or "2.0× slower": a ratio below 1 read as "0.5× faster" means twice as slow. */
export function describeSpeed(baselineMs: number, oursMs: number): string {
  const ratio = baselineMs / oursMs;
  return ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`;
}
