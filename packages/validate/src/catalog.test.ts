import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CATALOG } from './index.js';

const SRC = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'catalog.ts' ? [path] : [];
  });
}

describe('problem catalog', () => {
  it('holds every code the source can emit', () => {
    const emitted = new Set<string>();
    for (const f of sourceFiles(SRC))
      for (const m of readFileSync(f, 'utf8').matchAll(/'([a-z0-9-]+\/[a-z0-9-]+)'/g)) emitted.add(m[1]!);
    const missing = [...emitted].filter((c) => !(c in PROBLEM_CATALOG));
    expect(missing).toEqual([]);
    // Every catalog code appears in code (the broken-cases test shows each is actually emitted).
    expect(Object.keys(PROBLEM_CATALOG).filter((c) => !emitted.has(c))).toEqual([]);
  });

  it('every entry has a title, a description and a message', () => {
    for (const [code, e] of Object.entries(PROBLEM_CATALOG)) {
      expect(code).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(e.title && e.description && e.message, code).toBeTruthy();
    }
  });
});
