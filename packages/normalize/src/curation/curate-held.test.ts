import type { Curation, Dataset, Entity, ExtractionDocument } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { candidates, sourceFor, TEXT } from '../fixtures/candidates.js';
import { EntityTally, mergeDocuments } from '../merge-documents.js';
import { normalizeArticle } from '../normalize-article.js';
import { sortDataset } from '../sort-dataset.js';
import { applyCuration } from './apply-curation.js';
import { curateHeld, replayRetargets } from './curate-held.js';
import { CurationPlan } from './curation-plan.js';

const IDS = ['article-1', 'article-2', 'article-3', 'article-4'];
const docs = IDS.map((id) =>
  normalizeArticle(
    sourceFor(TEXT, id),
    JSON.parse(JSON.stringify(candidates()).replaceAll('"article-1"', `"${id}"`)),
  ),
);
const texts = new Map(IDS.map((id) => [id, TEXT]));
const doc = (id: string) => docs.find((d) => d.source.id === id)!;

/** What the streamed writer does: hold, replay or pass each article, curate the held ones, reassemble. */
function streamed(files: { file: string; data: Curation }[]) {
  const plan = new CurationPlan(files);
  const tally = new EntityTally(false);
  const held: { doc: ExtractionDocument; text: string }[] = [];
  const rest: { doc: ExtractionDocument; replay: boolean }[] = [];
  const needs: Record<string, string | null> = {};
  for (const d of docs) {
    for (const e of d.entities) tally.add(d.source.id, { ...e, mentions: [] }, e.mentions.length);
    const need = plan.need(d);
    needs[d.source.id] = need;
    if (need === 'hold') held.push({ doc: d, text: TEXT });
    else rest.push({ doc: d, replay: need === 'replay' });
  }
  const c = curateHeld(files, tally.build(), held);
  const out = [...c.documents, ...rest.map((r) => (r.replay ? replayRetargets(r.doc, c.retargets) : r.doc))];
  // the release's entities: the curated table, each with the mentions every article gives it
  const mentions = new Map<string, Entity['mentions']>();
  for (const d of out)
    for (const e of d.entities) mentions.set(e.id, [...(mentions.get(e.id) ?? []), ...e.mentions]);
  const counts = new Map(c.entities.map((t) => [t.entity.id, t.mentionCount]));
  // no mention is left with an entity the table no longer has
  for (const id of mentions.keys()) expect(counts.has(id), id).toBe(true);
  const dataset: Dataset = sortDataset({
    sources: out.map((d) => d.source),
    entities: c.entities.map((t) => ({ ...t.entity, mentions: mentions.get(t.entity.id) ?? [] })),
    quotes: out.flatMap((d) => d.quotes),
    events: out.flatMap((d) => d.events),
    relations: out.flatMap((d) => d.relations),
    redirects: c.dataset.redirects,
  });
  return { problems: c.problems, dataset, counts, needs };
}

function same(entries: Curation['entries'], problems = 0) {
  const files = [
    { file: 'first.json', data: { entries: [] } },
    { file: 'curation.json', data: { entries } },
  ];
  const memory = applyCuration(mergeDocuments(docs), texts, files);
  const stream = streamed(files);
  expect(memory.problems).toHaveLength(problems);
  expect(stream.problems).toEqual(memory.problems);
  if (memory.problems.length === 0) {
    expect(stream.dataset).toEqual(memory.dataset);
    for (const e of memory.dataset.entities) expect(stream.counts.get(e.id)).toBe(e.mentions.length);
  }
  return { memory, stream };
}

const eventOf = (id: string, n = 0) => doc(id).events[n]!.id;

describe('curation of held articles + replayed retargets = applyCuration', () => {
  it('gives the same dataset for entity operations across articles', () => {
    const { memory, stream } = same([
      { op: 'merge', ids: ['Q843'], into: 'Q668', reason: 'merge' },
      {
        op: 'split',
        id: 'person:ana-ruiz',
        into: [
          {
            type: 'person',
            name: 'Luis Ruiz',
            mentions: [{ source: 'article-3', exact: 'Ruiz', occurrence: 2 }],
          },
        ],
        reason: 'split',
      },
      { op: 'rename', id: 'location:geneva', name: 'Geneva, Switzerland', reason: 'rename' },
      { op: 'link', id: 'location:geneva', qid: 'Q71', reason: 'link' },
      { op: 'retype', id: 'person:luis-ruiz', type: 'organization', reason: 'retype' },
    ]);
    expect(memory.dataset.redirects.length).toBeGreaterThan(0);
    expect(stream.needs).toEqual({
      'article-1': 'replay',
      'article-2': 'replay',
      'article-3': 'hold',
      'article-4': 'replay',
    });
  });

  it('gives the same dataset for record operations, by id and by words, and adds', () => {
    const { stream } = same([
      { op: 'drop', id: doc('article-2').quotes[0]!.id, reason: 'drop by id' },
      { op: 'drop', match: { kind: 'mention', text: 'New Delhi', source: 'article-1' }, reason: 'words' },
      { op: 'set', id: eventOf('article-4'), fields: { modality: 'alleged' }, reason: 'set by id' },
      { op: 'merge', ids: [eventOf('article-4', 1)], into: eventOf('article-1'), reason: 'two articles' },
      { op: 'drop', id: 'Q1065', reason: 'drop an entity everywhere' },
      {
        op: 'add',
        kind: 'entity',
        record: {
          type: 'person',
          name: 'Army chief',
          mentions: [{ source: 'article-1', exact: 'army chief' }],
        },
        reason: 'add',
      },
      {
        op: 'add',
        kind: 'mention',
        record: {
          entity: 'person:army-chief',
          form: 'name',
          anchor: { source: 'article-4', exact: 'army chief' },
        },
        reason: 'add',
      },
      {
        op: 'add',
        kind: 'quote',
        record: {
          kind: 'indirect',
          anchor: { source: 'article-1', exact: 'Ruiz later left' },
          speaker: 'person:ana-ruiz',
          speaker_description: null,
        },
        reason: 'add',
      },
      {
        op: 'add',
        kind: 'event',
        record: {
          type: 'CONSULT',
          date: '2024-03-04',
          participants: [],
          location: null,
          modality: 'asserted',
          evidence: [{ source: 'article-1', exact: 'talk again' }],
        },
        reason: 'add',
      },
    ]);
    expect(stream.needs['article-3']).toBe('replay'); // it only loses the dropped entity's mention
  });

  it('reports the same problems, with the same messages and pointers', () => {
    same(
      [
        { op: 'rename', id: 'person:nobody', name: 'X', reason: 'stale' },
        { op: 'drop', match: { kind: 'quote', text: 'talk again' }, reason: 'in every article' },
        { op: 'drop', match: { kind: 'event', text: 'flew home' }, reason: 'absent' },
        { op: 'set', id: 'quote:0000000000000000', fields: { kind: 'direct' }, reason: 'old id' },
      ],
      4,
    );
  });
});
