import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedArticle } from './generate-article.js';

export interface WrittenCorpus {
  articles: number;
  bytes: number;
  words: number;
}

const wordsIn = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Write a corpus as one .jsonl file (input-article.schema.json per line), streamed. */
export function writeJsonl(path: string, articles: Iterable<GeneratedArticle>): WrittenCorpus {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  const out: WrittenCorpus = { articles: 0, bytes: 0, words: 0 };
  try {
    for (const a of articles) {
      writeSync(fd, `${JSON.stringify(a)}\n`);
      out.articles++;
      out.bytes += Buffer.byteLength(a.text);
      out.words += wordsIn(a.text);
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

/** Write a corpus as a folder: `<id>.json` articles (with metadata), or `<id>.txt` texts only. */
export function writeFolder(
  dir: string,
  articles: Iterable<GeneratedArticle>,
  format: 'json' | 'txt' = 'json',
): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const out: WrittenCorpus = { articles: 0, bytes: 0, words: 0 };
  for (const a of articles) {
    const file = join(dir, `${a.id}.${format}`);
    writeFileSync(file, format === 'json' ? `${JSON.stringify(a, null, 2)}\n` : a.text);
    out.articles++;
    out.bytes += Buffer.byteLength(a.text);
    out.words += wordsIn(a.text);
  }
  return out;
}
