import type { Cluster } from '../../entity/grouping/types.js';
import { lexicon, type Trigger } from '../../lexicon/load-lexicons.js';
import { wordFact } from '../../text/word-facts.js';
import { dateOf } from '../event-date.js';
import { addParticipant } from '../event-participants.js';
import type { EventInputs, FoundEvent, Statement } from '../found-event.js';
import { splitClauses, trimSpan } from '../split-clauses.js';

/** A word of criticism (read for every word of every quote that has a speaker: a word fact). */
const isCriticism = wordFact((w) => lexicon.criticism.has(w));

const ACCUSE: Trigger = { t: 'statement', type: 'ACCUSE', w: 1, class: 'statement' };

/** '"…brazenly and unlawfully…," said X': a critical statement is an accusation made where the cue stands. */
export function statementEvent(
  input: EventInputs,
  st: Statement,
  events: readonly FoundEvent[],
  firstBodyPara: number,
): FoundEvent | null {
  const { doc, idx } = input;
  const { tokens } = doc;
  let critical = false;
  for (let k = st.quoteFrom; k < st.quoteTo && !critical; k++) critical = isCriticism(tokens[k]!);
  if (!critical) return null;
  const si = doc.sentenceOf[st.cueFrom]!;
  const s = doc.sentences[si]!;
  if (events.some((e) => e.sentence === si && e.type === 'ACCUSE')) return null;
  // the attribution clause, without the quoted words
  let from = st.cueFrom;
  let to = st.cueTo;
  const clause = splitClauses(tokens, s).find(([cf, ct]) => cf <= st.cueFrom && st.cueFrom < ct);
  if (clause) {
    from = st.cueFrom > st.quoteTo ? Math.max(clause[0], st.quoteTo + 1) : clause[0];
    to = st.cueFrom > st.quoteTo ? clause[1] : Math.min(clause[1], st.quoteFrom - 1);
  }
  const span = trimSpan(tokens, from, Math.max(to, from + 1));
  const participants: FoundEvent['participants'] = [{ cluster: st.speaker, role: 'actor' }];
  const seen = new Set<Cluster>([st.speaker]);
  for (const m of idx.inRange(st.quoteFrom, st.quoteTo))
    addParticipant(participants, seen, m.cluster, 'target');
  const { date, explicit } = dateOf(input, s, span.from, span.to, st.cueFrom, [], firstBodyPara);
  return {
    type: 'ACCUSE',
    rule: 'event/statement',
    eventClass: `statement:${st.cueFrom}`,
    trigger: ACCUSE,
    triggerFrom: st.cueFrom,
    triggerTo: st.cueTo,
    spans: [span],
    date,
    explicitDate: explicit,
    participants,
    location: null,
    modality: 'asserted',
    sentence: si,
    headline: s.headline,
    anaphoric: false,
    possessive: false,
    relative: false,
    mentions: [{ from: st.cueFrom, to: st.cueTo, sentence: si }],
  };
}
