import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TABLE_NAMES } from '@newsfacts/schemas';
import { unprotectCell } from '@newsfacts/tables';
import { Table } from 'tableschema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, scratchProject } from '../helpers/cli.js';
import { pythonWith, runPython } from '../helpers/python.js';

// Regression (issue 15.4, 15.5, 15.6): readers nobody here wrote must read every table of a release with its
// nulls, its text (Namibia's code "NA", a span's context at the edge of the text) and its dates intact.
type Row = Record<string, unknown>;
let project = '';
let release = '';
let datapackage: {
  resources: { name: string; path: string; schema?: { fields: { name: string; type: string }[] } }[];
};
const json = (t: string): Row[] => JSON.parse(readFileSync(join(release, 'data', `${t}.json`), 'utf8'));
const fieldsOf = (t: string) => datapackage.resources.find((r) => r.name === t)!.schema!.fields;

beforeAll(() => {
  project = scratchProject();
  // A second article whose cells hold text that default readers take for null ("NA"), in the same release.
  writeFileSync(
    join(project, 'na.txt'),
    'Namibia said on Monday that it would open a new port in Walvis Bay.\n',
  );
  const made = cli(
    ['new', 'na-test', 'na.txt', '--outlet', 'NA', '--title', 'NA', '--published', '2024-05-06'],
    { cwd: project },
  );
  expect(made.code, made.stderr).toBe(0);
  const r = cli(['run', 'na-test'], { cwd: project });
  expect(r.code, r.stderr).toBe(0);
  release = join(project, 'datasets/na-test/1.0.0');
  const seed = cli(['run', 'kashmir-backchannel'], { cwd: project });
  expect(seed.code, seed.stderr).toBe(0);
  datapackage = JSON.parse(readFileSync(join(release, 'datapackage.json'), 'utf8'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const releases = () => [release, join(project, 'datasets/kashmir-backchannel/1.0.0')];

/** Code blocks of the data card that start with "<comment> recipe: <name>". */
function recipe(dir: string, name: string): string {
  const card = readFileSync(join(dir, 'README.md'), 'utf8');
  const block = [...card.matchAll(/```[a-z]*\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .find((b) => b.includes(`recipe: ${name}`));
  if (!block) throw new Error(`the data card of ${dir} has no '${name}' recipe`);
  return block;
}

describe('a release read by other tools', () => {
  it('the release holds the values default readers get wrong', () => {
    expect(json('sources').find((s) => s.id === 'na-test')).toMatchObject({
      outlet: 'NA',
      title: 'NA',
      published: '2024-05-06',
    });
    const seedQuotes: Row[] = JSON.parse(readFileSync(join(releases()[1]!, 'data/quotes.json'), 'utf8'));
    expect(seedQuotes.some((q) => q.prefix === null && q.start === 0)).toBe(true);
  });

  it('Frictionless v1 (the tableschema library) casts every row of every table like the JSON files', async () => {
    for (const dir of releases()) {
      datapackage = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
      for (const t of TABLE_NAMES) {
        const resource = datapackage.resources.find((r) => r.name === t)!;
        const table = await Table.load(join(dir, resource.path), { schema: resource.schema });
        const rows: Row[] = await table.read({ keyed: true, cast: true });
        const types = Object.fromEntries(fieldsOf(t).map((f) => [f.name, f.type]));
        const plain = rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [
              k,
              v instanceof Date
                ? v.toISOString().slice(0, 10)
                : typeof v === 'string' && types[k] === 'string'
                  ? unprotectCell(v)
                  : v,
            ]),
          ),
        );
        const expected: Row[] = JSON.parse(readFileSync(join(dir, 'data', `${t}.json`), 'utf8'));
        expect(plain, `${dir} ${t}`).toEqual(expected);
      }
    }
    datapackage = JSON.parse(readFileSync(join(release, 'datapackage.json'), 'utf8'));
  });

  const pandas = pythonWith('pandas');
  it.skipIf(!pandas)(
    `the pandas recipe of the data card reads every table like the JSON files${pandas ? '' : ' (SKIPPED: no python3 with pandas; apt-get install python3-pandas)'}`,
    () => {
      for (const dir of releases()) {
        const dump = `${recipe(dir, 'pandas')}\nimport sys\nprint(json.dumps({t: read_table(t).to_dict(orient="records") for t in sys.argv[1:]}))`;
        const got = JSON.parse(runPython(pandas!, dump, [...TABLE_NAMES], dir));
        for (const t of TABLE_NAMES)
          expect(got[t], `${dir} ${t}`).toEqual(
            JSON.parse(readFileSync(join(dir, 'data', `${t}.json`), 'utf8')),
          );
      }
    },
  );

  const python = pythonWith('csv');
  it.skipIf(!python)(
    `the Python csv recipe of the data card reads every table like the JSON files${python ? '' : ' (SKIPPED: no python3)'}`,
    () => {
      for (const dir of releases()) {
        const dump = `${recipe(dir, 'Python csv')}\nimport sys\nprint(json.dumps({t: read_rows(t) for t in sys.argv[1:]}))`;
        const got = JSON.parse(runPython(python!, dump, [...TABLE_NAMES], dir));
        for (const t of TABLE_NAMES)
          expect(got[t], `${dir} ${t}`).toEqual(
            JSON.parse(readFileSync(join(dir, 'data', `${t}.json`), 'utf8')),
          );
      }
    },
  );

  it('DuckDB: the data card recipe runs, and every column has exactly the nulls of the JSON files', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    for (const dir of releases()) {
      await c.run(`SET file_search_path = '${dir}'`);
      const quotes = (
        await c.runAndReadAll(recipe(dir, 'DuckDB').replace(/^--.*$/gm, ''))
      ).getRowObjectsJson();
      const expected = JSON.parse(readFileSync(join(dir, 'data/quotes.json'), 'utf8')) as Row[];
      expect(quotes.map((q) => q.text).sort()).toEqual(expected.map((q) => q.text).sort());
      for (const t of TABLE_NAMES) {
        const rows = JSON.parse(readFileSync(join(dir, 'data', `${t}.json`), 'utf8')) as Row[];
        if (rows.length === 0) continue;
        const got = (
          await c.runAndReadAll(`select * from read_csv('data/${t}.csv', header = true)`)
        ).getRowObjectsJson();
        for (const column of Object.keys(rows[0]!)) {
          const nulls = (rs: Row[]) => rs.map((r) => r[column] === null);
          expect(nulls(got), `${dir} ${t}.${column}`).toEqual(nulls(rows));
        }
      }
    }
    c.closeSync();
  });
});
