import type { Entity, ExtractionDocument } from '@newsfacts/schemas';
import type { GoldFile } from './gold.js';
import { goldEntityKeys, pairEvents, participantsAgree, scoredEvents } from './score-article.js';

/**
 * One event error of an article: `extra` (extracted, no gold event there), `missed` (gold, nothing
 * extracted there), or a matched pair whose `type`, `date` or `participants` disagree.
 */
export interface EventError {
  article: string;
  error: 'extra' | 'missed' | 'type' | 'date' | 'participants';
  /** What gold says: its type, date or participant names (null for an extra event). */
  gold: string | null;
  /** What extraction says (null for a missed event). */
  predicted: string | null;
  /** The gold evidence, or the extracted one for an extra event. */
  evidence: string;
}

/** The event errors of one article, in the order of its gold events, extra events last. */
export function listEventErrors(
  article: string,
  doc: ExtractionDocument,
  gold: GoldFile,
  text: string,
): EventError[] {
  const predicted = scoredEvents(doc);
  const pairs = pairEvents(predicted, gold.events, text);
  const byGold = new Map(pairs.map(([p, g]) => [g, predicted[p]!]));
  const paired = new Set(pairs.map(([p]) => p));
  const names = new Map(doc.entities.map((e) => [e.id, e]));
  const goldKeys = goldEntityKeys(gold.entities);
  const nameOf = (id: string | null) => (id === null ? '' : (names.get(id)?.name ?? id));
  const out: EventError[] = [];
  gold.events.forEach((ge, g) => {
    const row = (error: EventError['error'], goldSays: string, says: string | null): EventError => ({
      article,
      error,
      gold: goldSays,
      predicted: says,
      evidence: ge.evidence,
    });
    const e = byGold.get(g);
    if (!e) {
      out.push(row('missed', ge.type, null));
      return;
    }
    if (e.type !== ge.type) out.push(row('type', ge.type, `${e.type} (${e.trigger ?? 'no trigger'})`));
    if ((e.date ?? null) !== (ge.date ?? null)) out.push(row('date', ge.date ?? 'null', e.date ?? 'null'));
    if (!participantsAgree(e, ge, names, goldKeys))
      out.push(row('participants', ge.participants.join('; '), participantNames(e.participants, nameOf)));
  });
  predicted.forEach((e, p) => {
    if (paired.has(p)) return;
    out.push({
      article,
      error: 'extra',
      gold: null,
      predicted: `${e.type} (${e.trigger ?? 'no trigger'})`,
      evidence: e.evidence[0]!.exact,
    });
  });
  return out;
}

function participantNames(
  participants: readonly { entity: string }[],
  nameOf: (id: string) => Entity['name'],
): string {
  return [...new Set(participants.map((p) => nameOf(p.entity)))].join('; ');
}
