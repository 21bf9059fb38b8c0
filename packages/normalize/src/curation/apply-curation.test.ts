import type { Curation } from '@newsfacts/schemas';
import { validateAgainst } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import { candidates, sourceFor, TEXT } from '../fixtures/candidates.js';
import { mergeDocuments } from '../merge-documents.js';
import { normalizeArticle } from '../normalize-article.js';
import { applyCuration } from './apply-curation.js';

const base = mergeDocuments([normalizeArticle(sourceFor(), candidates())]);
const texts = new Map([['article-1', TEXT]]);
const run = (entries: Curation['entries']) =>
  applyCuration(base, texts, [{ file: 'curation.json', data: { entries } }]);
/** Split the "Ruiz" mentions at these occurrences off Ana Ruiz into a new Luis Ruiz. */
const splitRuiz = (occurrences: number[]) =>
  run([
    {
      op: 'split',
      id: 'person:ana-ruiz',
      into: [
        {
          type: 'person',
          name: 'Luis Ruiz',
          mentions: occurrences.map((occurrence) => ({ source: 'article-1', exact: 'Ruiz', occurrence })),
        },
      ],
      reason: 'a different Ruiz',
    },
  ]);
const eventId = base.events[0]!.id;
const quoteId = base.quotes[0]!.id;

describe('applyCuration', () => {
  it('merges entities, rewrites references and keeps a redirect', () => {
    const { dataset, problems } = run([{ op: 'merge', ids: ['Q843'], into: 'Q668', reason: 'test merge' }]);
    expect(problems).toEqual([]);
    expect(dataset.entities.find((e) => e.id === 'Q843')).toBeUndefined();
    const india = dataset.entities.find((e) => e.id === 'Q668')!;
    expect(india.mentions).toHaveLength(2);
    expect(india.provenance.changes).toEqual([
      { op: 'merge', entry: 'curation.json#/entries/0', note: 'test merge' },
    ]);
    expect(dataset.events[0]?.participants.map((p) => p.entity)).toEqual(['Q668']);
    expect(dataset.redirects).toEqual([
      { old_id: 'Q843', new_id: 'Q668', kind: 'entity', reason: 'merge: test merge' },
    ]);
  });

  it('splits mentions off into a new entity', () => {
    const { dataset, problems } = splitRuiz([2]);
    expect(problems).toEqual([]);
    expect(
      dataset.entities.find((e) => e.id === 'person:luis-ruiz')?.mentions.map((m) => m.evidence.start),
    ).toHaveLength(1);
    expect(dataset.entities.find((e) => e.id === 'person:ana-ruiz')?.mentions).toHaveLength(1);
  });

  it('gives a split mention new to the entity an id none of the moved mentions has', () => {
    // "Ruiz" inside "Ana Ruiz" (occurrence 1) is new; the later "Ruiz" moves with its id. Both take
    // words "ruiz": the new one ranks first by position, the rank the moved one's id already holds.
    for (const order of [
      [1, 2],
      [2, 1],
    ]) {
      const { dataset, problems } = splitRuiz(order);
      expect(problems).toEqual([]);
      const luis = dataset.entities.find((e) => e.id === 'person:luis-ruiz')!;
      expect(luis.mentions).toHaveLength(2);
      const ids = dataset.entities.flatMap((e) => e.mentions.map((m) => m.id));
      expect(new Set(ids).size).toBe(ids.length);
      const moved = base.entities.find((e) => e.id === 'person:ana-ruiz')!.mentions[1]!;
      expect(luis.mentions.find((m) => m.evidence.start === moved.evidence.start)?.id).toBe(moved.id);
    }
  });

  it('renames, retypes, links (with a redirect to the QID) and sets fields', () => {
    const { dataset, problems } = run([
      { op: 'rename', id: 'location:geneva', name: 'Geneva, Switzerland', reason: 'full name' },
      { op: 'retype', id: 'person:ana-ruiz', type: 'organization', reason: 'test' },
      { op: 'link', id: 'location:geneva', qid: 'Q71', reason: 'Wikidata page of Geneva' },
      {
        op: 'set',
        id: eventId,
        fields: { type: 'MOBILIZE', date: '2024-03', modality: 'alleged' },
        reason: 'fix',
      },
      { op: 'set', id: quoteId, fields: { speaker: null, speaker_description: 'an envoy' }, reason: 'fix' },
    ]);
    expect(problems).toEqual([]);
    const geneva = dataset.entities.find((e) => e.id === 'Q71')!;
    expect(geneva).toMatchObject({ name: 'Geneva, Switzerland', qid: 'Q71', aliases: ['Geneva'] });
    expect(geneva.provenance.changes.map((c) => c.op)).toEqual(['rename', 'link']);
    expect(dataset.events[0]).toMatchObject({
      type: 'MOBILIZE',
      date: '2024-03',
      modality: 'alleged',
      location: 'Q71',
    });
    expect(dataset.quotes[0]).toMatchObject({ speaker: null, speaker_description: 'an envoy' });
    expect(dataset.redirects).toContainEqual({
      old_id: 'location:geneva',
      new_id: 'Q71',
      kind: 'entity',
      reason: 'link: Wikidata page of Geneva',
    });
  });

  it('drops false positives with their references, and adds missed records with evidence', () => {
    const { dataset, problems } = run([
      { op: 'drop', id: 'Q668', reason: 'not an entity here' },
      {
        op: 'add',
        kind: 'entity',
        record: {
          type: 'person',
          name: 'Army chief',
          mentions: [{ source: 'article-1', exact: 'army chief' }],
        },
        reason: 'missed',
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
        reason: 'missed',
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
        reason: 'missed',
      },
    ]);
    expect(problems).toEqual([]);
    expect(dataset.entities.some((e) => e.id === 'Q668')).toBe(false);
    expect(dataset.events[0]?.participants.map((p) => p.entity)).toEqual(['Q843']);
    const added = dataset.entities.find((e) => e.name === 'Army chief')!;
    expect(added.provenance).toMatchObject({ method: 'curated', confidence: 1 });
    expect(added.mentions[0]?.evidence.exact).toBe('army chief');
    expect(dataset.quotes).toHaveLength(2);
    expect(dataset.events).toHaveLength(3);
    for (const e of dataset.entities) expect(validateAgainst('entity', e)).toEqual([]);
    for (const q of dataset.quotes) expect(validateAgainst('quote', q)).toEqual([]);
    for (const v of dataset.events) expect(validateAgainst('event', v)).toEqual([]);
  });

  it('reports entries that match nothing instead of ignoring them', () => {
    const { problems } = run([
      { op: 'rename', id: 'person:nobody', name: 'X', reason: 'stale' },
      {
        op: 'add',
        kind: 'mention',
        record: { entity: 'Q668', form: 'name', anchor: { source: 'article-1', exact: 'Atlantis' } },
        reason: 'typo',
      },
      { op: 'set', id: eventId, fields: { speaker: null }, reason: 'wrong kind' },
    ]);
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['curation/unmatched', '/entries/0'],
      ['curation/anchor-not-found', '/entries/1'],
      ['curation/conflict', '/entries/2'],
    ]);
  });

  it('merges two events into one with both evidence spans and keeps the input untouched', () => {
    const before = structuredClone(base);
    const second = base.events[1]!.id;
    const { dataset } = run([{ op: 'merge', ids: [second], into: eventId, reason: 'same event' }]);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]?.evidence).toHaveLength(2);
    expect(dataset.relations).toHaveLength(0);
    expect(base).toEqual(before);
  });
});

