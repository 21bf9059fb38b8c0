import type { RedirectRow } from '@newsfacts/schemas';
import type { ReleaseDiff, TableDiff } from './diff-releases.js';
import { mdCode, mdText } from './markdown.js';

function tableSection(t: TableDiff, redirectOf: ReadonlyMap<string, RedirectRow>): string[] {
  const n = t.added.length + t.removed.length + t.changed.length;
  if (n + t.fieldsAdded.length + t.fieldsRemoved.length === 0) return [];
  const out = [`## ${t.table}`, ''];
  if (t.fieldsAdded.length > 0) out.push(`- New columns: ${t.fieldsAdded.map((f) => mdCode(f)).join(', ')}`);
  if (t.fieldsRemoved.length > 0)
    out.push(`- Removed columns: ${t.fieldsRemoved.map((f) => mdCode(f)).join(', ')}`);
  if (t.added.length > 0) {
    out.push(`- Added (${t.added.length}):`);
    for (const k of t.added) out.push(`  - ${mdCode(k)}`);
  }
  if (t.removed.length > 0) {
    out.push(`- Removed (${t.removed.length}):`);
    for (const k of t.removed) {
      const r = redirectOf.get(k);
      out.push(`  - ${mdCode(k)}${r ? ` → ${mdCode(r.new_id)} (${r.reason})` : ''}`);
    }
  }
  if (t.changed.length > 0) {
    out.push(`- Changed (${t.changed.length}):`);
    for (const c of t.changed) {
      const what = c.fields.map((f) => `${f} ${mdCode(c.before[f])} → ${mdCode(c.after[f])}`).join('; ');
      out.push(`  - ${mdCode(c.key)}: ${what}`);
    }
  }
  out.push('');
  return out;
}

/** CHANGELOG.md: every record added, removed or changed since the previous version, and redirects. */
export function renderChangelog(
  title: string,
  version: string,
  diff: ReleaseDiff,
  redirects: readonly RedirectRow[],
): string {
  const redirectOf = new Map(redirects.map((r) => [r.old_id, r]));
  const head = [`# Changelog — ${mdText(title, 300)} ${version}`, ''];
  if (diff.from === null) {
    const counts = diff.tables.map((t) => `${t.table} ${t.added.length}`).join(', ');
    return [...head, `First release: ${counts}.`, ''].join('\n');
  }
  const body = diff.tables.flatMap((t) => tableSection(t, redirectOf));
  const newRedirects = diff.tables.find((t) => t.table === 'redirects')?.added ?? [];
  const retired = redirects.filter((r) => newRedirects.includes(`${r.old_id} ${r.new_id}`));
  const redirectLines =
    retired.length > 0
      ? [
          '## Retired ids',
          '',
          ...retired.map((r) => `- ${mdCode(r.old_id)} → ${mdCode(r.new_id)} (${r.kind}, ${r.reason})`),
          '',
        ]
      : [];
  const summary = body.length === 0 ? ['No record changed; files or metadata were rebuilt.', ''] : [];
  return [...head, `Changes since ${diff.from}.`, '', ...summary, ...body, ...redirectLines].join('\n');
}
