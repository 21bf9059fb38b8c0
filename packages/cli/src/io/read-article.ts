import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CliError, EXIT } from '../errors.js';

/** Largest article accepted: 16 MiB of UTF-8 (docs/cli.md). */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function fail(file: string, what: string, code: string): never {
  throw new CliError(`${file}: ${what}`, EXIT.usage, code);
}

/** Decode an article's bytes: strict UTF-8, BOM dropped; UTF-16, binary and empty input refused. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) fail(file, 'empty article', 'input/empty');
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    fail(file, 'UTF-16 text: convert the article to UTF-8', 'input/utf16');
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    let at = 0;
    // Find the first bad byte for the message: decode growing prefixes cheaply by line.
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) at = i;
    fail(file, `invalid UTF-8 (after byte ${at})`, 'input/invalid-utf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    fail(file, `binary data (NUL byte on line ${line}), not an article`, 'input/binary');
  }
  if (text.trim() === '') fail(file, 'article has no text (only whitespace)', 'input/empty');
  return text;
}

/** Read an article file within the size limit. */
export function readArticleFile(path: string, label = path): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(label, code === 'ENOENT' ? 'no such file' : `cannot read (${code})`, 'input/not-found');
  }
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    if (!stat.isFile()) fail(label, 'not a file', 'input/unreadable');
    if (size > MAX_ARTICLE_BYTES) {
      fail(label, `article of ${size} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit`, 'input/too-large');
    }
    const bytes = new Uint8Array(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return decodeArticle(bytes.subarray(0, off), label);
  } finally {
    closeSync(fd);
  }
}
