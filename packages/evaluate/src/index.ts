export type { EvalReport, SystemScores } from './evaluate.js';
export { evaluate, goldSource } from './evaluate.js';
export type { PloverCaseResult, PloverReport, TypeHits } from './evaluate-plover.js';
export { evaluatePlover } from './evaluate-plover.js';
export { formatEvalReport } from './format-eval-report.js';
export { formatPloverReport } from './format-plover-report.js';
export type {
  GoldArticle,
  GoldEntity,
  GoldEvent,
  GoldFile,
  GoldLayer,
  GoldQuote,
  GoldSet,
  PloverCase,
} from './gold.js';
export { GoldFormatError } from './gold-format-error.js';
export type { EntityError, EntityErrors } from './list-entity-errors.js';
export { listEntityErrors } from './list-entity-errors.js';
export type { EventError } from './list-event-errors.js';
export { loadGoldDir } from './load-gold-dir.js';
export { loadGoldSet } from './load-gold-set.js';
export { runBaseline } from './run-baseline.js';
export type { Accuracy, Counts } from './score.js';
export { f1, precision, rate, recall } from './score.js';
export type { ArticleScore } from './score-article.js';
export { scoreArticle } from './score-article.js';
export type { LabelsOf, LinkingScore, SuspectLink, UnlinkedEntity } from './score-linking.js';
export { scoreLinking } from './score-linking.js';
