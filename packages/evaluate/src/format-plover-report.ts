import type { PloverReport } from './evaluate-plover.js';
import type { Accuracy } from './score.js';

/** The PLOVER sentence scores as plain text; events have no compromise baseline (—). */
export function formatPloverReport(r: PloverReport, opts: { details?: boolean } = {}): string {
  const lines = [
    row(['measure', 'ours', 'baseline']),
    row(['type hit (any event has the gold type)', share(r.typeHit), '—']),
    row(['detection (any event)', share(r.detection), '—']),
    row(['first-event type accuracy', share(r.firstType), '—']),
    '',
    row(['gold type', 'hit', 'sentences']),
    ...r.perType.map((t) => row([t.type, String(t.hit), String(t.gold)])),
  ];
  if (opts.details) {
    const missed = r.cases.filter((c) => !c.predicted.includes(c.gold));
    lines.push('', `sentences without the gold type (${missed.length}):`);
    for (const c of missed)
      lines.push(`  ${c.id} ${c.gold}: ${c.predicted.join(', ') || 'no event'} | ${c.text}`);
  }
  return lines.join('\n');
}

function share(a: Accuracy): string {
  const x = a.total === 0 ? 0 : a.correct / a.total;
  return `${x.toFixed(2)} (${a.correct}/${a.total})`;
}

function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(40) : c.padStart(14))).join(' ');
}
