import { readdirSync, readFileSync } from 'node:fs';

const TASKS = '/proc/self/task';

/** utime + stime of a /proc/<pid>/task/<tid>/stat line, in ms (clock ticks of 10 ms). */
function statMs(stat: string): number {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

/**
 * CPU time of this thread so far (ms), from /proc on Linux (clock ticks of 10 ms), else the wall time
 * the event loop was busy: the main thread's own work, not the workers', and not the time it waited
 * for a core on a loaded machine (which the event-loop figure counts).
 */
export function mainThreadMs(): number {
  try {
    return statMs(readFileSync(`${TASKS}/${process.pid}/stat`, 'utf8'));
  } catch {
    return performance.eventLoopUtilization().active;
  }
}

/** CPU time of every thread of this process so far (ms). */
export function processMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function threadIds(): string[] {
  try {
    return readdirSync(TASKS);
  } catch {
    return []; // no /proc: nothing to tell apart
  }
}

/**
 * Samples the CPU time of every thread of this process (Linux /proc) every `intervalMs`, to tell the
 * threads that end while it runs (a worker pool's, closed at the end of a corpus run) from those that
 * stay (this thread, V8's compiler and collector threads). A thread's CPU after its last sample is
 * missed (at most `intervalMs` each); without /proc it finds none.
 */
export class ThreadCpuSampler {
  private readonly last = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 100) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    for (const tid of threadIds()) {
      try {
        this.last.set(tid, statMs(readFileSync(`${TASKS}/${tid}/stat`, 'utf8')));
      } catch {
        // the thread ended meanwhile: its last sample stands
      }
    }
  }

  /** Stops sampling; the CPU time (ms, last sample) of the threads seen that have ended since. */
  ended(): number {
    clearInterval(this.timer);
    const alive = new Set(threadIds());
    let ms = 0;
    for (const [tid, cpu] of this.last) if (!alive.has(tid)) ms += cpu;
    return ms;
  }
}
