import { makeProblem, pointerToken } from '../problem.js';
import { lineColumn, locateJsonError } from './locate-json-error.js';
import type { Read } from './read-bytes.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON Pointer of the first forbidden key in a parsed value, or null. Iterative: deep nesting is fine. */
function findForbiddenKey(root: unknown): { key: string; pointer: string } | null {
  const todo: [unknown, string][] = [[root, '']];
  for (let item = todo.pop(); item; item = todo.pop()) {
    const [value, at] = item;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) todo.push([value[i], `${at}/${i}`]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) return { key, pointer: `${at}/${pointerToken(key)}` };
      todo.push([(value as Record<string, unknown>)[key], `${at}/${pointerToken(key)}`]);
    }
  }
  return null;
}

/** Could the raw text hold a forbidden key? Escaped keys (\u…) are decoded by JSON.parse, so look too. */
function mayHoldForbidden(text: string): boolean {
  return (
    text.includes('__proto__') ||
    text.includes('constructor') ||
    text.includes('prototype') ||
    text.includes('\\u')
  );
}

/**
 * Parse JSON text. JSON.parse makes `__proto__` an own property (never the prototype), and this refuses
 * such keys before any caller can copy them with Object.assign or similar.
 */
export function parseJson(text: string, label: string, lineOffset = 0): Read<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const at = locateJsonError(text);
    const { line, column } = lineColumn(text, at < 0 ? text.length : at);
    const detail =
      at >= text.length ? 'unexpected end of JSON (truncated?)' : (err as Error).message.replace(/\s+/g, ' ');
    return {
      ok: false,
      problem: makeProblem(
        'input/malformed-json',
        { file: label },
        { path: label, line: line + lineOffset, column, detail },
      ),
    };
  }
  if (mayHoldForbidden(text)) {
    const found = findForbiddenKey(value);
    if (found)
      return {
        ok: false,
        problem: makeProblem(
          'input/forbidden-key',
          { file: label, pointer: found.pointer },
          { path: label, key: found.key, at: found.pointer },
        ),
      };
  }
  return { ok: true, value };
}
