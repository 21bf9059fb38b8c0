import type { ChangeSummary } from '@newsfacts/publish';

/** One line per table that changed, for people. */
export function describeChanges(diff: ChangeSummary): string {
  const lines = diff.tables
    .filter((t) => t.added || t.removed || t.changed || t.fieldsAdded.length || t.fieldsRemoved.length)
    .map((t) => {
      const parts = [`+${t.added}`, `-${t.removed}`, `~${t.changed}`];
      if (t.fieldsAdded.length) parts.push(`new fields ${t.fieldsAdded.join(', ')}`);
      if (t.fieldsRemoved.length) parts.push(`removed fields ${t.fieldsRemoved.join(', ')}`);
      return `  ${t.table}: ${parts.join(' ')}`;
    });
  const since = diff.from ? `since ${diff.from}` : 'first release';
  return lines.length === 0
    ? `changes ${since}: none`
    : `changes ${since} (added -removed ~changed):\n${lines.join('\n')}`;
}
