// Recipes for reading a release with tools nobody here wrote. tests/e2e/read-release.test.ts runs each code
// block of a published data card as it stands, so a recipe that stops working fails the tests.

const PANDAS = `# recipe: pandas (Python 3, pandas >= 1.5)
import json
import pandas as pd

FIELDS = {r["name"]: r["schema"]["fields"] for r in json.load(open("datapackage.json"))["resources"] if "schema" in r}

def read_table(name):
    # dtype=str and keep_default_na=False: text such as Namibia's code "NA" stays text; only an empty cell is null.
    df = pd.read_csv(f"data/{name}.csv", dtype=str, keep_default_na=False, na_values=[""])
    df = df.astype(object).where(df.notna(), None)
    for f in FIELDS[name]:
        convert = {
            "integer": int, "number": float, "array": json.loads, "boolean": lambda v: v == "true",
            "string": lambda v: v[1:] if v.startswith("'") else v,  # undo the formula protection
            "date": str,  # keep ISO dates as text; pd.to_datetime(df[col]) when you want timestamps
        }[f["type"]]
        # a plain object column: integers with nulls stay integers, not floats with NaN
        df[f["name"]] = pd.Series([None if v is None else convert(v) for v in df[f["name"]]], index=df.index, dtype=object)
    return df`;

const PYTHON_CSV = `# recipe: Python csv module (no dependencies)
import csv
import json

FIELDS = {r["name"]: r["schema"]["fields"] for r in json.load(open("datapackage.json"))["resources"] if "schema" in r}
CONVERT = {
    "integer": int, "number": float, "array": json.loads, "boolean": lambda v: v == "true", "date": str,
    "string": lambda v: v[1:] if v.startswith("'") else v,  # undo the formula protection
}

def read_rows(name):
    types = {f["name"]: CONVERT[f["type"]] for f in FIELDS[name]}
    with open(f"data/{name}.csv", newline="", encoding="utf-8") as file:
        return [{k: None if v == "" else types[k](v) for k, v in row.items()} for row in csv.DictReader(file)]`;

const DUCKDB = `-- recipe: DuckDB (SQL)
-- An empty cell is NULL and nothing else is; 'NA' stays text. Strip the formula protection from text columns
-- you compare or display: regexp_replace(text, '^''', '').
SELECT q.id, e.name AS speaker, regexp_replace(q.text, '^''', '') AS text
FROM read_csv('data/quotes.csv', header = true) AS q
LEFT JOIN read_csv('data/entities.csv', header = true) AS e ON e.id = q.speaker_id
ORDER BY q.id;`;

import { DEFAULT_FORMATS, type TableFormat } from '@newsfacts/validate';

const block = (lang: string, code: string) => ['```' + lang, code, '```', ''];

const DUCKDB_PARQUET = `-- recipe: DuckDB (SQL) on the Parquet tables
SELECT q.id, e.name AS speaker, q.text
FROM 'data/quotes.parquet' AS q
LEFT JOIN 'data/entities.parquet' AS e ON e.id = q.speaker_id
ORDER BY q.id;`;

const PANDAS_PARQUET = `# recipe: pandas with a Parquet engine (pyarrow or fastparquet installed)
import pandas as pd

quotes = pd.read_parquet("data/quotes.parquet")  # nulls are nulls; list columns are JSON text: json.loads`;

/** Reading a release whose tables include no CSV: its Parquet files, else its JSON files. */
function withoutCsv(formats: readonly TableFormat[]): string[] {
  if (!formats.includes('parquet'))
    return [
      'Read the JSON files (`json.load`, `pd.read_json(..., dtype=False, convert_dates=False)` to keep ISO dates as text), with the column types of `datapackage.json`.',
      '',
    ];
  return [
    "Read the Parquet files with DuckDB, pandas (with pyarrow or fastparquet), Polars, Spark or any Parquet reader; `datapackage.json` gives each table's schema and foreign keys. " +
      'Columns keep their types (lists are JSON text; dates are text: convert them yourself when you want timestamps).',
    '',
    ...block('sql', DUCKDB_PARQUET),
    ...block('python', PANDAS_PARQUET),
  ];
}

/** The data card's "Reading the tables" section (the CSV recipes when the release has CSV tables). */
export function readingSection(formats: readonly TableFormat[] = DEFAULT_FORMATS): string[] {
  if (!formats.includes('csv')) return ['## Reading the tables', '', ...withoutCsv(formats)];
  return [
    '## Reading the tables',
    '',
    'Read the CSV files (an empty table keeps its header there; its JSON file is just `[]`), with the column types of `datapackage.json`. ' +
      'Two defaults of common readers lose data: pandas turns the text `NA` (Namibia) into NaN unless told otherwise, and `read_json` turns ISO dates into timestamps. ' +
      'These recipes keep every null, empty-free text cell and date as published:',
    '',
    ...block('python', PANDAS),
    ...block('python', PYTHON_CSV),
    ...block('sql', DUCKDB),
    ...(formats.includes('parquet') ? block('sql', DUCKDB_PARQUET) : []),
    'Frictionless readers (v1 and v2) read `datapackage.json` directly: every table schema declares `missingValues: [""]`. ' +
      'To validate rows with python-jsonschema, use jsonschema ≥ 4.18 for `referencing` (older versions: `RefResolver` with a store of the schemas).',
    '',
  ];
}
