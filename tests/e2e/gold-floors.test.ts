import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreGoldSet } from '@newsfacts/cli';
import { f1, loadGoldSet, rate } from '@newsfacts/evaluate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Floors {
  entityF1?: number;
  quoteF1?: number;
  speakerAccuracy?: number;
  indirectQuoteF1?: number;
  linkingCoverage?: number;
  maxSuspectQids?: number;
  eventF1?: number;
  eventTypeAccuracy?: number;
  eventDateAccuracy?: number;
  eventParticipantAccuracy?: number;
  typeHit?: number;
  detection?: number;
}

const floors = JSON.parse(readFileSync(join(ROOT, 'tests/gold/floors.json'), 'utf8')) as Record<
  string,
  Floors | string
>;
const sets = Object.entries(floors).filter((e): e is [string, Floors] => typeof e[1] === 'object');

describe('extraction meets the floors of tests/gold/floors.json', () => {
  it('has floors for the external development sets', () => {
    expect(sets.map(([name]) => name)).toEqual(expect.arrayContaining(['gum-news', 'plover-gsr']));
  });

  it.each(sets)('tests/gold/%s', (name, floor) => {
    const report = scoreGoldSet(loadGoldSet(join(ROOT, 'tests/gold', name)));
    if (report.kind === 'plover') {
      if (floor.typeHit !== undefined)
        expect(rate(report.typeHit), 'type hit').toBeGreaterThanOrEqual(floor.typeHit);
      if (floor.detection !== undefined)
        expect(rate(report.detection), 'detection').toBeGreaterThanOrEqual(floor.detection);
      return;
    }
    const { linking } = report;
    if (floor.entityF1 !== undefined)
      expect(f1(report.system.total.entities), 'entity F1').toBeGreaterThanOrEqual(floor.entityF1);
    const total = report.system.total;
    if (floor.quoteF1 !== undefined)
      expect(f1(total.directQuotes), 'direct+block quote F1').toBeGreaterThanOrEqual(floor.quoteF1);
    if (floor.speakerAccuracy !== undefined)
      expect(rate(total.speaker), 'speaker accuracy').toBeGreaterThanOrEqual(floor.speakerAccuracy);
    if (floor.indirectQuoteF1 !== undefined)
      expect(f1(total.indirectQuotes), 'indirect quote F1').toBeGreaterThanOrEqual(floor.indirectQuoteF1);
    if (floor.eventF1 !== undefined)
      expect(f1(total.events), 'event F1').toBeGreaterThanOrEqual(floor.eventF1);
    if (floor.eventTypeAccuracy !== undefined)
      expect(rate(total.eventType), 'event type accuracy').toBeGreaterThanOrEqual(floor.eventTypeAccuracy);
    if (floor.eventDateAccuracy !== undefined)
      expect(rate(total.date), 'event date accuracy').toBeGreaterThanOrEqual(floor.eventDateAccuracy);
    if (floor.eventParticipantAccuracy !== undefined)
      expect(rate(total.participants), 'event participant accuracy').toBeGreaterThanOrEqual(
        floor.eventParticipantAccuracy,
      );
    if (floor.linkingCoverage !== undefined)
      expect(linking.linked / linking.gold, 'linking coverage').toBeGreaterThanOrEqual(floor.linkingCoverage);
    if (floor.maxSuspectQids !== undefined)
      expect(linking.suspect, 'suspect QIDs').toHaveLength(floor.maxSuspectQids);
  });
});
