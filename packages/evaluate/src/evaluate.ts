import { buildSource } from '@newsfacts/normalize';
import type { ExtractionDocument, Source } from '@newsfacts/schemas';
import type { GoldArticle, GoldLayer } from './gold.js';

const LAYERS: GoldLayer[] = ['entities', 'quotes', 'events'];

import { type EntityErrors, listEntityErrors } from './list-entity-errors.js';
import { type EventError, listEventErrors } from './list-event-errors.js';
import { runBaseline } from './run-baseline.js';
import { addAccuracy, addCounts, emptyAccuracy, emptyCounts } from './score.js';
import { type ArticleScore, scoreArticle } from './score-article.js';
import {
  addLinking,
  emptyLinking,
  type LabelsOf,
  type LinkingScore,
  sameIdentityOf,
  scoreLinking,
} from './score-linking.js';

/** Per-article rows and micro-averaged totals of one system. */
export interface SystemScores {
  articles: { id: string; score: ArticleScore }[];
  total: ArticleScore;
}

/**
 * Our extraction and the compromise baseline, scored the same way on the same gold; for ours also
 * linking coverage and the entity errors (what extraction work needs to see).
 */
export interface EvalReport {
  kind: 'articles';
  system: SystemScores;
  baseline: SystemScores;
  linking: LinkingScore;
  errors: EntityErrors;
  /** Event errors of the articles whose gold annotates events. */
  eventErrors: EventError[];
  /** Layers annotated by at least one gold file; the others are not scored. */
  layers: GoldLayer[];
}

/**
 * Scores `run` and the baseline on every gold article; totals are micro-averaged. With `byIdentity`, an
 * extracted entity whose QID is a gold entity's Wikipedia identity matches it whatever name each uses
 * ("United States" Q30 for GUM's "US" → United_States); gold without identities is scored by names only.
 */
export function evaluate(
  articles: readonly GoldArticle[],
  run: (a: GoldArticle) => ExtractionDocument,
  labelsOf: LabelsOf = () => [],
  byIdentity = true,
): EvalReport {
  const docs = articles.map(run);
  const same = byIdentity ? sameIdentityOf(labelsOf) : undefined;
  const system = articles.map((a, i) => ({ id: a.id, score: scoreArticle(docs[i]!, a.gold, a.text, same) }));
  let linking = emptyLinking();
  const errors: EntityErrors = { falsePositives: [], falseNegatives: [] };
  const eventErrors: EventError[] = [];
  articles.forEach((a, i) => {
    linking = addLinking(
      linking,
      scoreLinking(a.id, docs[i]!.entities, a.gold.entities, labelsOf, byIdentity),
    );
    const e = listEntityErrors(a.id, docs[i]!.entities, a.gold.entities, same);
    errors.falsePositives.push(...e.falsePositives);
    errors.falseNegatives.push(...e.falseNegatives);
    if ((a.gold.annotated ?? LAYERS).includes('events'))
      eventErrors.push(...listEventErrors(a.id, docs[i]!, a.gold, a.text));
  });
  const baseline = articles.map((a) => ({
    id: a.id,
    score: scoreArticle(runBaseline(goldSource(a), a.text), a.gold, a.text),
  }));
  return {
    kind: 'articles',
    system: { articles: system, total: sum(system.map((s) => s.score)) },
    baseline: { articles: baseline, total: sum(baseline.map((s) => s.score)) },
    linking,
    errors,
    eventErrors,
    layers: LAYERS.filter((l) => articles.some((a) => (a.gold.annotated ?? LAYERS).includes(l))),
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
