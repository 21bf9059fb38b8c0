import { titledPersonAfter } from '../../entity/candidates/titles.js';
import type { MentionIndex } from '../../entity/mention-index.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { isAfterPreposition, isPossessor } from './token-tests.js';

/**
 * "In Kyiv, Minister Jane Roe thanked the senators, writing that …": the -ing verb at v has the subject
 * of the clause it hangs on (from `start`), the first name there that no preposition governs: after ", and"
 * it is that clause's own, unless that clause opens with its verb: "The federation suspended the coach, X,
 * and opened an inquiry, saying" (then the sentence's, from `from`).
 */
export function clauseSubject(
  doc: Doc,
  idx: MentionIndex,
  v: number,
  from: number,
  start: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const subjectFrom = (a: number) =>
    idx
      .inRange(a, v)
      .find(
        (m) =>
          m.cluster.type !== 'location' && !isPossessor(doc, m.to) && !isAfterPreposition(tokens, m.from),
      );
  const first = tokens[start]!;
  const subject =
    subjectFrom(start) ??
    (start > from && !first.cap && first.kind === 'word' && !quoteWords.subjectDeterminers.has(first.lower)
      ? subjectFrom(from)
      : undefined);
  // ("ZEC chief elections officer Mr Simbarashe Chikore dismissed the claims, saying …": the person the body's
  // title names; "The director general of the Anti-Corruption Commission (ACC), Erastus Haikali, welcomed …":
  // the person named in apposition after the body)
  const named =
    subject &&
    (titledPersonAfter(tokens, idx, subject) ??
      (subject.cluster.type === 'organization' ? personInApposition(tokens, idx, subject.to) : undefined) ??
      subject);
  return named ? namedSpeaker(named, v, cueTo) : null;
}

/** The person set off by commas right after a body's name (and its bracketed abbreviation): ", Erastus Haikali,". */
function personInApposition(tokens: readonly Token[], idx: MentionIndex, end: number) {
  const at = tokens[end]?.text === ')' ? end + 1 : end;
  if (tokens[at]?.text !== ',') return undefined;
  const m = idx.covering(at + 1);
  return m?.cluster.type === 'person' && m.from === at + 1 && tokens[m.to]?.text === ',' ? m : undefined;
}
