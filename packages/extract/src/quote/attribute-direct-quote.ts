import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import { isPossessiveMark, type Token } from '../text/tokenize.js';
import type { QuotedSpan } from './find-direct-quotes.js';
import { quoteWords } from './load-quote-words.js';
import { type Attribution, namedSpeaker } from './speaker/attribution.js';
import { speakerAfterAccording } from './speaker/speaker-after-according.js';
import { speakerOfVerb } from './speaker/speaker-of-verb.js';
import { afterFrontedPhrase, isAccordingTo, isNounUse, isSpeechVerb } from './speaker/token-tests.js';

const WINDOW = 14;

/** quote/direct — the cue and speaker of a quote: after it ('"…," said X'), else before it in its sentence. */
export function attributeDirectQuote(
  doc: Doc,
  idx: MentionIndex,
  q: QuotedSpan,
  previous: QuotedSpan | undefined,
  following: QuotedSpan | undefined,
): Attribution | null {
  const { tokens } = doc;
  const s = doc.sentences[doc.sentenceOf[q.open]!]!;
  const sentEnd = Math.max(s.to, doc.sentences[doc.sentenceOf[Math.max(q.close, q.to - 1)]!]!.to);
  const nextOpen = following?.open ?? tokens.length;
  const afterEnd = Math.min(sentEnd, nextOpen, q.close + 1 + WINDOW);
  // '"…" - Jane Doe' (a pull quote signed with a dash): the name after the dash ends the paragraph or sentence
  const signed = dashSignature(doc, idx, q.close);
  if (signed) return signed;
  // after the quote: '"…," said X' / '"…," X said' / '…" according to X'
  const firstAfter = tokens[q.close + 1]?.text === ',' ? q.close + 2 : q.close + 1;
  for (let k = q.close + 1; k < afterEnd; k++) {
    // another clause ("… by the move while X said …", '"…," and the group asked …') has its own speaker
    if (quoteWords.clauseOpeners.has(tokens[k]!.lower) || (k === firstAfter && tokens[k]!.lower === 'and'))
      break;
    if (isAccordingTo(doc, k)) return speakerAfterAccording(doc, idx, k, sentEnd);
    if (isSpeechVerb(tokens[k]) && !isPassive(tokens, k) && !isParticiple(tokens, k)) {
      const a = speakerOfVerb(doc, idx, k, q.close + 1, sentEnd);
      if (a) return a;
    }
  }
  // 'protesters blocked the bridge, chanting "…"', 'residents rallied, holding signs that read "…"'
  const shown = displayedBy(doc, idx, q.open, s.from);
  if (shown) return shown;
  // before the quote in the same sentence: 'X said, "…"' / 'X told reporters she was "…"'
  const prevClose = previous?.close ?? -1;
  const beforeStart = Math.max(s.from, prevClose + 1);
  for (let k = q.open - 1; k >= beforeStart; k--) {
    if (isAccordingTo(doc, k)) return speakerAfterAccording(doc, idx, k, q.open);
    const t = tokens[k]!;
    // 'calling the report "a sobering read"': "report" after "the" is a noun
    const cue = (isSpeechVerb(t) && !isNounUse(tokens, k)) || isDescribeCue(tokens, k);
    if (cue && !isPassive(tokens, k) && !isParticiple(tokens, k)) {
      const a = speakerOfVerb(doc, idx, k, beforeStart, q.open);
      // ('…, saying its troops had only responded to "provocations"': a described subject that holds a
      // reporting verb is the clause of that verb, whose speaker is further back)
      if (a && !(a.speaker === null && hasSpeechVerb(tokens, a.speakerFrom, a.speakerTo))) return a;
    }
  }
  return null;
}

/** Whether a reporting verb stands in [from, to) (not a noun: "the report's authors"). */
function hasSpeechVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (isSpeechVerb(tokens[j]) && !isNounUse(tokens, j) && !isPossessiveMark(tokens[j + 1])) return true;
  return false;
}

