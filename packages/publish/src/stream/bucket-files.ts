import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLines } from '@newsfacts/validate';

const BUFFER_BYTES = 64 * 1024;

/** Lines sorted into files by bucket name, through small buffers (memory: a buffer per bucket). */
export class BucketFiles {
  private readonly ids = new Map<string, number>();
  private readonly pending = new Map<number, string[]>();
  private readonly sizes = new Map<number, number>();

  constructor(
    private readonly dir: string,
    private readonly side: string,
  ) {}

  add(bucket: string, line: string): void {
    let id = this.ids.get(bucket);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(bucket, id);
      writeFileSync(this.path(id), '');
      this.pending.set(id, []);
      this.sizes.set(id, 0);
    }
    this.pending.get(id)!.push(line);
    const size = this.sizes.get(id)! + line.length + 1;
    if (size >= BUFFER_BYTES) this.flushOne(id);
    else this.sizes.set(id, size);
  }

  private flushOne(id: number): void {
    const lines = this.pending.get(id)!;
    if (lines.length > 0) appendFileSync(this.path(id), `${lines.join('\n')}\n`);
    this.pending.set(id, []);
    this.sizes.set(id, 0);
  }

  flush(): void {
    for (const id of this.pending.keys()) this.flushOne(id);
  }

  names(): string[] {
    return [...this.ids.keys()];
  }

  lines(bucket: string): Iterable<string> {
    const id = this.ids.get(bucket);
    return id === undefined ? [] : readLines(this.path(id));
  }

  private path(id: number): string {
    return join(this.dir, `${this.side}-${id}.jsonl`);
  }
}
