import { makeProblem } from '../problem.js';
import type { Read } from './read-bytes.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-16 shows as a byte-order mark FE FF / FF FE, or as many NUL bytes in the first KiB. */
export function looksUtf16(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))
  )
    return true;
  const n = Math.min(bytes.length, 1024);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return n >= 2 && nul * 4 >= n;
}

/** Decode strict UTF-8; a UTF-8 byte-order mark is dropped unless `keepBom` (exact texts are hashed as is). */
export function decodeUtf8(bytes: Uint8Array, label: string, keepBom = false): Read<string> {
  if (looksUtf16(bytes))
    return { ok: false, problem: makeProblem('input/utf16', { file: label }, { path: label }) };
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    return { ok: false, problem: makeProblem('input/invalid-utf8', { file: label }, { path: label }) };
  }
  if (!keepBom && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, value: text };
}