describe('curation by words', () => {
  const entries: Curation['entries'] = [
    {
      op: 'set',
      match: { kind: 'quote', text: 'talk  again' },
      fields: { kind: 'direct' },
      reason: 'by words',
    },
    { op: 'set', match: { kind: 'event', text: 'later left' }, fields: { modality: 'alleged' }, reason: 'w' },
    { op: 'drop', match: { kind: 'mention', text: 'New Delhi', source: 'article-1' }, reason: 'by words' },
  ];

  it('is valid curation and targets the one record holding the words', () => {
    expect(validateAgainst('curation', { entries })).toEqual([]);
    const { dataset, problems } = run(entries);
    expect(problems).toEqual([]);
    expect(dataset.quotes[0]!.provenance.changes.map((c) => c.note)).toContain('by words');
    expect(dataset.events.find((v) => v.trigger === 'left')!.modality).toBe('alleged');
    const surfaces = dataset.entities.flatMap((e) => e.mentions.map((m) => m.evidence.exact));
    expect(surfaces).not.toContain('New Delhi');
  });

  it('says in one line when the words match nothing or several records', () => {
    const { problems } = run([
      { op: 'drop', match: { kind: 'mention', text: 'Rui' }, reason: 'ambiguous' },
      { op: 'drop', match: { kind: 'event', text: 'flew home' }, reason: 'absent' },
    ]);
    expect(problems.map((p) => [p.pointer, p.message])).toEqual([
      [
        '/entries/0',
        expect.stringMatching(
          /^2 records match mention "Rui" \(mention:\w+, mention:\w+\): give more words or a source$/u,
        ),
      ],
      ['/entries/1', 'no event "flew home"'],
    ]);
    for (const p of problems) expect(p.message).not.toContain('\n');
  });

  it('picks one of two acts on the same words by its type', () => {
    const c = candidates();
    const agreed = { ...c.events[0]!, id: 'v3', type: 'AGREE' as const };
    const twoActs = mergeDocuments([normalizeArticle(sourceFor(), { ...c, events: [...c.events, agreed] })]);
    const drop = (type?: 'AGREE') => [
      {
        op: 'drop' as const,
        match: { kind: 'event' as const, text: 'army chief met', type },
        reason: 'one act',
      },
    ];
    const typed = applyCuration(twoActs, texts, [
      { file: 'curation.json', data: { entries: drop('AGREE') } },
    ]);
    expect(typed.problems).toEqual([]);
    expect(typed.dataset.events.map((v) => v.type)).toEqual(['CONSULT', 'RETREAT']);
    const untyped = applyCuration(twoActs, texts, [{ file: 'curation.json', data: { entries: drop() } }]);
    expect(untyped.problems[0]!.message).toMatch(/^2 records match event "army chief met"/u);
  });

  it('explains a set by an id that is gone', () => {
    const { problems } = run([
      { op: 'set', id: 'quote:0000000000000000', fields: { kind: 'direct' }, reason: 'old id' },
    ]);
    expect(problems[0]!.message).toMatch(/^no quote or event 'quote:0{16}': the id is gone .*"match"/u);
  });
});
