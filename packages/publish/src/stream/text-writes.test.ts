import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TextWrites } from './text-writes.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-text-writes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('TextWrites', () => {
  it('writes every text before settle resolves, at most 64 in flight when throttled', async () => {
    const w = new TextWrites();
    for (let i = 0; i < 200; i++) {
      w.write(join(dir, `t${i}.txt`), `texts/t${i}.txt`, Buffer.from(`text ${i} ☃`));
      await w.throttle();
    }
    await w.settle();
    expect(readFileSync(join(dir, 't199.txt'), 'utf8')).toBe('text 199 ☃');
  });

  it('reports a second text at the same path as the release error, naming the path', async () => {
    const w = new TextWrites();
    w.write(join(dir, 'same.txt'), 'texts/same.txt', Buffer.from('a'));
    await w.settle();
    w.write(join(dir, 'same.txt'), 'texts/same.txt', Buffer.from('b'));
    await expect(w.settle()).rejects.toThrow(
      /^release\/invalid-dataset: two sources share the text path texts\/same\.txt$/,
    );
    expect(readFileSync(join(dir, 'same.txt'), 'utf8')).toBe('a');
  });
});
