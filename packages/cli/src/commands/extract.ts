import { readSync, statSync } from 'node:fs';
import type { SourceMetadata } from '@newsfacts/normalize';
import { mergeDocuments } from '@newsfacts/normalize';
import { type Article, decodeArticle, MAX_ARTICLE_BYTES, readArticle, readCorpus } from '@newsfacts/runner';
import { processArticle } from '@newsfacts/runner/process-article';
import { TABLE_NAMES, type TableName } from '@newsfacts/schemas';
import { encodeCsv, toRows } from '@newsfacts/tables';
import { CliError, EXIT } from '../errors.js';

export interface ExtractOptions {
  id?: string;
  title?: string;
  outlet?: string;
  author?: string[];
  published?: string;
  url?: string;
  license?: string;
  redistributable?: boolean;
  format: 'json' | 'csv';
  table?: string;
  json?: boolean;
}

/** Options that only mean something together must not be dropped silently. */
function checkOutputOptions(o: ExtractOptions): void {
  if (o.table !== undefined && o.format !== 'csv')
    throw new CliError('--table needs --format csv (the JSON output holds every table)');
  if (o.json && o.format === 'csv')
    throw new CliError('--json and --format csv are two different outputs: pick one');
}

function metadataFrom(o: ExtractOptions): SourceMetadata {
  if (o.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) {
    throw new CliError(`--published must be a date YYYY-MM-DD, got '${o.published}'`);
  }
  const meta: SourceMetadata = {};
  if (o.id !== undefined) meta.id = o.id;
  if (o.title !== undefined) meta.title = o.title;
  if (o.outlet !== undefined) meta.outlet = o.outlet;
  if (o.author !== undefined) meta.authors = o.author;
  if (o.published !== undefined) meta.published = o.published;
  if (o.url !== undefined) meta.url = o.url;
  if (o.license !== undefined) meta.license = o.license;
  if (o.redistributable !== undefined) meta.redistributable = o.redistributable;
  return meta;
}

/** Read stdin synchronously within the article size limit. */
function readStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(1 << 16);
  let size = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw new CliError(`-: cannot read standard input (${code})`, EXIT.usage, 'input/unreadable');
    }
    if (n === 0) break;
    size += n;
    if (size > MAX_ARTICLE_BYTES)
      throw new CliError(
        `-: article is over the ${MAX_ARTICLE_BYTES}-byte limit`,
        EXIT.usage,
        'input/too-large',
      );
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function articlesOf(input: string, meta: SourceMetadata): { articles: Iterable<Article>; many: boolean } {
  if (input === '-') {
    return { articles: [{ label: '-', text: decodeArticle(readStdin(), '-'), meta }], many: false };
  }
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    throw new CliError(`${input}: no such file or folder`, EXIT.usage, 'input/not-found');
  }
  if (isDir || input.endsWith('.jsonl')) return { articles: readCorpus(input, meta), many: true };
  return { articles: [readArticle(input, meta)], many: false };
}

/** Extract one article (or a corpus) with no pipeline: JSON documents, or CSV of one table. */
export function extractCommand(input: string, opts: ExtractOptions): number {
  checkOutputOptions(opts);
  const { articles, many } = articlesOf(input, metadataFrom(opts));
  if (opts.format === 'csv') {
    const table = opts.table ?? 'entities';
    if (!(TABLE_NAMES as readonly string[]).includes(table)) {
      throw new CliError(`--table must be one of ${TABLE_NAMES.join(', ')}`);
    }
    const dataset = mergeDocuments([...articles].map(processArticle));
    process.stdout.write(encodeCsv(table as TableName, toRows(dataset)[table as TableName]));
    return EXIT.ok;
  }
  for (const a of articles) {
    const doc = processArticle(a);
    process.stdout.write(many ? `${JSON.stringify(doc)}\n` : `${JSON.stringify(doc, null, 2)}\n`);
  }
  return EXIT.ok;
}
