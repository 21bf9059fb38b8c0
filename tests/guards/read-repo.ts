import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', 'test-output', 'generated']);

/** Every file under `dir` with one of `extensions`, as paths relative to the repository root. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    let names: string[];
    try {
      names = readdirSync(at).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) {
        if (!SKIP.has(name)) walk(full);
      } else if (extensions.some((e) => name.endsWith(e))) out.push(relative(ROOT, full));
    }
  };
  walk(join(ROOT, dir));
  return out;
}

export const readText = (path: string) => readFileSync(join(ROOT, path), 'utf8');

export interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** The workspace packages under packages/, by folder name. */
export function workspacePackages(): Map<string, PackageJson> {
  const dir = join(ROOT, 'packages');
  const names = readdirSync(dir)
    .filter((n) => statSync(join(dir, n, 'package.json'), { throwIfNoEntry: false }))
    .sort();
  return new Map(names.map((n) => [n, JSON.parse(readText(`packages/${n}/package.json`)) as PackageJson]));
}

/** Whether a source file ships (tests and their fixtures do not). */
export const isProduction = (path: string) => !/\.test\.ts$|\/fixtures\//.test(path);

const STATIC = /^\s*(?:import|export)\s(?:[^;]*?\sfrom\s)?\s*'([^'.][^']*)'/gm;
const DYNAMIC = /\bimport\(\s*'([^'.][^']*)'\s*\)/g;
/** How generator scripts read a package's data: `require('x')`, `createRequire(…)('x')`, `packageDir('x')`. */
const REQUIRED = /(?:\b(?:require(?:\.resolve)?|packageDir)|\))\(\s*'([^'.][^']*)'\s*\)/g;

/** The packages a file imports (statically or dynamically): bare specifiers, reduced to the package name. */
export function importsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of [...text.matchAll(STATIC), ...text.matchAll(DYNAMIC), ...text.matchAll(REQUIRED)]) {
    const spec = m[1]!;
    if (spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    found.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return found;
}