/** How far before a display cue its display noun may stand ("signs that read", "green T-shirts that read"). */
const DISPLAY_REACH = 5;
/** How many tokens a sentence's subject may have ("Members of the Samajwadi Party, the DMK and the …"). */
const SUBJECT_WORDS = 16;

/**
 * 'protesters blocked the bridge, chanting "Enough is enough!"', 'some holding signs that read "Homes, not
 * hotels."': a crowd's chant, or the words on its signs or shirts, are the slogan of the sentence's subject.
 */
function displayedBy(doc: Doc, idx: MentionIndex, open: number, from: number): Attribution | null {
  const { tokens } = doc;
  const k = /^[,:]$/.test(tokens[open - 1]?.text ?? '') ? open - 2 : open - 1;
  const cue = tokens[k];
  if (cue?.kind !== 'word' || k < from) return null;
  let shown = quoteWords.chantCues.has(cue.lower);
  if (!shown && quoteWords.displayCues.has(cue.lower))
    for (let j = k - 1; j >= Math.max(from, k - DISPLAY_REACH) && !shown; j--)
      shown = quoteWords.displayNouns.has(tokens[j]!.lower);
  return shown ? sentenceSubject(doc, idx, from, k) : null;
}

/**
 * The subject of the sentence starting at `from` (before `to`): past a fronted phrase set off by a comma
 * ("In Lagos, protesters blocked …"), a name, or the words before the first verb in the past.
 */
function sentenceSubject(doc: Doc, idx: MentionIndex, from: number, to: number): Attribution | null {
  const { tokens } = doc;
  const a = afterFrontedPhrase(tokens, from, to);
  const named = idx.covering(a);
  if (named && named.from === a) return namedSpeaker(named, to, to + 1);
  // the words before the first verb in the past (a list's commas and an adverb in -ly or "later" may come)
  let e = a;
  while (e < Math.min(to, a + SUBJECT_WORDS)) {
    const t = tokens[e]!;
    if ((t.kind === 'punct' && t.text !== ',') || (e > a && !t.cap && /[a-z]ed$/.test(t.lower))) break;
    e++;
  }
  if (e === a || tokens[e]?.kind !== 'word' || !/[a-z]ed$/.test(tokens[e]!.lower)) return null;
  let end = e;
  while (end > a + 1 && (isVerbGap(tokens[end - 1]!.lower) || tokens[end - 1]!.text === ',')) end--;
  return {
    speaker: null,
    description: doc.text.slice(tokens[a]!.start, tokens[end - 1]!.end),
    cueFrom: to,
    cueTo: to + 1,
    reportedBy: [],
    speakerFrom: a,
    speakerTo: e,
  };
}

/** Words between a subject and its verb: the speaker's verb gap ("later", "also", "had") and adverbs in -ly. */
function isVerbGap(w: string): boolean {
  return quoteWords.speakerVerbGap.has(w) || /^[a-z]+ly$/.test(w);
}

/** "described as", "blamed", "called for": cues that frame a short quote as somebody's words. */
export function isDescribeCue(tokens: readonly Token[], k: number): boolean {
  return quoteWords.framingCues.has(tokens[k]!.lower);
}

function isPassive(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  return quoteWords.beForms.has(prev) && next === 'to';
}

/** 'the "reforms" promised by the government': the verb describes the quoted thing, nobody says it. */
function isParticiple(tokens: readonly Token[], k: number): boolean {
  return quoteWords.participleAfter.has(tokens[k + 1]?.lower ?? '');
}

function dashSignature(doc: Doc, idx: MentionIndex, close: number): Attribution | null {
  const { tokens } = doc;
  const dash = tokens[close + 1];
  if (!dash || !/^[-–—]$/.test(dash.text) || dash.para !== tokens[close]!.para) return null;
  const m = idx.covering(close + 2);
  if (!m || m.from !== close + 2 || m.cluster.type !== 'person') return null;
  const after = tokens[m.to];
  if (after && after.para === dash.para && after.text !== '.') return null;
  return namedSpeaker(m, close + 1, close + 2);
}
