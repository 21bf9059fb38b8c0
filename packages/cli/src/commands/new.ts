import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readArticleFile } from '@newsfacts/runner/read-article';
import { type PipelineConfig, validateAgainst } from '@newsfacts/schemas';
import { CliError, EXIT } from '../errors.js';
import { findRoot } from '../paths.js';

export interface NewOptions {
  title?: string;
  outlet?: string;
  author?: string[];
  published?: string;
  url?: string;
  license?: string;
  redistributable?: boolean;
  json?: boolean;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function configOf(name: string, o: NewOptions): PipelineConfig {
  return {
    name,
    dataset: {
      title: o.title ?? name,
      description: `Entities, quotes and events in ${o.title ? `"${o.title}"` : `the article ${name}.txt`}.`,
      license: 'CC-BY-4.0',
      keywords: ['news'],
      contributors: [{ title: 'newsfacts contributors', roles: ['creator', 'curator'] }],
      homepage: null,
    },
    sources: [
      {
        id: name,
        path: `${name}.txt`,
        metadata: {
          title: o.title ?? null,
          outlet: o.outlet ?? null,
          authors: o.author ?? [],
          published: o.published ?? null,
          url: o.url ?? null,
          language: 'en',
          license: o.license ?? 'LicenseRef-All-Rights-Reserved',
          license_note: null,
          attribution: null,
          redistributable: o.redistributable ?? false,
        },
      },
    ],
    curation: ['curation.json'],
  };
}

// The package.json makes the folder a workspace, so `npx turbo run pipeline` runs it after building the CLI.
const packageOf = (name: string) => ({
  name: `@newsfacts/pipeline-${name}`,
  version: '1.0.0',
  private: true,
  type: 'module',
  description: `The ${name} dataset`,
  scripts: { pipeline: 'node ../../packages/cli/dist/bin.js run . --datasets ../../datasets' },
  devDependencies: { '@newsfacts/cli': '1.0.0' },
});

const readmeOf = (name: string) => `# Pipeline: ${name}

- \`${name}.txt\` — the article, kept exactly as received (every offset refers to it).
- \`pipeline.json\` — dataset metadata, the source and its metadata (\`schemas/pipeline-config.schema.json\`).
- \`curation.json\` — corrections applied after extraction (\`schemas/curation.schema.json\`).

Build it with \`npx turbo run pipeline\` or \`npx newsfacts run ${name}\` from the repository root.
`;

function checkName(name: string, dir: string): void {
  if (!SLUG.test(name))
    throw new CliError(
      `'${name}' is not a pipeline name (lower-case words joined by '-')`,
      EXIT.usage,
      'pipeline/bad-name',
    );
  if (existsSync(dir))
    throw new CliError(`${dir}: already exists; pick another name`, EXIT.usage, 'pipeline/exists');
}

/** Scaffold pipelines/<name>/ around one article; written whole or not at all. */
export function newCommand(name: string, article: string, opts: NewOptions): number {
  const root = findRoot();
  const dir = join(root, 'pipelines', name);
  checkName(name, relative(process.cwd(), dir) || dir);
  readArticleFile(article, article); // the same checks as a run: UTF-8, not empty, within the size limit
  const config = configOf(name, opts);
  const bad = validateAgainst('pipeline-config', config)[0];
  if (bad)
    throw new CliError(
      `pipeline.json${bad.pointer ? `#${bad.pointer}` : ''} from the options: ${bad.message}`,
    );
  const temp = `${dir}.new-${process.pid}`;
  mkdirSync(temp, { recursive: true });
  try {
    copyFileSync(article, join(temp, `${name}.txt`)); // the bytes as received: offsets refer to them
    writeFileSync(join(temp, 'pipeline.json'), json(config));
    writeFileSync(join(temp, 'curation.json'), json({ entries: [] }));
    writeFileSync(join(temp, 'package.json'), json(packageOf(name)));
    writeFileSync(join(temp, 'README.md'), readmeOf(name));
    renameSync(temp, dir);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  const shown = relative(process.cwd(), dir) || dir;
  if (opts.json) process.stdout.write(json({ pipeline: name, dir: shown }));
  else
    process.stdout.write(
      `created ${shown}/ (pipeline.json, ${name}.txt, curation.json, package.json, README.md)\nnext: npm install   # records the new workspace in package-lock.json, so npm ci keeps working\n      npx turbo run pipeline   # or: npx newsfacts run ${name}\n`,
    );
  return EXIT.ok;
}
