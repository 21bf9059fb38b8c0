import { titleKey } from '@newsfacts/evidence';
import type { Entity } from '@newsfacts/schemas';
import type { GoldEntity } from './gold.js';
import { matchEntities } from './match-entities.js';

/** A link whose QID's reference names do not match the gold Wikipedia title (likely a wrong QID). */
export interface SuspectLink {
  article: string;
  name: string;
  qid: string;
  wikipedia: string;
  labels: string[];
}

/** A gold entity with a Wikipedia identity that gets no QID: extracted (without one) or not extracted at all. */
export interface UnlinkedEntity {
  article: string;
  type: GoldEntity['type'];
  name: string;
  wikipedia: string;
  extracted: boolean;
}

/** Gold entities with a Wikipedia identity, how many of them the matched extracted entity links to a QID. */
export interface LinkingScore {
  gold: number;
  linked: number;
  suspect: SuspectLink[];
  /** The others, in gold order (what linking work needs to see). */
  unlinked: UnlinkedEntity[];
}

/** The reference names (gazetteer name and aliases) of a QID; empty when the QID is unknown. */
export type LabelsOf = (qid: string) => readonly string[];

export const emptyLinking = (): LinkingScore => ({ gold: 0, linked: 0, suspect: [], unlinked: [] });

export function scoreLinking(
  article: string,
  predicted: readonly Entity[],
  gold: readonly GoldEntity[],
  labelsOf: LabelsOf,
  byIdentity = false,
): LinkingScore {
  const same = byIdentity ? sameIdentityOf(labelsOf) : undefined;
  const byGold = new Map(matchEntities(predicted, gold, same).map(([p, g]) => [g, predicted[p]!]));
  const out = emptyLinking();
  gold.forEach((g, j) => {
    if (!g.wikipedia) return;
    out.gold++;
    const matched = byGold.get(j);
    const qid = matched?.qid;
    if (!qid) {
      out.unlinked.push({
        article,
        type: g.type,
        name: g.name,
        wikipedia: g.wikipedia,
        extracted: matched !== undefined,
      });
      return;
    }
    out.linked++;
    const labels = [...labelsOf(qid)];
    const title = titleKey(g.wikipedia);
    if (!labels.some((l) => titleKey(l) === title)) {
      out.suspect.push({ article, name: g.name, qid, wikipedia: g.wikipedia, labels });
    }
  });
  return out;
}

/** A predicted QID is the gold Wikipedia identity when one of its reference names is the title. */
export function sameIdentityOf(labelsOf: LabelsOf): (qid: string, wikipedia: string) => boolean {
  return (qid, wikipedia) => {
    const title = titleKey(wikipedia);
    return labelsOf(qid).some((l) => titleKey(l) === title);
  };
}

export function addLinking(a: LinkingScore, b: LinkingScore): LinkingScore {
  return {
    gold: a.gold + b.gold,
    linked: a.linked + b.linked,
    suspect: [...a.suspect, ...b.suspect],
    unlinked: [...a.unlinked, ...b.unlinked],
  };
}
