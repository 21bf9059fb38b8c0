import type { Progress } from '@newsfacts/runner';
import pc from 'picocolors';

/** Colour only on a terminal and never with NO_COLOR (picocolors checks both). */
export const color = pc;

/** A progress line on a terminal; in CI or a pipe, a plain line every `every` items. */
export function makeProgress(total: number | null, quiet: boolean, every = 1000): Progress {
  const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
  let n = 0;
  return {
    tick(label) {
      n++;
      if (quiet) return;
      if (tty) {
        const width = 30;
        const frac = total ? Math.min(1, n / total) : 0;
        const bar = total ? `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '.')}] ` : '';
        process.stderr.write(`\r${bar}${n}${total ? `/${total}` : ''} ${label.slice(-40).padEnd(40)}`);
      } else if (n % every === 0) process.stderr.write(`processed ${n} articles\n`);
    },
    done() {
      if (!quiet && tty && n > 0) process.stderr.write('\r\x1b[K');
    },
  };
}
