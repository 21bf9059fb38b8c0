import { MentionIndex } from '../../entity/mention-index.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { quoteWords } from '../load-quote-words.js';
import { anaphorSubject } from './anaphor-subject.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { clausePronoun } from './clause-pronoun.js';
import { clauseSubject } from './clause-subject.js';
import { describedSpeaker } from './described-speaker.js';
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
  const s0 = afterFrontedPhrase(tokens, start, v);
  return (
    clauseSubject(doc, idx, v, from, start, cueTo) ??
    anaphorSubject(doc, s0, v, cueTo) ??
    describedSubject(doc, idx, s0, v, cueTo)
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

/** How many words a described subject of an -ing report may have ("Republicans in the state Senate"). */
const SUBJECT_WORDS = 4;

/**
 * "Republicans in the state Senate passed it …, arguing that …": a subject that names nobody, a capitalized
 * word and the words after it up to a preposition or a verb in -ed, describes the speaker.
 */
function describedSubject(
  doc: Doc,
  idx: MentionIndex,
  start: number,
  v: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  const first = tokens[start];
  if (idx.covering(start)) return null;
  // (a capitalized word no name holds: "Republicans", "Residents"; not "a group representing …", which is
  // often a body the article names only later)
  if (first?.kind !== 'word' || !first.cap || quoteWords.speakerDeterminers.has(first.lower)) return null;
  let end = start + 1;
  while (end < v && end - start < SUBJECT_WORDS) {
    const t = tokens[end]!;
    if (t.kind !== 'word' || t.lower.endsWith('ed') || quoteWords.speakerPrepositions.has(t.lower)) break;
    if (quoteWords.nounPhraseStops.has(t.lower)) break;
    end++;
  }
  return end < v ? describedSpeaker(doc, start, end, v, cueTo) : null;
}
