import {
  type EvalReport,
  evaluate,
  evaluatePlover,
  type GoldSet,
  type LabelsOf,
  type PloverReport,
} from '@newsfacts/evaluate';
import { linkingGazetteer } from '@newsfacts/gazetteer';
import { processArticle } from '@newsfacts/runner/process-article';
import { SCHEMA_VERSION } from '@newsfacts/schemas';

/** Scores what `newsfacts run` would extract (extract + per-article normalization) against a gold set. */
export function scoreGoldSet(set: GoldSet): EvalReport | PloverReport {
  if (set.kind === 'plover') {
    return evaluatePlover(set.cases, (c) => {
      return processArticle({ text: c.text, meta: { id: c.id, published: null, outlet: null } }).events;
    });
  }
  const run = (a: (typeof set.articles)[number]) => {
    const doc = processArticle({
      text: a.text,
      meta: { id: a.id, published: a.gold.published ?? null, outlet: a.gold.outlet ?? null },
    });
    return { ...doc, schema_version: SCHEMA_VERSION };
  };
  return evaluate(set.articles, run, gazetteerLabels());
}

/** QID → the gazetteer's name and aliases for it (metonym aliases such as "X (as the Y government)" left out). */
function gazetteerLabels(): LabelsOf {
  const labels = new Map<string, string[]>();
  const g = linkingGazetteer();
  for (const e of [...g.entries, ...g.sharedEntries]) {
    if (!e.qid) continue;
    const list = labels.get(e.qid) ?? [];
    list.push(e.name, ...e.aliases.filter((a) => !/ \(as /.test(a)));
    labels.set(e.qid, list);
  }
  return (qid) => labels.get(qid) ?? [];
}
