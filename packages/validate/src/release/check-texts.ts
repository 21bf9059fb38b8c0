import type { TableName, Texts } from '@newsfacts/schemas';
import { makeProblem, type Problem } from '../problem.js';
import type { TableData } from './check-tables.js';
import { textPathOf } from './layout.js';
import type { ReleaseFolder } from './release-folder.js';

/**
 * Texts of redistributable sources ship at texts/<id>.txt; others must not ship. Returns the texts to check
 * spans with: the release's own, then the caller's for sources whose text is not in the release.
 */
export function collectTexts(
  folder: ReleaseFolder,
  tables: Map<TableName, TableData>,
  supplied: Texts,
  out: Problem[],
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [id, read] of textReaders(folder, tables, supplied, out, true)) {
    const text = read();
    if (text !== undefined) texts.set(id, text);
  }
  return texts;
}

/**
 * The same checks as collectTexts, but each text is read only when asked for, and again on every call
 * (the streaming check holds one text at a time). With `cache`, read files stay in the folder's cache.
 */
export function textReaders(
  folder: ReleaseFolder,
  tables: Map<TableName, TableData>,
  supplied: Texts,
  out: Problem[],
  cache = false,
): Map<string, () => string | undefined> {
  const texts = new Map<string, () => string | undefined>();
  const sources = tables.get('sources');
  for (const i of sources?.valid ?? []) {
    const row = sources!.rows[i] as { id: string; redistributable: boolean; text_path: string | null };
    const at = { file: 'data/sources.json', record: row.id, pointer: `/${i}/text_path` };
    const expected = row.redistributable ? textPathOf(row.id) : null;
    if (row.text_path !== expected) {
      const detail = `${row.id}: text_path is ${JSON.stringify(row.text_path)}, expected ${JSON.stringify(expected)}`;
      out.push(makeProblem('release/text-path', at, { detail }));
    }
    if (expected !== null) {
      if (!folder.has(expected))
        out.push(makeProblem('release/missing-file', { file: expected }, { path: expected }));
      else {
        const fallback = supplied.get(row.id);
        texts.set(row.id, () => folder.text(expected, true, cache) ?? fallback);
      }
    } else if (folder.has(textPathOf(row.id))) {
      const path = textPathOf(row.id);
      out.push(
        makeProblem(
          'release/text-path',
          { ...at, file: path },
          { detail: `${path} ships the text of non-redistributable ${row.id}` },
        ),
      );
    }
    const fallback = supplied.get(row.id);
    if (!texts.has(row.id) && fallback !== undefined) texts.set(row.id, () => fallback);
  }
  return texts;
}
