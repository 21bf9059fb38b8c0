import type { EvalReport, SystemScores } from './evaluate.js';
import { type Accuracy, type Counts, f1, precision, rate, recall } from './score.js';
import type { ArticleScore } from './score-article.js';

const PRF: [string, keyof ArticleScore][] = [
  ['entities', 'entities'],
  ['direct+block quotes', 'directQuotes'],
  ['indirect quotes', 'indirectQuotes'],
  ['events', 'events'],
];
const ACC: [string, keyof ArticleScore][] = [
  ['speaker accuracy', 'speaker'],
  ['event-type accuracy', 'eventType'],
  ['date accuracy', 'date'],
  ['participant accuracy', 'participants'],
];

/** A plain-text table: totals of ours vs the baseline, then one row per article. */
export function formatEvalReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(row(['measure', 'ours P', 'ours R', 'ours F1', 'base P', 'base R', 'base F1']));
  for (const [label, key] of PRF) {
    const a = r.system.total[key] as Counts;
    const b = r.baseline.total[key] as Counts;
    lines.push(
      row([
        label,
        n(precision(a)),
        n(recall(a)),
        `${n(f1(a))} (${a.matched}/${a.predicted}/${a.gold})`,
        n(precision(b)),
        n(recall(b)),
        n(f1(b)),
      ]),
    );
  }
  for (const [label, key] of ACC) {
    const a = r.system.total[key] as Accuracy;
    const b = r.baseline.total[key] as Accuracy;
    lines.push(
      row([label, '', '', `${n(rate(a))} (${a.correct}/${a.total})`, '', '', b.total ? n(rate(b)) : '-']),
    );
  }
  lines.push('');
  lines.push(row(['article', 'ent F1', 'dq F1', 'iq F1', 'spk', 'ev F1', 'type', 'date', 'part']));
  lines.push(...perArticle(r.system, 'ours'), ...perArticle(r.baseline, 'base'));
  lines.push('(counts: matched/predicted/gold; totals are micro-averaged over articles)');
  return lines.join('\n');
}

function perArticle(s: SystemScores, label: string): string[] {
  return s.articles.map(({ id, score }) =>
    row([
      `${label} ${id}`,
      n(f1(score.entities)),
      n(f1(score.directQuotes)),
      n(f1(score.indirectQuotes)),
      acc(score.speaker),
      n(f1(score.events)),
      acc(score.eventType),
      acc(score.date),
      acc(score.participants),
    ]),
  );
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
