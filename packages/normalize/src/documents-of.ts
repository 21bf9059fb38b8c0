import { type Dataset, type Entity, type ExtractionDocument, SCHEMA_VERSION } from '@newsfacts/schemas';

/**
 * A dataset of several sources cut into one document per source, in the dataset's source order: each
 * entity goes to every source it has mentions in, with those mentions only.
 */
export function documentsOf(d: Dataset): ExtractionDocument[] {
  const docs = new Map(
    d.sources.map((s) => [
      s.id,
      {
        schema_version: SCHEMA_VERSION,
        source: s,
        entities: [],
        quotes: [],
        events: [],
        relations: [],
      } as ExtractionDocument,
    ]),
  );
  const of = (source: string) => docs.get(source) ?? bug(source);
  for (const e of d.entities) {
    const bySource = new Map<string, Entity['mentions']>();
    for (const m of e.mentions) {
      const here = bySource.get(m.evidence.source);
      if (here) here.push(m);
      else bySource.set(m.evidence.source, [m]);
    }
    for (const [source, mentions] of bySource) of(source).entities.push({ ...e, mentions });
  }
  for (const q of d.quotes) of(q.evidence.source).quotes.push(q);
  for (const v of d.events) of(v.evidence[0]!.source).events.push(v);
  for (const r of d.relations) of(r.evidence.source).relations.push(r);
  return [...docs.values()];
}

function bug(source: string): never {
  throw new Error(`bug: a record of source ${source}, which the dataset does not list`);
}
