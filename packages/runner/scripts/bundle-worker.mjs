#!/usr/bin/env node
// Bundles the article worker (dist/corpus/article-worker.js and the ~520 modules it imports: extract,
// normalize, publish/article, their npm dependencies) into one CommonJS file, dist/article-worker.cjs,
// which the worker pool starts instead of the ES module (src/corpus/worker-entry.ts). Each worker then
// compiles one script instead of resolving, reading, compiling and linking every module through Node's
// ES module loader: ~0.2-0.35 s less CPU per worker (docs/scale.md, "Worker compilation, session 22").
// Run by `npm run build` after tsc. Beside it, dist/article-worker.cjs.json lists the bundled files and
// the sha256 of their paths and bytes (bundleDigest of src/corpus/worker-entry.ts, which checks it), so a
// bundle older than the modules it was made from is not used.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleDigest } from '../dist/corpus/worker-entry.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = resolve(root, 'dist');
const outfile = resolve(dist, 'article-worker.cjs');
const outdir = dirname(outfile);

/** A bundled file's path from the bundle's folder, with forward slashes. */
const fromBundle = (path) => relative(outdir, path).split(sep).join('/');

// The modules read their data files relative to themselves (word lists, gazetteer, schemas, standalone
// validators): each one's import.meta.url becomes its own file's URL, rebuilt from the bundle's path.
const importMetaUrl = {
  name: 'import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.m?js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const url = `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${JSON.stringify(fromBundle(path))})).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [resolve(dist, 'corpus/article-worker.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  absWorkingDir: root,
  metafile: true,
  plugins: [importMetaUrl],
  logLevel: 'warning',
});

const inputs = Object.keys(result.metafile.inputs)
  .map((p) => fromBundle(resolve(root, p)))
  .sort();
const sha256 = bundleDigest(pathToFileURL(outfile), inputs);
writeFileSync(`${outfile}.json`, `${JSON.stringify({ sha256, inputs }, null, 1)}\n`);
