import type { Dataset, Evidence, RedirectRow } from '@newsfacts/schemas';
import { compareStrings } from '@newsfacts/tables';

type SpanKind = 'mention' | 'quote' | 'event' | 'relation';

interface SpanRecord {
  id: string;
  kind: SpanKind;
  evidence: Evidence;
}

function spanRecords(d: Dataset): SpanRecord[] {
  return [
    ...d.entities.flatMap((e) =>
      e.mentions.map((m) => ({ id: m.id, kind: 'mention' as const, evidence: m.evidence })),
    ),
    ...d.quotes.map((q) => ({ id: q.id, kind: 'quote' as const, evidence: q.evidence })),
    ...d.events.map((v) => ({ id: v.id, kind: 'event' as const, evidence: v.evidence[0]! })),
    ...d.relations.map((r) => ({ id: r.id, kind: 'relation' as const, evidence: r.evidence })),
  ];
}

const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

/**
 * Same record, new id: same kind and source, and the same words (at a shifted place or occurrence), or
 * the same words around it (the edit was inside the span).
 */
function sameRecord(a: SpanRecord, b: SpanRecord): boolean {
  if (a.kind !== b.kind || a.evidence.source !== b.evidence.source) return false;
  const [x, y] = [a.evidence, b.evidence];
  return (
    fold(x.exact) === fold(y.exact) ||
    (x.prefix === y.prefix && x.prefix !== '') ||
    (x.suffix === y.suffix && x.suffix !== '')
  );
}

function reasonOf(a: SpanRecord, b: SpanRecord): string {
  return fold(a.evidence.exact) === fold(b.evidence.exact) ? 'same words, moved in the text' : 'words edited';
}

/**
 * Redirects for span ids the previous release had and this one lost, when a new record is clearly the
 * same one (docs/ids.md). The nearest candidate by offset wins; each new id takes at most one old id per
 * kind. Earlier redirects are kept and re-pointed, so every chain stays one hop long.
 */
export function carryRedirects(previous: Dataset, next: Dataset): RedirectRow[] {
  const nextRecords = spanRecords(next);
  const nextIds = new Set(nextRecords.map((r) => r.id));
  const oldIds = new Set(spanRecords(previous).map((r) => r.id));
  const fresh = nextRecords.filter((r) => !oldIds.has(r.id));
  const taken = new Set<string>();
  const rows: RedirectRow[] = [];
  const gone = spanRecords(previous)
    .filter((r) => !nextIds.has(r.id))
    .sort((a, b) => compareStrings(a.id, b.id));
  for (const old of gone) {
    const near = fresh
      .filter((r) => !taken.has(r.id) && sameRecord(old, r))
      .sort((a, b) => distance(old, a) - distance(old, b) || compareStrings(a.id, b.id))[0];
    if (!near) continue;
    taken.add(near.id);
    rows.push({ old_id: old.id, new_id: near.id, kind: old.kind, reason: reasonOf(old, near) });
  }
  return oneHop([...previous.redirects, ...next.redirects], rows);
}

const distance = (a: SpanRecord, b: SpanRecord) => Math.abs(a.evidence.start - b.evidence.start);

/** Every redirect ends at a live id: an older row pointing at a retired id follows it one more step. */
function oneHop(kept: readonly RedirectRow[], added: readonly RedirectRow[]): RedirectRow[] {
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
