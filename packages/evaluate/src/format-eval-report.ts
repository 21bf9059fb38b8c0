import type { EvalReport, SystemScores } from './evaluate.js';
import type { GoldLayer } from './gold.js';
import type { EntityError, EntityErrors } from './list-entity-errors.js';
import type { EventError } from './list-event-errors.js';
import { type Accuracy, type Counts, f1, precision, rate, recall } from './score.js';
import type { ArticleScore } from './score-article.js';
import type { LinkingScore } from './score-linking.js';

const DASH = '—';
const LAYERS: GoldLayer[] = ['entities', 'quotes', 'events'];

const PRF: [string, keyof ArticleScore, GoldLayer][] = [
  ['entities', 'entities', 'entities'],
  ['direct+block quotes', 'directQuotes', 'quotes'],
  ['indirect quotes', 'indirectQuotes', 'quotes'],
  ['events', 'events', 'events'],
];
const ACC: [string, keyof ArticleScore, GoldLayer][] = [
  ['speaker accuracy', 'speaker', 'quotes'],
  ['event-type accuracy', 'eventType', 'events'],
  ['date accuracy', 'date', 'events'],
  ['participant accuracy', 'participants', 'events'],
];

/** Event measures: the compromise baseline finds no events, so its columns show a dash. */
const NO_BASELINE = new Set<keyof ArticleScore>(['events', 'eventType', 'date', 'participants']);

/**
 * A plain-text table: totals of ours vs the baseline, linking coverage, then one row per article;
 * with `details`, the entity false positives and false negatives and the gold entities left unlinked.
 */
export function formatEvalReport(r: EvalReport, opts: { details?: boolean } = {}): string {
  const lines = formatTotals(r);
  const skipped = LAYERS.filter((l) => !r.layers.includes(l));
  if (skipped.length > 0) lines.push(`not annotated in this gold, not scored: ${skipped.join(', ')}`);
  lines.push(...formatLinking(r.linking));
  lines.push('');
  lines.push(...perArticle(r));
  lines.push('(counts: matched/predicted/gold; totals are micro-averaged over articles)');
  if (opts.details) lines.push(...formatEntityErrors(r.errors));
  if (opts.details && r.linking.unlinked.length > 0) lines.push(...formatUnlinked(r.linking));
  if (opts.details && r.layers.includes('events')) lines.push(...formatEventErrors(r.eventErrors));
  return lines.join('\n');
}

function formatTotals(r: EvalReport): string[] {
  const lines: string[] = [];
  lines.push(row(['measure', 'ours P', 'ours R', 'ours F1', 'base P', 'base R', 'base F1']));
  for (const [label, key, layer] of PRF) {
    if (!r.layers.includes(layer)) continue;
    const a = r.system.total[key] as Counts;
    const b = r.baseline.total[key] as Counts;
    lines.push(
      row([
        label,
        n(precision(a)),
        n(recall(a)),
        `${n(f1(a))} (${a.matched}/${a.predicted}/${a.gold})`,
        ...(NO_BASELINE.has(key) ? [DASH, DASH, DASH] : [n(precision(b)), n(recall(b)), n(f1(b))]),
      ]),
    );
  }
  for (const [label, key, layer] of ACC) {
    if (!r.layers.includes(layer)) continue;
    const a = r.system.total[key] as Accuracy;
    const b = r.baseline.total[key] as Accuracy;
    lines.push(
      row([
        label,
        '',
        '',
        `${n(rate(a))} (${a.correct}/${a.total})`,
        '',
        '',
        NO_BASELINE.has(key) ? DASH : b.total ? n(rate(b)) : '-',
      ]),
    );
  }
  return lines;
}

function formatLinking(l: LinkingScore): string[] {
  if (l.gold === 0) return [];
  const lines = [
    `linking coverage: ${l.linked} of ${l.gold} gold entities with a Wikipedia identity get a QID (${pct(l.linked, l.gold)}); baseline ${DASH}`,
    `suspect QIDs (reference names do not match the Wikipedia title): ${l.suspect.length === 0 ? 'none' : l.suspect.length}`,
  ];
  for (const s of l.suspect) {
    lines.push(
      `  ${s.article} ${s.name}: ${s.qid} (${s.labels[0] ?? 'not in the gazetteer'}) vs ${s.wikipedia}`,
    );
  }
  return lines;
}

function formatUnlinked(l: LinkingScore): string[] {
  return [
    '',
    `gold entities with a Wikipedia identity and no QID (${l.unlinked.length}): extracted without one, or not extracted`,
    ...l.unlinked.map(
      (u) => `  ${u.article} ${u.type} ${u.name} (${u.wikipedia})${u.extracted ? '' : ' — not extracted'}`,
    ),
  ];
}

function formatEntityErrors(e: EntityErrors): string[] {
  const line = (other: string) => (x: EntityError) =>
    `  ${x.article} ${x.type} ${x.name}${x.otherType ? ` (${other} ${x.otherType})` : ''}`;
  return [
    '',
    `entity false positives (${e.falsePositives.length}): extracted, not in gold`,
    ...e.falsePositives.map(line('gold type:')),
    '',
    `entity false negatives (${e.falseNegatives.length}): in gold, not extracted`,
    ...e.falseNegatives.map(line('extracted as')),
  ];
}

const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function formatEventErrors(errors: readonly EventError[]): string[] {
  const lines = [
    '',
    `event errors (${errors.length}): missed, extra, or matched with another type, date or participants`,
  ];
  for (const e of errors) {
    const says =
      e.error === 'missed'
        ? `gold ${e.gold}`
        : e.error === 'extra'
          ? `ours ${e.predicted}`
          : `gold ${e.gold} / ours ${e.predicted}`;
    lines.push(`  ${e.article} ${e.error}: ${says} | ${clip(e.evidence.replace(/\s+/gu, ' '))}`);
  }
  return lines;
}

function pct(x: number, total: number): string {
  return `${((100 * x) / total).toFixed(1)}%`;
}

/** Per-article columns: header, layer, and the cell of ours (the baseline has no events). */
const COLUMNS: [string, GoldLayer, (s: ArticleScore) => string][] = [
  ['ent F1', 'entities', (s) => n(f1(s.entities))],
  ['dq F1', 'quotes', (s) => n(f1(s.directQuotes))],
  ['iq F1', 'quotes', (s) => n(f1(s.indirectQuotes))],
  ['spk', 'quotes', (s) => acc(s.speaker)],
  ['ev F1', 'events', (s) => n(f1(s.events))],
  ['type', 'events', (s) => acc(s.eventType)],
  ['date', 'events', (s) => acc(s.date)],
  ['part', 'events', (s) => acc(s.participants)],
];

function perArticle(r: EvalReport): string[] {
  const columns = COLUMNS.filter(([, layer]) => r.layers.includes(layer));
  const rows = (s: SystemScores, label: string) =>
    s.articles.map(({ id, score }) =>
      row([
        `${label} ${id}`,
        ...columns.map(([, layer, cell]) => (label === 'base' && layer === 'events' ? DASH : cell(score))),
      ]),
    );
  return [
    row(['article', ...columns.map(([h]) => h)]),
    ...rows(r.system, 'ours'),
    ...rows(r.baseline, 'base'),
  ];
}

/** An accuracy, or '-' when nothing was there to be right about. */
function acc(a: Accuracy): string {
  return a.total === 0 ? '-' : n(rate(a));
}

function n(x: number): string {
  return x.toFixed(2);
}

function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(24) : c.padStart(i === 3 ? 18 : 8))).join(' ');
}
