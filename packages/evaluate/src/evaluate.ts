import { buildSource } from '@newsfacts/normalize';
import type { ExtractionDocument, Source } from '@newsfacts/schemas';
import type { GoldArticle } from './gold.js';
import { runBaseline } from './run-baseline.js';
import { addAccuracy, addCounts, emptyAccuracy, emptyCounts } from './score.js';
import { type ArticleScore, scoreArticle } from './score-article.js';

/** Per-article rows and micro-averaged totals of one system. */
export interface SystemScores {
  articles: { id: string; score: ArticleScore }[];
  total: ArticleScore;
}

/** Our extraction and the compromise baseline, scored the same way on the same gold. */
export interface EvalReport {
  system: SystemScores;
  baseline: SystemScores;
}

/** Scores `run` and the baseline on every gold article; totals are micro-averaged. */
export function evaluate(
  articles: readonly GoldArticle[],
  run: (a: GoldArticle) => ExtractionDocument,
): EvalReport {
  const system = articles.map((a) => ({ id: a.id, score: scoreArticle(run(a), a.gold, a.text) }));
  const baseline = articles.map((a) => ({
    id: a.id,
    score: scoreArticle(runBaseline(goldSource(a), a.text), a.gold, a.text),
  }));
  return {
    system: { articles: system, total: sum(system.map((s) => s.score)) },
    baseline: { articles: baseline, total: sum(baseline.map((s) => s.score)) },
  };
}

/** The Source record of a gold article (id, published date and outlet from its gold file). */
export function goldSource(a: GoldArticle): Source {
  const id = a.id.replace(/[^A-Za-z0-9._:~-]/g, '-').replace(/^[^A-Za-z0-9]/, 'a') || 'article';
  return buildSource({ id, outlet: a.gold.outlet, published: a.gold.published }, a.text);
}

function sum(scores: readonly ArticleScore[]): ArticleScore {
  const total: ArticleScore = {
    entities: emptyCounts(),
    directQuotes: emptyCounts(),
    indirectQuotes: emptyCounts(),
    speaker: emptyAccuracy(),
    events: emptyCounts(),
    eventType: emptyAccuracy(),
    date: emptyAccuracy(),
    participants: emptyAccuracy(),
  };
  for (const s of scores) {
    total.entities = addCounts(total.entities, s.entities);
    total.directQuotes = addCounts(total.directQuotes, s.directQuotes);
    total.indirectQuotes = addCounts(total.indirectQuotes, s.indirectQuotes);
    total.events = addCounts(total.events, s.events);
    total.speaker = addAccuracy(total.speaker, s.speaker);
    total.eventType = addAccuracy(total.eventType, s.eventType);
    total.date = addAccuracy(total.date, s.date);
    total.participants = addAccuracy(total.participants, s.participants);
  }
  return total;
}
