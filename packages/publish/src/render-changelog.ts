import type { RedirectRow } from '@newsfacts/schemas';
import { type ReleaseDiff, summarizeDiff, type TableChangeCounts } from './diff-releases.js';
import type { ChangedRecord, KeyedWords } from './diff-rows.js';
import { mdCode, mdText } from './markdown.js';

/** One table's changes as counts and lists read once, in key order (arrays, or files of a streamed diff). */
export interface ChangeListing extends TableChangeCounts {
  addedKeys(): Iterable<KeyedWords>;
  removedKeys(): Iterable<KeyedWords>;
  changedRecords(): Iterable<ChangedRecord>;
}

/** The changes of an in-memory diff as listings. */
function listingsOf(diff: ReleaseDiff): ChangeListing[] {
  return summarizeDiff(diff).tables.map((counts, i) => {
    const t = diff.tables[i]!;
    return {
      ...counts,
      addedKeys: () => t.added.map((key) => ({ key, words: t.words[key] ?? null })),
      removedKeys: () => t.removed.map((key) => ({ key, words: t.words[key] ?? null })),
      changedRecords: () => t.changed,
    };
  });
}

/** A quote's first words are enough to recognise it. */
const WORDS_SHOWN = 60;

function recordLine({ key, words }: KeyedWords): string {
  return `${mdCode(key)}${words === null ? '' : ` “${mdText(words, WORDS_SHOWN)}”`}`;
}

function* tableSection(t: ChangeListing, redirectOf: ReadonlyMap<string, RedirectRow>): Generator<string> {
  const n = t.added + t.removed + t.changed;
  if (n + t.fieldsAdded.length + t.fieldsRemoved.length === 0) return;
  yield `## ${t.table}`;
  yield '';
  if (t.fieldsAdded.length > 0) yield `- New columns: ${t.fieldsAdded.map((f) => mdCode(f)).join(', ')}`;
  if (t.fieldsRemoved.length > 0)
    yield `- Removed columns: ${t.fieldsRemoved.map((f) => mdCode(f)).join(', ')}`;
  if (t.added > 0) {
    yield `- Added (${t.added}):`;
    for (const k of t.addedKeys()) yield `  - ${recordLine(k)}`;
  }
  if (t.removed > 0) {
    yield `- Removed (${t.removed}):`;
    for (const k of t.removedKeys()) {
      const r = redirectOf.get(k.key);
      yield `  - ${recordLine(k)}${r ? ` → ${mdCode(r.new_id)} (${r.reason})` : ''}`;
    }
  }
  if (t.changed > 0) {
    yield `- Changed (${t.changed}):`;
    for (const c of t.changedRecords()) {
      const what = c.fields.map((f) => `${f} ${mdCode(c.before[f])} → ${mdCode(c.after[f])}`).join('; ');
      yield `  - ${mdCode(c.key)}: ${what}`;
    }
  }
  yield '';
}

/**
 * CHANGELOG.md line by line (joined by '\n'): every record added, removed or changed since the previous
 * version (`from`; null for a first release, which lists counts only), and the ids retired by redirects.
 */
export function* changelogLines(
  title: string,
  version: string,
  from: string | null,
  tables: readonly ChangeListing[],
  redirects: readonly RedirectRow[],
): Generator<string> {
  yield `# Changelog — ${mdText(title, 300)} ${version}`;
  yield '';
  if (from === null) {
    yield `First release: ${tables.map((t) => `${t.table} ${t.added}`).join(', ')}.`;
    yield '';
    return;
  }
  yield `Changes since ${from}.`;
  yield '';
  const changed = tables.some(
    (t) => t.added + t.removed + t.changed + t.fieldsAdded.length + t.fieldsRemoved.length > 0,
  );
  if (!changed) {
    yield 'No record changed; files or metadata were rebuilt.';
    yield '';
  }
  const redirectOf = new Map(redirects.map((r) => [r.old_id, r]));
  for (const t of tables) yield* tableSection(t, redirectOf);
  const listing = tables.find((t) => t.table === 'redirects');
  const newRedirects = new Set(listing ? [...listing.addedKeys()].map((k) => k.key) : []);
  const retired = redirects.filter((r) => newRedirects.has(`${r.old_id} ${r.new_id}`));
  if (retired.length > 0) {
    yield '## Retired ids';
    yield '';
    for (const r of retired) yield `- ${mdCode(r.old_id)} → ${mdCode(r.new_id)} (${r.kind}, ${r.reason})`;
    yield '';
  }
}

/** CHANGELOG.md of an in-memory diff. */
export function renderChangelog(
  title: string,
  version: string,
  diff: ReleaseDiff,
  redirects: readonly RedirectRow[],
): string {
  return [...changelogLines(title, version, diff.from, listingsOf(diff), redirects)].join('\n');
}
