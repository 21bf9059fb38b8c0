import type { PloverCase } from './gold.js';
import type { Accuracy } from './score.js';

/** Gold sentences of one type and how many of them had that type among their extracted events. */
export interface TypeHits {
  type: string;
  gold: number;
  hit: number;
}

/** One sentence's outcome: its gold type and the types extracted, in order. */
export interface PloverCaseResult {
  id: string;
  text: string;
  gold: string;
  predicted: string[];
}

/** PLOVER sentence scores (tests/gold/plover-gsr/README.md); events have no compromise baseline. */
export interface PloverReport {
  kind: 'plover';
  /** A sentence counts when any extracted event has the gold type. */
  typeHit: Accuracy;
  /** A sentence counts when any event is extracted. */
  detection: Accuracy;
  /** A sentence counts when its first extracted event has the gold type. */
  firstType: Accuracy;
  perType: TypeHits[];
  cases: PloverCaseResult[];
}

/** Runs `run` on every sentence (one sentence = one article) and scores the event types it finds. */
export function evaluatePlover(
  cases: readonly PloverCase[],
  run: (c: PloverCase) => readonly { type: string }[],
): PloverReport {
  const results = cases.map((c) => ({
    id: c.id,
    text: c.text,
    gold: c.type,
    predicted: run(c).map((e) => e.type),
  }));
  const count = (ok: (r: PloverCaseResult) => boolean): Accuracy => ({
    correct: results.filter(ok).length,
    total: results.length,
  });
  return {
    kind: 'plover',
    typeHit: count((r) => r.predicted.includes(r.gold)),
    detection: count((r) => r.predicted.length > 0),
    firstType: count((r) => r.predicted[0] === r.gold),
    perType: tallyTypes(results),
    cases: results,
  };
}

function tallyTypes(results: readonly PloverCaseResult[]): TypeHits[] {
  const byType = new Map<string, TypeHits>();
  for (const r of results) {
    const t = byType.get(r.gold) ?? { type: r.gold, gold: 0, hit: 0 };
    t.gold++;
    if (r.predicted.includes(r.gold)) t.hit++;
    byType.set(r.gold, t);
  }
  return [...byType.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
