import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { CurationFile, SourceMetadata } from '@newsfacts/normalize';
import type { Curation, PipelineConfig } from '@newsfacts/schemas';
import { checkSchema } from '../io/check-schema.js';
import { readJson } from '../io/read-json.js';
import { EXIT, RunError } from '../run-error.js';
import { type Article, readArticle, readCorpus } from './articles.js';
import { shownPath } from './shown-path.js';

export interface Pipeline {
  dir: string;
  name: string;
  config: PipelineConfig;
  curation: CurationFile[];
  /** Bytes of pipeline.json and the curation files, for the inputs hash. */
  declared: Buffer[];
}

/** A pipeline path must stay inside the pipeline folder, symlinks included. */
function inside(dir: string, rel: string, label: string): string {
  const full = resolve(dir, rel);
  const fail = (why: string): never => {
    throw new RunError(`${label}: ${why}`, EXIT.usage, 'pipeline/bad-path');
  };
  if (relative(dir, full).startsWith('..')) fail(`path '${rel}' leaves the pipeline folder`);
  if (!existsSync(full)) fail(`names a missing file '${rel}'`);
  const real = realpathSync(full);
  const realDir = realpathSync(dir);
  if (real !== realDir && !real.startsWith(realDir + sep))
    fail(`path '${rel}' resolves outside the pipeline folder`);
  return full;
}

/** Find a pipeline by folder path or by name under <root>/pipelines. */
export function resolvePipelineDir(arg: string, root: string): string {
  const asPath = resolve(arg);
  if (existsSync(join(asPath, 'pipeline.json'))) return asPath;
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(arg)) {
    const named = join(root, 'pipelines', arg);
    if (existsSync(join(named, 'pipeline.json'))) return named;
  }
  throw new RunError(
    `no pipeline '${arg}' (looked for ${join(asPath, 'pipeline.json')} and pipelines/${arg}/pipeline.json)`,
    EXIT.usage,
    'pipeline/not-found',
  );
}

/** Read and check pipeline.json and its curation files; articles are read later, streamed. */
export function loadPipeline(dir: string): Pipeline {
  const file = join(dir, 'pipeline.json');
  const label = relative(process.cwd(), file) || file;
  const configBytes = readFileSync(file);
  const config = checkSchema<PipelineConfig>('pipeline-config', readJson(file, label), label);
  if (config.name !== basename(dir)) {
    throw new RunError(
      `${label}#/name: '${config.name}' must equal the folder name '${basename(dir)}'`,
      EXIT.usage,
      'pipeline/name-mismatch',
    );
  }
  const declared = [configBytes];
  const curation: CurationFile[] = config.curation.map((rel, i) => {
    const path = inside(dir, rel, `${label}#/curation/${i}`);
    declared.push(readFileSync(path));
    const data = checkSchema<Curation>('curation', readJson(path, shownPath(dir, rel)), shownPath(dir, rel));
    return { file: rel, data };
  });
  config.sources.forEach((s, i) => {
    const rel = 'path' in s ? s.path : s.corpus;
    const path = inside(dir, rel, `${label}#/sources/${i}`);
    if (lstatSync(path).isSymbolicLink())
      throw new RunError(
        `${label}#/sources/${i}: '${rel}' is a symbolic link`,
        EXIT.usage,
        'pipeline/bad-path',
      );
  });
  return { dir, name: config.name, config, curation, declared };
}

/** The pipeline's articles, in declaration order, streamed one at a time. */
export function* pipelineArticles(p: Pipeline): Generator<Article> {
  for (const s of p.config.sources) {
    if ('path' in s) {
      const meta: SourceMetadata = { ...s.metadata, id: s.id };
      const article = readArticle(join(p.dir, s.path), meta, shownPath(p.dir, s.path));
      yield { ...article, meta: { ...article.meta, id: s.id } };
    } else {
      yield* readCorpus(join(p.dir, s.corpus), s.defaults ?? {}, shownPath(p.dir, s.corpus));
    }
  }
}
