import { lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLE_NAMES, type TableName, type Texts, type ValidationReport } from '@newsfacts/schemas';
import { fromRows, type Tables } from '@newsfacts/tables';
import { checkDataset } from '../dataset/check-dataset.js';
import type { Kind } from '../dataset/context.js';
import { makeProblem, type Problem } from '../problem.js';
import { makeReport } from '../report.js';
import { checkChecksums } from './check-checksums.js';
import { checkDatapackage, type DeclaredFields } from './check-datapackage.js';
import { checkKeys } from './check-keys.js';
import { checkManifest } from './check-manifest.js';
import { checkTables, type TableData } from './check-tables.js';
import { collectTexts } from './check-texts.js';
import { releaseFormats, requiredFiles, type TableFormat } from './layout.js';
import { listFiles } from './list-files.js';
import { locateInTables } from './locate-in-tables.js';
import { readParquetTables } from './read-parquet.js';
import { ReleaseFolder } from './release-folder.js';
import { checkTablesStreaming } from './stream/check-streaming.js';
import { compareParquetStreaming, decodeParquetTables } from './stream/compare-parquet.js';

/**
 * Releases with more table data than this are checked by streaming their tables (stream/check-streaming.ts),
 * in memory that does not grow with the number of rows; smaller ones are read whole.
 */
export const STREAM_ABOVE_BYTES = 64 * 1024 * 1024;

/** Problems found twice by different checks (a missing file listed in several places) are shown once. */
function unique(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.file}\u0000${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function rebuild(tables: Map<TableName, TableData>, texts: Texts, out: Problem[]): void {
  const valid = {} as Record<TableName, unknown[]>;
  for (const t of TABLE_NAMES) {
    const data = tables.get(t);
    valid[t] = (data?.valid ?? []).map((i) => data!.rows[i]);
  }
  const v = (t: TableName) => tables.get(t)?.valid ?? [];
  const rowsOf: Record<Kind, number[]> = {
    sources: v('sources'),
    entities: v('entities'),
    quotes: v('quotes'),
    events: v('events'),
    relations: v('event_relations'),
    redirects: v('redirects'),
  };
  const dataset = fromRows(valid as unknown as Tables, texts);
  // A cue is published as offsets only; without its text fromRows cannot rebuild the words, so the cue
  // stands in with its normalized text and is checked by its offsets against the source length.
  for (const q of dataset.quotes) {
    if (q.cue && !texts.has(q.cue.evidence.source))
      q.cue.evidence = { ...q.cue.evidence, exact: q.cue.text, prefix: '', suffix: '' };
  }
  out.push(...checkDataset(dataset, texts, { locate: locateInTables(rowsOf, tables) }));
}

/**
 * A Parquet table holds about a tenth of the bytes of its rows as JSON Lines (docs/scale.md): it counts that
 * much towards STREAM_ABOVE_BYTES.
 */
const PARQUET_RATIO = 10;

/** The streaming table check; a release of Parquet tables only has them decoded for it into a scratch folder. */
async function checkStreaming(
  folder: ReleaseFolder,
  declared: DeclaredFields,
  formats: readonly TableFormat[],
  texts: Texts,
  out: Problem[],
): Promise<void> {
  if (!formats.includes('parquet')) return checkTablesStreaming(folder, declared, texts, out);
  if (formats.some((f) => f !== 'parquet'))
    return checkTablesStreaming(folder, declared, texts, out, await compareParquetStreaming(folder, out));
  const scratch = mkdtempSync(join(tmpdir(), 'newsfacts-validate-'));
  try {
    checkTablesStreaming(folder, declared, texts, out, await decodeParquetTables(folder, scratch, out));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Record problems name the JSON table (data/<table>.json); a release without JSON tables has them point at
 * the copy read in its place (JSON Lines, else Parquet, else CSV), at the same row.
 */
function relocate(problems: Problem[], formats: readonly TableFormat[]): Problem[] {
  if (formats.includes('json')) return problems;
  const ext = formats.find((f) => f !== 'csv') ?? 'csv';
  return problems.map((p) => {
    const m = p.file === null ? null : /^data\/([a-z_]+)\.json$/.exec(p.file);
    return m ? { ...p, file: `data/${m[1]}.${ext}` } : p;
  });
}

/** Check a release folder as docs/release-format.md describes it; never follows links. */
export async function validateRelease(
  dir: string,
  opts: {
    texts?: Texts;
    expectRootSha256?: string;
    /** Stream the tables (memory bounded by one source's rows); by default above STREAM_ABOVE_BYTES of data. */
    streaming?: boolean;
  } = {},
): Promise<ValidationReport> {
  const out: Problem[] = [];
  try {
    const st = lstatSync(dir);
    if (st.isSymbolicLink())
      return makeReport([makeProblem('release/symlink', { file: dir }, { path: dir })]);
    if (!st.isDirectory())
      return makeReport([
        makeProblem('input/unreadable', { file: dir }, { path: dir, detail: 'not a folder' }),
      ]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? makeProblem('input/not-found', { file: dir }, { path: dir })
        : makeProblem('input/unreadable', { file: dir }, { path: dir, detail: code ?? String(err) });
    return makeReport([problem]);
  }
  const folder = new ReleaseFolder(dir, listFiles(dir, out), out);
  const formats = releaseFormats(folder.files.keys());
  for (const path of requiredFiles(formats))
    if (!folder.has(path)) out.push(makeProblem('release/missing-file', { file: path }, { path }));
  checkChecksums(folder, out, opts.expectRootSha256);
  const declared = checkDatapackage(folder, out);
  let dataBytes = 0;
  for (const [path, size] of folder.files)
    if (path.startsWith('data/')) dataBytes += path.endsWith('.parquet') ? size * PARQUET_RATIO : size;
  if (opts.streaming ?? dataBytes > STREAM_ABOVE_BYTES) {
    await checkStreaming(folder, declared, formats, opts.texts ?? new Map(), out);
    return makeReport(relocate(unique(out), formats));
  }
  const parquet = formats.includes('parquet') ? await readParquetTables(folder, out) : new Map();
  const tables = checkTables(folder, declared, out, parquet);
  checkManifest(folder, tables, out);
  checkKeys(tables, out);
  const texts = collectTexts(folder, tables, opts.texts ?? new Map(), out);
  rebuild(tables, texts, out);
  return makeReport(relocate(unique(out), formats));
}
