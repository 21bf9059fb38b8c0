import { readFileSync } from 'node:fs';
import { getAjv } from '@newsfacts/schemas';

const dataDir = new URL('../../data/', import.meta.url);

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
  const ajv = getAjv();
  const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  if (!validate(data)) {
    const e = validate.errors![0]!;
    throw new Error(`data/${name}${e.instancePath ? `#${e.instancePath}` : ''}: ${e.message ?? 'invalid'}`);
  }
  return data as T;
}
