import { readFileSync } from 'node:fs';
import { loadStandalone, newAjv } from '@newsfacts/schemas';

const dataDir = new URL('../../data/', import.meta.url);

/** The word-list schemas compiled at build time (`npm run build` writes dist/data-validators.cjs). */
const standalone = loadStandalone(new URL('../../dist/data-validators.cjs', import.meta.url));
/** Compiles a schema the build did not (tests from the sources, data of other folders): its own small instance. */
let ajv: ReturnType<typeof newAjv> | undefined;

function validatorOf(schema: { $id: string }, dir: URL): (typeof standalone)[string] {
  const built = dir.href === dataDir.href ? standalone[schema.$id] : undefined;
  if (built) return built;
  ajv ??= newAjv();
  return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
}

/**
 * Reads a word list from `data/<name>` and checks it against `data/schemas/<stem>.schema.json`.
 * A list that does not match its schema is a bug in the package's own data, so it throws, naming the
 * file and the JSON pointer of the first problem.
 */
export function readData<T>(name: string, dir: URL = dataDir): T {
  const stem = name.replace(/\.json$/, '');
  const data: unknown = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
  const schema = JSON.parse(readFileSync(new URL(`schemas/${stem}.schema.json`, dir), 'utf8')) as {
    $id: string;
  };
  const validate = validatorOf(schema, dir);
  if (!validate(data)) {
    const e = validate.errors![0]!;
    throw new Error(`data/${name}${e.instancePath ? `#${e.instancePath}` : ''}: ${e.message ?? 'invalid'}`);
  }
  return data as T;
}
