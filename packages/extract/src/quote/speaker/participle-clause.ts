import { MentionIndex } from '../../entity/mention-index.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { anaphorSubject } from './anaphor-subject.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { clausePronoun } from './clause-pronoun.js';
import { clauseSubject } from './clause-subject.js';
import { reporterBefore } from './reporter-before.js';
import { afterFrontedPhrase } from './token-tests.js';

/**
 * "In Kyiv, Minister Jane Roe thanked the senators, writing that …": an -ing clause after a comma has the
 * main clause's subject, the first name of the sentence that no preposition governs. Tried in order: the
 * name that speaks a reporting verb just before it, else a personal pronoun opening the clause it hangs on
 * (one that stands for nobody ends the search), else that clause's subject.
 */
export function participleClauseSpeaker(
  doc: Doc,
  idx: MentionIndex,
  v: number,
  from: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  // (the subject of the clause the -ing clause hangs on: after ", and" it is that clause's own, unless
  // that clause opens with its verb: "The federation suspended the coach, X, and opened an inquiry, saying")
  const start = clauseStartBefore(tokens, from, v);
  const first = tokens[start]!;
  const reporter = reporterBefore(doc, idx, v, from);
  if (reporter) return namedSpeaker(reporter, v, cueTo);
  // ("She blamed the Treasury for the delay, saying …": a personal pronoun opening the clause is its subject)
  if (MentionIndex.isPersonPronoun(first.lower) && first.lower !== 'his')
    return clausePronoun(doc, idx, start, v, cueTo);
  // ("The group closed its factories, saying …": the body a described subject stands for)
  return (
    clauseSubject(doc, idx, v, from, start, cueTo) ??
    anaphorSubject(doc, afterFrontedPhrase(tokens, start, v), v, cueTo)
  );
}

/** Where the last clause before v starts: after ", and" / ", but" / ";", else `from`. */
function clauseStartBefore(tokens: readonly Token[], from: number, v: number): number {
  for (let k = v - 1; k > from; k--) {
    const w = tokens[k]!.lower;
    if (w === ';' || (lexicon.clauseConjunctions.has(w) && tokens[k - 1]?.text === ',')) return k + 1;
  }
  return from;
}
