import { SOURCE_TABLES } from './article-rows.js';

/**
 * Per article, in one growing Float64Array: for each source-ordered table its jsonl offset, jsonl
 * bytes, csv offset, csv bytes and row count, then the bytes of its shipped text (-1: not shipped) and
 * their offset in the texts' scratch file.
 * Flat numbers instead of an object per article keep what grows with the corpus small.
 */
export class SlotColumns {
  static readonly WIDTH = SOURCE_TABLES.length * 5 + 2;
  private data = new Float64Array(1024 * SlotColumns.WIDTH);
  length = 0;

  push(values: readonly number[]): void {
    if ((this.length + 1) * SlotColumns.WIDTH > this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(values, this.length * SlotColumns.WIDTH);
    this.length++;
  }

  get(slot: number, field: number): number {
    return this.data[slot * SlotColumns.WIDTH + field]!;
  }
}

export const TEXT_BYTES = SlotColumns.WIDTH - 2;
export const TEXT_AT = SlotColumns.WIDTH - 1;
