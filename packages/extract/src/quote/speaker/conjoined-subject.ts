import { titledPersonAfter } from '../../entity/candidates/titles.js';
import type { MentionSpan } from '../../entity/grouping/types.js';
import type { MentionIndex } from '../../entity/mention-index.js';
import { datelineEnd } from '../../entity/name-shape.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { anaphorSubject } from './anaphor-subject.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { afterFrontedPhrase, isAfterPreposition, isPossessor } from './token-tests.js';

/** How many words before the verb a subject named in apposition may end ("the airline's chief executive, X,"). */
const APPOSITIVE_REACH = 12;

/**
 * "X welcomed the decision but said …": the subject of the first verb speaks the verb at v, whose subject
 * would end at k, right after the conjunction.
 */
export function conjoinedSubject(
  doc: Doc,
  idx: MentionIndex,
  v: number,
  k: number,
  from: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const conj = tokens[k - 1]?.lower;
  if (lexicon.clauseConjunctions.has(conj ?? '') && k - 1 > from) {
    // only a subject within the first four tokens counts, so the search stops there (linear on long sentences)
    // "France coach Didier Deschamps praised … but said": the person a title names, not the team before it
    // ("In a post on X, the airline's chief executive, Maria Lind, apologised … and said": past a fronted
    // phrase, and the name set off by commas in apposition to the subject)
    // ("DAKAR – The government … signed an agreement …, but the largest union rejected the deal and said": past
    // an opening dateline, and from the last clause a comma and a conjunction open)
    const s0 = afterFrontedPhrase(tokens, clauseStart(tokens, from, k - 1), k - 1);
    const subjects = idx
      .inRange(s0, Math.min(k - 1, s0 + 4))
      .filter((m) => !isPossessor(doc, m.to) && !isAfterPreposition(tokens, m.from));
    const first =
      subjects.find((m) => m.cluster.type === 'person' && m.from <= s0 + 3) ??
      subjects[0] ??
      appositivePerson(tokens, idx, s0, Math.min(k - 1, s0 + APPOSITIVE_REACH));
    // ("Council of Governors chairperson Ann Wairimu … and accused": the person the body's title names)
    const subject = first && (titledPersonAfter(tokens, idx, first) ?? first);
    if (subject && (first.from <= s0 + 3 || tokens[first.from - 1]?.text === ',')) {
      return namedSpeaker(subject, v, cueTo);
    }
    // ("the forum rejected the offer and said …": the body a described subject stands for)
    if (!first) return anaphorSubject(doc, s0, v, cueTo);
  }
  return null;
}

/** The first person of [from, to) set off by commas on both sides ("the chief executive, Maria Lind, …"). */
function appositivePerson(
  tokens: readonly Token[],
  idx: MentionIndex,
  from: number,
  to: number,
): MentionSpan | undefined {
  return idx
    .inRange(from, to)
    .find(
      (m) => m.cluster.type === 'person' && tokens[m.from - 1]?.text === ',' && tokens[m.to]?.text === ',',
    );
}

/** Where the clause of the conjoined verb's subject starts: past a dateline and the last ", but" before `to`. */
function clauseStart(tokens: readonly Token[], from: number, to: number): number {
  let start = tokens[from - 1]?.para !== tokens[from]?.para ? datelineEnd(tokens, from) : from;
  for (let j = to - 1; j > start; j--)
    if (tokens[j - 1]?.text === ',' && lexicon.clauseConjunctions.has(tokens[j]!.lower)) {
      start = j + 1;
      break;
    }
  return start;
}
