import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { EXIT, RunError } from '../run-error.js';

/** Largest article accepted: 16 MiB of UTF-8 (docs/cli.md). */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function fail(file: string, what: string, code: string): never {
  throw new RunError(`${file}: ${what}`, EXIT.usage, code);
}

/** Continuation bytes after a lead byte (-1: not a lead byte UTF-8 allows). */
function continuationsOf(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 1;
  if (b >= 0xe0 && b <= 0xef) return 2;
  return b >= 0xf0 && b <= 0xf4 ? 3 : -1;
}

/** The index after the multi-byte sequence starting at `i`, or -1 when it breaks UTF-8. */
function sequenceEnd(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const n = continuationsOf(b);
  if (n < 0 || i + n >= bytes.length) return -1;
  const b1 = bytes[i + 1] ?? 0;
  // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return -1;
  for (let k = 2; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return -1;
  return i + n + 1;
}

/** Byte offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const end = sequenceEnd(bytes, i);
    if (end < 0) return i;
    i = end;
  }
  return -1;
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const SURROGATE = /[\ud800-\udfff]/u;

/** First lone surrogate (a "\ud800" escape in JSON), as a UTF-16 index, or -1. */
function loneSurrogate(text: string): number {
  // most texts have no surrogate at all: one native scan instead of a loop over every character
  if (!SURROGATE.test(text)) return -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if (c >= 0xd800 && c <= 0xdfff) return i;
  }
  return -1;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * What every article's text must be, however it arrived (.txt, .json, .jsonl, stdin): Unicode text
 * (no lone surrogates), no NUL (binary data), not blank, within the size limit.
 */
export function checkArticleText(text: string, file: string): string {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) fail(file, `binary data (NUL on line ${lineOf(text, nul)}), not an article`, 'input/binary');
  const lone = loneSurrogate(text);
  if (lone >= 0) {
    fail(file, `lone surrogate on line ${lineOf(text, lone)}: the text is not Unicode`, 'input/invalid-utf8');
  }
  if (text.trim() === '') fail(file, 'article has no text (only whitespace)', 'input/empty');
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_ARTICLE_BYTES) {
    fail(file, `article of ${size} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit`, 'input/too-large');
  }
  return text;
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
    const at = firstInvalidUtf8(bytes);
    const where = at < 0 ? 'at the end' : `at byte ${at}, line ${lineAt(bytes, at)}`;
    // NULs in undecodable bytes mean binary data (or UTF-16 without a byte-order mark).
    if (bytes.subarray(0, 4096).includes(0))
      fail(file, `binary data, not UTF-8 text (${where})`, 'input/binary');
    fail(file, `invalid UTF-8 ${where}`, 'input/invalid-utf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return checkArticleText(text, file);
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
