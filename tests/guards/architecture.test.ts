import { describe, expect, it } from 'vitest';
import {
  importsOf,
  isProduction,
  listFiles,
  type PackageJson,
  readText,
  workspacePackages,
} from './read-repo.js';

const SCOPE = '@newsfacts/';
const CODE = ['.ts', '.mjs', '.js'];

/** Declared but never imported on purpose (none today): anything unused fails. */
const KNOWN_UNUSED = new Map<string, string[]>();

/** What the shipped code of a package imports (src and scripts, tests left out), itself excluded. */
function productionImports(folder: string, name: string): Set<string> {
  const found = new Set<string>();
  for (const file of [
    ...listFiles(`packages/${folder}/src`, CODE),
    ...listFiles(`packages/${folder}/scripts`, CODE),
  ])
    if (isProduction(file)) for (const dep of importsOf(readText(file))) if (dep !== name) found.add(dep);
  return found;
}

/** Every package a package's files import, tests included (what its package.json must declare). */
function allImports(folder: string, name: string): Set<string> {
  const found = new Set<string>();
  for (const file of listFiles(`packages/${folder}`, CODE))
    for (const dep of importsOf(readText(file))) if (dep !== name) found.add(dep);
  return found;
}

/** The graph table of docs/architecture.md: package → the workspace packages it imports. */
function documentedGraph(): Map<string, string[]> {
  const doc = readText('docs/architecture.md');
  const section = doc.slice(doc.indexOf('## Packages and their one-way graph'));
  const graph = new Map<string, string[]>();
  for (const m of section.matchAll(/^\| `([a-z-]+)` \| ([^|]*) \|$/gm)) {
    const deps = [...m[2]!.matchAll(/`([a-z-]+)`/g)].map((d) => d[1]!);
    graph.set(m[1]!, deps.sort());
  }
  return graph;
}

describe('the package graph', () => {
  const packages = workspacePackages();
  /** Tools every package may use in its tests and scripts (the root declares them once). */
  const shared = new Set(
    Object.keys((JSON.parse(readText('package.json')) as PackageJson).devDependencies ?? {}),
  );

  it("docs/architecture.md's graph is what the shipped code imports", () => {
    const actual = new Map(
      [...packages].map(([folder, pkg]) => [
        folder,
        [...productionImports(folder, pkg.name)]
          .filter((d) => d.startsWith(SCOPE))
          .map((d) => d.slice(SCOPE.length))
          .sort(),
      ]),
    );
    expect(Object.fromEntries(documentedGraph())).toEqual(Object.fromEntries(actual));
  });

  it('is one-way: no package reaches itself through its imports', () => {
    const graph = documentedGraph();
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (graph.get(from) ?? []).some((d) => d === to || (!seen.has(d) && seen.add(d) && reaches(d, to, seen)));
    for (const name of graph.keys()) expect(reaches(name, name), `${name} is in a cycle`).toBe(false);
  });

  it('every package declares what it imports and imports what it declares', () => {
    const problems: string[] = [];
    for (const [folder, pkg] of packages) {
      const used = allImports(folder, pkg.name);
      const declared = new Set([
        ...Object.keys(pkg.dependencies ?? {}),
        ...Object.keys(pkg.devDependencies ?? {}),
      ]);
      for (const dep of used)
        if (!declared.has(dep) && !shared.has(dep)) problems.push(`${folder} imports undeclared ${dep}`);
      const known = KNOWN_UNUSED.get(folder) ?? [];
      for (const dep of declared)
        if (!used.has(dep) && !dep.startsWith('@types/') && !known.includes(dep))
          problems.push(`${folder} never imports ${dep}`);
    }
    expect(problems).toEqual([]);
  });
});
