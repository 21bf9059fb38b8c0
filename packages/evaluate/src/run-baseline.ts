import { indexCodePoints, makeEvidenceUtf16 } from '@newsfacts/evidence';
import type { Entity, ExtractionDocument, Quote, Source } from '@newsfacts/schemas';
import nlp from 'compromise';

const PROVENANCE = (rule: string) => ({
  method: 'extracted' as const,
  rule,
  confidence: 0.5,
  generator: 'compromise@14.17.0',
  changes: [],
});

/**
 * The off-the-shelf baseline: compromise's people, places, organizations and quotations, as an
 * extraction document (no speakers, no events), scored like our own output.
 */
export function runBaseline(source: Source, text: string): ExtractionDocument {
  const doc = nlp(text);
  const cps = indexCodePoints(text);
  const entities: Entity[] = [];
  const seen = new Set<string>();
  const kinds: [Entity['type'], string[]][] = [
    ['person', doc.people().out('array') as string[]],
    ['location', doc.places().out('array') as string[]],
    ['organization', doc.organizations().out('array') as string[]],
  ];
  for (const [type, names] of kinds) {
    for (const raw of names) {
      const name = cleanName(raw);
      const key = `${type}:${name.toLowerCase()}`;
      if (!name || seen.has(key)) continue;
      seen.add(key);
      entities.push({
        id: `e${entities.length + 1}`,
        type,
        name,
        aliases: [],
        qid: null,
        iso3166_1_alpha2: null,
        mentions: [],
        provenance: PROVENANCE(`compromise/${type}`),
      });
    }
  }
  const quotes: Quote[] = [];
  for (const raw of doc.quotations().out('array') as string[]) {
    const inner = raw
      .trim()
      .replace(/^["“‘']+|["”’']+[.,;:!?]*$/g, '')
      .trim();
    const at = inner ? text.indexOf(inner) : -1;
    if (at < 0) continue;
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: 'direct',
      text: inner,
      evidence: makeEvidenceUtf16(source.id, cps, at, at + inner.length),
      speaker: null,
      speaker_description: null,
      cue: null,
      reported_by: [],
      provenance: PROVENANCE('compromise/quotation'),
    });
  }
  return { schema_version: '1.0.0', source, entities, quotes, events: [], relations: [] };
}

function cleanName(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}'\- .&]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,]$/, '');
}
