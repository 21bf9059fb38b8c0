import { MentionIndex } from '../entity/mention-index.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import { isPossessiveMark } from '../text/tokenize.js';
import { clauseStart, trimEnd } from './find-clause-bounds.js';
import { type Attribution, isSpeechVerb, resolvePronoun } from './find-speaker.js';
import { quoteWords } from './load-quote-words.js';
import { isQuoteMarkText, type ReportedSpan, span } from './reported-span.js';

const VERB_TRIGGERS = new Set(lexicon.triggers.filter((t) => t.w >= 2 && !t.t.includes(' ')).map((t) => t.t));

/**
 * "CLAUSE, prosecutors said." / "CLAUSE, the country's weather agency said on Monday.": a sentence-final
 * attribution after a comma; the clause before the comma is the reported speech. The speaker phrase
 * (at most 8 words, no other punctuation) is a named mention or kept as a description.
 */
export function trailingAttribution(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  to: number,
  inQuote: Uint8Array,
): ReportedSpan | null {
  const { tokens } = doc;
  let c = k - 1;
  const stop = Math.max(from + 3, k - 9);
  while (c > stop && tokens[c]!.text !== ',') {
    const t = tokens[c]!;
    if (t.kind !== 'word' && !isPossessiveMark(t) && t.text !== '.') return null;
    c--;
  }
  if (tokens[c]?.text !== ',' || c === k - 1) return null;
  const first = tokens[c + 1]!;
  // the speaker phrase: a name, a determiner phrase ("the country's agency") or a bare plural ("prosecutors")
  const inPhrase = idx.inRange(c + 1, k);
  const named = inPhrase.find((m) => !isPossessiveMark(tokens[m.to]));
  // "Qatar's foreign ministry said": a name's possessive opening the phrase describes the speaker
  const possessor = inPhrase[0];
  const owned = possessor?.from === c + 1 && isPossessiveMark(tokens[possessor.to]);
  // "…, he said.": a personal pronoun alone stands for the person it refers to
  const pronoun = k === c + 2 && MentionIndex.isPersonPronoun(first.lower) && first.lower !== 'his';
  // "…, police said": a reporter noun without a determiner describes the speaker too
  if (
    !named &&
    !pronoun &&
    !owned &&
    !quoteWords.attributionDeterminers.has(first.lower) &&
    !(
      first.kind === 'word' &&
      !first.cap &&
      (first.lower.endsWith('s') || lexicon.reporterNouns.has(first.lower))
    )
  )
    return null;
  for (let j = c + 1; j < k; j++)
    if (isSpeechVerb(tokens[j]) || VERB_TRIGGERS.has(tokens[j]!.lower)) return null;
  // "The review, led by …, is due to report": a phrase opened by an auxiliary, or an infinitive, is a
  // predicate, not a speaker and its verb
  if (quoteWords.finiteAuxiliaries.has(first.lower) || tokens[k - 1]!.lower === 'to') return null;
  // after the verb: the sentence ends, optionally after the addressee of "told" ("told reporters") and a
  // short adjunct ("on Monday", "in a statement")
  let e = k + 1;
  if (/^(told|tells)$/.test(tokens[k]!.lower))
    while (e < to && e < k + 4 && quoteWords.toldObjects.has(tokens[e]!.lower)) e++;
  if (e < to && quoteWords.attributionAdjunctStarts.has(tokens[e]!.lower)) {
    const limit = Math.min(to, e + 8);
    while (e < limit && tokens[e]!.kind === 'word') e++;
  }
  // "…, the minister said on Monday, a breakthrough that could end …": the writer's comment on the whole
  // report, set off by a comma and opened by an indefinite article, ends the attribution; so does another
  // clause ("…, the Commission said, while Romania was preparing crews")
  const comment =
    tokens[e]?.text === ',' &&
    (/^(a|an)$/.test(tokens[e + 1]?.lower ?? '') ||
      quoteWords.attributionFollowers.has(tokens[e + 1]?.lower ?? ''));
  while (e < to && tokens[e]!.kind === 'punct' && !isQuoteMarkText(tokens[e]!.text)) e++;
  if (e < to && !comment) return null;
  for (let j = from; j < c; j++) if (inQuote[j]) return null;
  let start = clauseStart(doc, from, c);
  while (start < c && tokens[start]!.kind === 'punct') start++;
  // "Meanwhile, a quake struck …": a connective set off at the head is the writer's, not the speaker's
  if (quoteWords.connectives.has(tokens[start]!.lower) && tokens[start + 1]?.text === ',') start += 2;
  const end = trimEnd(doc, start, c);
  if (end - start < 5) return null;
  const text = doc.text.slice(tokens[c + 1]!.start, tokens[k - 1]!.end);
  const person = pronoun ? (resolvePronoun(doc, idx, c + 1, first.lower)?.cluster ?? null) : null;
  const attribution: Attribution = {
    speaker: pronoun ? person : (named?.cluster ?? null),
    description: named || pronoun ? null : text,
    cueFrom: k,
    cueTo: k + 1,
    reportedBy: [],
    speakerFrom: c + 1,
    speakerTo: k,
  };
  return span('indirect', start, end, attribution, 'quote/indirect:trailing');
}
