import { nameKey } from '@newsfacts/evidence';
import type { Entity, Event, ExtractionDocument, Quote } from '@newsfacts/schemas';
import { describe, expect, it } from 'vitest';
import type { GoldFile } from './gold.js';
import { listEventErrors } from './list-event-errors.js';
import { tokenF1 } from './normalize.js';
import { f1 } from './score.js';
import { scoreArticle } from './score-article.js';

const text =
  'Pakistan\'s Supreme Court ruled. "We are calm," said Ali Khan. Police attacked a camp on Monday.';
const prov = {
  method: 'extracted' as const,
  rule: 'test',
  confidence: 1,
  generator: 'newsfacts@1.0.0',
  changes: [],
};
const ev = (start: number, end: number) => ({
  source: 's',
  start,
  end,
  exact: text.slice(start, end),
  prefix: '',
  suffix: '',
});
const entity = (id: string, type: Entity['type'], name: string): Entity => ({
  id,
  type,
  name,
  aliases: [],
  qid: null,
  iso3166_1_alpha2: null,
  mentions: [],
  provenance: prov,
});
const gold: GoldFile = {
  source_url: null,
  outlet: null,
  published: '2020-01-08',
  entities: [
    { name: 'Supreme Court of Pakistan', type: 'organization', aliases: ["Pakistan's Supreme Court"] },
    { name: 'Ali Khan', type: 'person', aliases: [] },
    { name: 'Pakistan', type: 'location', aliases: [] },
  ],
  quotes: [{ text: 'We are calm,', speaker: 'Ali Khan', speaker_description: null, kind: 'direct' }],
  events: [
    {
      type: 'ASSAULT',
      date: '2020-01-06',
      participants: [],
      location: null,
      evidence: 'Police attacked a camp on Monday',
    },
  ],
};
const at = text.indexOf('Police');

function doc(events: Event[], quotes: Quote[]): ExtractionDocument {
  return {
    schema_version: '1.0.0',
    source: {} as ExtractionDocument['source'],
    entities: [
      entity('e1', 'organization', 'Pakistan’s Supreme Court'),
      entity('e2', 'person', 'Ali Khan'),
      entity('e3', 'person', 'Pakistan'),
    ],
    quotes,
    events,
    relations: [],
  };
}

/** "Police attacked", dated as the gold event is. */
const attack: Event = {
  id: 'v1',
  type: 'ASSAULT',
  summary: 'x',
  trigger: 'attacked',
  date: '2020-01-06',
  participants: [],
  location: null,
  modality: 'asserted',
  evidence: [ev(at, at + 15)],
  provenance: prov,
};

describe('scoreArticle', () => {
  it('matches entities by type and normalized name or alias, quotes by token F1, events by overlap', () => {
    const quote: Quote = {
      id: 'q1',
      kind: 'direct',
      text: 'We are calm',
      evidence: ev(33, 44),
      speaker: 'e2',
      speaker_description: null,
      cue: null,
      reported_by: [],
      provenance: prov,
    };
    const event = attack;
    const hypothetical: Event = { ...event, id: 'v2', modality: 'hypothetical' };
    const s = scoreArticle(doc([event, hypothetical], [quote]), gold, text);
    expect(s.entities).toEqual({ matched: 2, predicted: 3, gold: 3 });
    expect(s.directQuotes).toEqual({ matched: 1, predicted: 1, gold: 1 });
    expect(s.speaker).toEqual({ correct: 1, total: 1 });
    expect(s.events).toEqual({ matched: 1, predicted: 1, gold: 1 });
    expect(s.eventType).toEqual({ correct: 1, total: 1 });
    expect(s.date).toEqual({ correct: 1, total: 1 });
    expect(s.participants).toEqual({ correct: 1, total: 1 });
    expect(f1(s.entities)).toBeCloseTo(2 / 3);
  });

  it('pairs an event of the gold type first when two overlap the gold span', () => {
    // The same words read as an arrest on the longer span would pair first by overlap alone.
    const arrest: Event = { ...attack, id: 'v2', type: 'COERCE', evidence: [ev(at, at + 32)] };
    const s = scoreArticle(doc([arrest, attack], []), gold, text);
    expect(s.events).toEqual({ matched: 1, predicted: 2, gold: 1 });
    expect(s.eventType).toEqual({ correct: 1, total: 1 });
    const errors = listEventErrors('a', doc([arrest], []), gold, text);
    expect(errors.map((e) => [e.error, e.gold, e.predicted])).toEqual([
      ['type', 'ASSAULT', 'COERCE (attacked)'],
    ]);
    const late = { ...attack, date: '2020-01-07', evidence: [ev(0, 30)] };
    expect(listEventErrors('a', doc([late], []), gold, text).map((e) => [e.error, e.evidence])).toEqual([
      ['missed', 'Police attacked a camp on Monday'],
      ['extra', "Pakistan's Supreme Court ruled"],
    ]);
    const wrongDay = { ...attack, date: '2020-01-07' };
    expect(listEventErrors('a', doc([wrongDay], []), gold, text)[0]).toMatchObject({
      error: 'date',
      gold: '2020-01-06',
      predicted: '2020-01-07',
    });
  });

  it('normalizes names and measures token overlap', () => {
    expect(nameKey('The  Washington Post.')).toBe('washington post');
    expect(nameKey('Pakistan’s Supreme Court')).toBe(nameKey("Pakistan's Supreme Court"));
    expect(tokenF1('A door has opened,', 'A door has opened')).toBe(1);
    expect(tokenF1('a b c d e', 'a b c d')).toBeCloseTo(8 / 9);
  });
});
