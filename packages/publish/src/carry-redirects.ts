import type { Dataset, Evidence, RedirectRow } from '@newsfacts/schemas';
import { compareStrings } from '@newsfacts/tables';

export type SpanKind = 'mention' | 'quote' | 'event' | 'relation';

/** What carrying a redirect looks at in a span record: its id, kind and evidence ('' for no context). */
export interface SpanRecord {
  id: string;
  kind: SpanKind;
  source: string;
  start: number;
  exact: string;
  prefix: string;
  suffix: string;
}

const spanOf = (id: string, kind: SpanKind, e: Evidence): SpanRecord => ({
  id,
  kind,
  source: e.source,
  start: e.start,
  exact: e.exact,
  prefix: e.prefix,
  suffix: e.suffix,
});

function spanRecords(d: Dataset): SpanRecord[] {
  return [
    ...d.entities.flatMap((e) => e.mentions.map((m) => spanOf(m.id, 'mention', m.evidence))),
    ...d.quotes.map((q) => spanOf(q.id, 'quote', q.evidence)),
    ...d.events.map((v) => spanOf(v.id, 'event', v.evidence[0]!)),
    ...d.relations.map((r) => spanOf(r.id, 'relation', r.evidence)),
  ];
}

const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

/**
 * Same record, new id: same kind and source, and the same words (at a shifted place or occurrence), or
 * the same words around it (the edit was inside the span).
 */
function sameRecord(x: SpanRecord, y: SpanRecord): boolean {
  if (x.kind !== y.kind || x.source !== y.source) return false;
  return (
    fold(x.exact) === fold(y.exact) ||
    (x.prefix === y.prefix && x.prefix !== '') ||
    (x.suffix === y.suffix && x.suffix !== '')
  );
}

function reasonOf(a: SpanRecord, b: SpanRecord): string {
  return fold(a.exact) === fold(b.exact) ? 'same words, moved in the text' : 'words edited';
}

const distance = (a: SpanRecord, b: SpanRecord) => Math.abs(a.start - b.start);

/**
 * Redirects for the span ids of `previous` that `next` lost, when a new record is clearly the same one
 * (docs/ids.md): the nearest candidate by offset wins; each new id takes at most one old id. A record
 * only matches one of its own source, and ids are scoped to their source, so the records may be given
 * source by source (or in any groups of whole sources): the rows are the same.
 */
export function matchGone(previous: readonly SpanRecord[], next: readonly SpanRecord[]): RedirectRow[] {
  const nextIds = new Set(next.map((r) => r.id));
  const oldIds = new Set(previous.map((r) => r.id));
  const fresh = next.filter((r) => !oldIds.has(r.id));
  const taken = new Set<string>();
  const rows: RedirectRow[] = [];
  const gone = previous.filter((r) => !nextIds.has(r.id)).sort((a, b) => compareStrings(a.id, b.id));
  for (const old of gone) {
    const near = fresh
      .filter((r) => !taken.has(r.id) && sameRecord(old, r))
      .sort((a, b) => distance(old, a) - distance(old, b) || compareStrings(a.id, b.id))[0];
    if (!near) continue;
    taken.add(near.id);
    rows.push({ old_id: old.id, new_id: near.id, kind: old.kind, reason: reasonOf(old, near) });
  }
  return rows;
}

/**
 * Redirects for span ids the previous release had and this one lost (matchGone). Earlier redirects are
 * kept and re-pointed, so every chain stays one hop long.
 */
export function carryRedirects(previous: Dataset, next: Dataset): RedirectRow[] {
  const added = matchGone(spanRecords(previous), spanRecords(next));
  return oneHop([...previous.redirects, ...next.redirects], added);
}

/**
 * Every redirect ends at a live id: an older row pointing at a retired id follows it one more step.
 * Rows in the redirects table's order (old id, then new id), each pair once.
 */
export function oneHop(kept: readonly RedirectRow[], added: readonly RedirectRow[]): RedirectRow[] {
  const target = new Map(added.map((r) => [r.old_id, r.new_id]));
  const rows = [...kept.map((r) => ({ ...r, new_id: target.get(r.new_id) ?? r.new_id })), ...added];
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const key = `${r.old_id} ${r.new_id}`;
      if (seen.has(key) || r.old_id === r.new_id) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareStrings(a.old_id, b.old_id) || compareStrings(a.new_id, b.new_id));
}
