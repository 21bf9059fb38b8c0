import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLineBytes, readLineChunks, readLines } from './read-lines.js';

async function fileWith(content: string | Buffer): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'lines-')), 'f.txt');
  writeFileSync(path, content);
  return path;
}

describe('readLines', () => {
  it.each([
    ['', []],
    ['\n', ['']],
    ['a', ['a']],
    ['a\n', ['a']],
    ['a\n\nb', ['a', '', 'b']],
    ['a\r\nb\n', ['a\r', 'b']],
  ])('splits %j on line feeds only, with no line after a final one', async (content, lines) => {
    const path = await fileWith(content);
    expect([...readLines(path)]).toEqual(lines);
    expect([...readLineBytes(path)].map((b) => b.toString('utf8'))).toEqual(lines);
  });

  it('keeps lines whole and UTF-8 intact across chunk boundaries', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `${'é'.repeat(i)}→${i}`);
    const path = await fileWith(`${lines.join('\n')}\n`);
    const chunks = [...readLineChunks(path, 7)];
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(c)).not.toThrow();
    expect(chunks.flatMap((c) => c.toString('utf8').split('\n'))).toEqual(lines);
  });
});
