import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SourceMetadata } from '@newsfacts/normalize';
import type { InputArticle } from '@newsfacts/schemas';
import { readLineBytes } from '@newsfacts/validate';
import { checkSchema } from '../io/check-schema.js';
import { checkArticleText, decodeArticle, readArticleFile } from '../io/read-article.js';
import { readJson } from '../io/read-json.js';
import { EXIT, RunError } from '../run-error.js';

/** One article to process: its text, its metadata and where it came from (for messages). */
export interface Article {
  label: string;
  text: string;
  meta: SourceMetadata;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.json']);

function fromInputArticle(a: InputArticle, label: string, defaults: SourceMetadata): Article {
  const { text, ...meta } = a;
  // A JSON string can hold what UTF-8 cannot (lone surrogates) and NULs: the same checks as a .txt.
  return { label, text: checkArticleText(text, label), meta: { ...defaults, ...meta } };
}

/** First non-empty line: news texts put the headline there. */
function headline(text: string): string | null {
  const line = text.split(/\r\n|\r|\n/u).find((l) => l.trim() !== '');
  return line ? line.trim().slice(0, 500) : null;
}

/** Read one article file: `.txt` (metadata from defaults/options) or `.json` (input-article.schema.json). */
export function readArticle(
  path: string,
  defaults: SourceMetadata,
  label = path,
  titleFromHeadline = false,
): Article {
  if (extname(path) === '.json') {
    const value = checkSchema<InputArticle>('input-article', readJson(path, label), label);
    return fromInputArticle(value, label, defaults);
  }
  const text = readArticleFile(path, label);
  const meta =
    titleFromHeadline && defaults.title === undefined ? { ...defaults, title: headline(text) } : defaults;
  return { label, text, meta };
}

/** Articles of a corpus: a folder of .txt/.json files (sorted by name) or a .jsonl file, streamed. */
export function* readCorpus(path: string, defaults: SourceMetadata, label = path): Generator<Article> {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new RunError(`${label}: no such file or folder`, EXIT.usage, 'input/not-found');
  }
  if (stat.isDirectory()) {
    const files = readdirSync(path)
      .filter((f) => ARTICLE_EXTENSIONS.has(extname(f)) && !f.endsWith('.gold.json'))
      .sort();
    for (const f of files) yield readArticle(join(path, f), defaults, join(label, f), true);
    return;
  }
  if (extname(path) !== '.jsonl') yield readArticle(path, defaults, label, true);
  else {
    // Streamed line by line: the size limit and UTF-8 checks apply to each article, not the file.
    let line = 0;
    for (const bytes of readLineBytes(path)) {
      line++;
      if (bytes.toString('latin1').trim() === '') continue;
      const raw = decodeArticle(bytes, `${label}:${line}`);
      let value: unknown;
      try {
        value = JSON.parse(raw, (k, v) => {
          if (k === '__proto__' || k === 'constructor' || k === 'prototype')
            throw new Error(`forbidden key "${k}"`);
          return v;
        });
      } catch (e) {
        throw new RunError(`${label}:${line}: ${(e as Error).message}`, EXIT.usage, 'input/malformed-json');
      }
      yield fromInputArticle(
        checkSchema<InputArticle>('input-article', value, `${label}:${line}`),
        `${label}:${line}`,
        defaults,
      );
    }
  }
}
