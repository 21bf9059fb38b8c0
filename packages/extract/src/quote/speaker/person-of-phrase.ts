import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { isAfterPreposition, isPossessor } from './token-tests.js';

/**
 * "according to Afghan Ambassador to the United States Hamdullah Mohib", "according to the team's coach,
 * Alireza Mehraban,", "said parent Kayla Brooks", "said Ibama's director of environmental protection,
 * Carlos Vasconcelos.": the person named in a described speaker's phrase or in apposition to it.
 */
export function personOfPhrase(
  doc: Doc,
  idx: MentionIndex,
  a: Attribution | null,
  to: number,
): Attribution | null {
  if (!a || a.speaker) return a;
  const { tokens } = doc;
  const end = tokens[a.speakerTo]?.text === ',' ? Math.min(to, a.speakerTo + 6) : a.speakerTo;
  const person = idx
    .inRange(a.speakerFrom, end)
    .find(
      (m) =>
        m.cluster.type === 'person' &&
        !isPossessor(doc, m.to) &&
        !isAfterPreposition(tokens, m.from) &&
        (m.from < a.speakerTo || (m.from === a.speakerTo + 1 && /^[,.]$/.test(tokens[m.to]?.text ?? ''))),
    );
  return person ? { ...namedSpeaker(person, a.cueFrom, a.cueTo), speakerFrom: a.speakerFrom } : a;
}
