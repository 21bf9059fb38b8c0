import { isOrganizationAnaphor, MentionIndex } from '../entity/mention-index.js';
import { type Doc, sentencesBackFrom } from '../text/segment.js';
import { isPossessiveMark, type Token } from '../text/tokenize.js';
import { attributeDirectQuote, isDescribeCue } from './attribute-direct-quote.js';
import { isHeadlineQuote } from './is-headline-quote.js';
import { quoteWords } from './load-quote-words.js';
import { pairQuotes } from './pair-quotes.js';
import type { QuoteRuleId } from './quote-rules.js';
import { type Attribution, describedBy, namedSpeaker } from './speaker/attribution.js';
import { ownerOfDocument } from './speaker/owner-of-document.js';
import { referredSpeaker } from './speaker/referred-speaker.js';
import { resolvePronoun } from './speaker/resolve-pronoun.js';
import { isAfterPreposition, isPossessor, isSpeechVerb } from './speaker/token-tests.js';
import { speakerOfPreviousSentence } from './speaker-of-previous-sentence.js';

/** Quoted words between two marks: token range of the words inside the marks. */
export interface QuotedSpan {
  open: number;
  close: number;
  /** Inside the marks: [from, to). */
  from: number;
  to: number;
  attribution: Attribution | null;
  rule: QuoteRuleId;
}

/** Direct quotes with their speakers; scare quotes and names in quotation marks are left out. */
export function findDirectQuotes(doc: Doc, idx: MentionIndex): QuotedSpan[] {
  const { tokens } = doc;
  const spans: QuotedSpan[] = [];
  let outerTo = -1;
  for (const p of pairQuotes(doc)) {
    const from = p.bare ? p.open : p.open + 1;
    let to = p.close;
    if (tokens[to]?.para !== tokens[p.open]?.para) to = lastOfPara(tokens, p.open) + 1;
    if (to <= from || !hasWord(tokens, from, to)) continue;
    // 'he wrote "… these 'events' every now and again."': words quoted inside a quote belong to it
    if (to <= outerTo) continue;
    outerTo = Math.max(outerTo, to);
    if (!p.bare && isNaming(tokens, p.open)) continue;
    // 'a new website, "The Internet Explorer 6 Countdown",': a title or a name, not somebody's words
    if (!p.bare && isTitleCase(tokens, from, to) && !startsSentence(doc, p.open)) continue;
    spans.push({ open: p.open, close: p.close, from, to, attribution: null, rule: 'quote/direct' });
  }
  spans.forEach((q, i) => {
    q.attribution = attributeDirectQuote(doc, idx, q, spans[i - 1], spans[i + 1]);
  });
  const attributed = new Map<string, QuotedSpan>();
  for (const q of spans) {
    if (!q.attribution) continue;
    const words = wordsOf(doc, q);
    if (!attributed.has(words)) attributed.set(words, q);
  }
  // quotes with no cue: continuation of the previous speaker, or the same words quoted in the body
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!;
    if (q.attribution) continue;
    const same = attributed.get(wordsOf(doc, q));
    if (same?.attribution) {
      q.attribution = { ...same.attribution };
      q.rule = 'quote/direct:repeated';
      continue;
    }
    const prev = spans[i - 1];
    const prevSentence = prev ? doc.sentenceOf[prev.to - 1]! : -1;
    // 'called it "dangerous" and "ideological"', 'said it was "damning" after …': the speaker of the
    // quote before in the same sentence
    if (prev?.attribution && prevSentence === doc.sentenceOf[q.open]) {
      q.attribution = { ...prev.attribution };
      q.rule = 'quote/direct:same-sentence';
      continue;
    }
    const lead = colonLeadIn(doc, idx, q);
    if (lead) {
      q.attribution = lead;
      q.rule = 'quote/direct:colon-lead-in';
      continue;
    }
    const signed = signedBelow(doc, idx, q);
    if (signed) {
      q.attribution = signed;
      q.rule = 'quote/direct:signed';
      continue;
    }
    const starts = startsSentence(doc, q.open);
    const previous = starts ? speakerOfPreviousSentence(doc, idx, q.open) : null;
    // a person who is the subject of a sentence between the two quotes speaks now, not the earlier speaker
    const between = prevSentence < doc.sentenceOf[q.open]! - 1;
    if (
      prev?.attribution &&
      !(previous && between) &&
      tokens[q.open]!.para - tokens[prev.open]!.para <= 1 &&
      starts
    ) {
      q.attribution = { ...prev.attribution };
      q.rule = 'quote/direct:continued';
      continue;
    }
    if (previous) {
      q.attribution = previous;
      q.rule = 'quote/direct:previous-sentence';
    }
  }
  for (const q of spans) if (!q.attribution && isHeadlineQuote(doc, q)) q.rule = 'quote/direct:headline';
  return spans.filter(
    (q) => q.attribution !== null || isFullSentence(tokens, q) || q.rule === 'quote/direct:headline',
  );
}

function isNaming(tokens: readonly Token[], open: number): boolean {
  for (let k = open - 1; k >= Math.max(0, open - 3); k--) {
    const t = tokens[k]!;
    if (quoteWords.naming.has(t.lower)) return !isNamingException(tokens, k) && !namesObject(tokens, k, open);
    if (t.kind === 'punct' && t.text !== ',') return false;
  }
  return false;
}

/**
 * 'called the ruling "dangerous"', 'dubbed the plan "a betrayal"': a naming verb with its own object (a
 * noun after the determiner) says what somebody thinks of the object; 'a ship named the "Blue Star"' names.
 */
function namesObject(tokens: readonly Token[], k: number, open: number): boolean {
  if (!tokens[k]!.lower.endsWith('ed')) return false;
  for (let j = k + 1; j < open; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && !t.cap && !quoteWords.objectDeterminers.has(t.lower)) return true;
  }
  return false;
}

/** Every word capitalized (title words aside) and no sentence punctuation: a title or a name. */
function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let caps = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^[,.;!?]$/.test(t.text)) return false;
    if (t.kind !== 'word') continue;
    if (t.cap) caps++;
    else if (!quoteWords.titleFunctionWords.has(t.lower)) return false;
  }
  return caps > 0;
}

/**
 * 'Sunak defended the record: "…"' / 'Jane Doe posted on her account:↵↵"…"': a quote after a lead-in that
 * ends with a colon, with no cue, is the words of the first person named in the lead-in as its subject
 * (not owning something, not after a preposition).
 */
function colonLeadIn(doc: Doc, idx: MentionIndex, q: QuotedSpan): Attribution | null {
  const { tokens } = doc;
  const i = doc.sentenceOf[q.open]!;
  const mark = tokens[q.open - 1];
  let from: number;
  let to: number;
  if (mark?.text === ':' && mark.para === tokens[q.open]!.para) {
    from = doc.sentences[i]!.from;
    to = q.open - 1;
  } else {
    const s = doc.sentences[i - 1];
    if (!startsSentence(doc, q.open) || !s || s.headline) return null;
    if (tokens[s.to - 1]?.text !== ':' || tokens[q.open]!.para - s.para > 1) return null;
    from = s.from;
    to = s.to - 1;
  }
  const m = idx
    .inRange(from, to)
    .find(
      (x) => x.cluster.type === 'person' && !isPossessor(doc, x.to) && !isAfterPreposition(tokens, x.from),
    );
  if (m) return namedSpeaker(m, to, to + 1);
  // ("Asked about the cost, she was blunt:": a personal pronoun that is the lead-in's subject)
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.lower;
    if (!MentionIndex.isPersonPronoun(w) || w === 'his' || (j > from && tokens[j - 1]!.text !== ','))
      continue;
    const p = resolvePronoun(doc, idx, j, w);
    if (p) return namedSpeaker(p, to, to + 1);
  }
  // ("Asked whether …, the 51-year-old paused before answering:": an epithet of the person named before)
  const epithet = epithetSubject(doc, idx, from, to);
  if (epithet) return namedSpeaker(epithet, to, to + 1);
  // "In a letter to directors, Crestline wrote:": a body named right before its speech verb
  const body = idx
    .inRange(from, to)
    .find(
      (x) =>
        x.cluster.type === 'organization' &&
        isSpeechVerb(tokens[x.to]) &&
        !isAfterPreposition(tokens, x.from),
    );
  if (body) return namedSpeaker(body, to, to + 1);
  // "Kopano's statement read:", "The company's statement said:": a body speaks through its statement
  const owner = ownerOfDocument(doc, idx, from, to) ?? referredOwnerOfDocument(doc, idx, from, to);
  return owner ? namedSpeaker(owner, to, to + 1) : null;
}

/** How many tokens an epithet subject may have after its "the" ("the 51-year-old": four). */
const EPITHET_TOKENS = 4;

/** The person an epithet opening the lead-in (or its clause after a comma) stands for: "the 51-year-old". */
function epithetSubject(doc: Doc, idx: MentionIndex, from: number, to: number) {
  const { tokens } = doc;
  for (let j = from; j < to; j++) {
    if (tokens[j]!.lower !== 'the' || (j > from && tokens[j - 1]!.text !== ',')) continue;
    for (let n = Math.min(EPITHET_TOKENS, to - j - 1); n >= 1; n--) {
      const a = referredSpeaker(doc, idx, describedBy(doc, null, j, j + 1 + n, to, to + 1));
      if (a.speaker?.type === 'person') return { cluster: a.speaker, from: j, to: j + 1 + n };
    }
  }
  return undefined;
}

/** How many tokens into a signature line its person may stand ("– The Honourable Marie-Claude Bélanger, …"). */
const SIGNATURE_REACH = 6;

/**
 * A quotation that is a paragraph of its own, signed by the next paragraph, a dash and a name (a government
 * news release: "“…”" then "– The Honourable Marie-Claude Bélanger, Minister of National Defence").
 */
function signedBelow(doc: Doc, idx: MentionIndex, q: QuotedSpan): Attribution | null {
  const { tokens } = doc;
  const next = tokens[q.close + 1];
  if (!next || next.para === tokens[q.close]!.para || !DASHES.has(next.text)) return null;
  if (tokens[q.open - 1] && tokens[q.open - 1]!.para === tokens[q.open]!.para) return null;
  const person = idx
    .inRange(q.close + 2, q.close + 2 + SIGNATURE_REACH)
    .find((m) => m.cluster.type === 'person' && tokens[m.from]!.para === next.para);
  return person ? namedSpeaker(person, q.close + 1, q.close + 2) : null;
}

const DASHES = new Set(['-', '–', '—']);

/** "The company's statement": the organization a definite anaphor stands for, owning a document. */
function referredOwnerOfDocument(doc: Doc, idx: MentionIndex, from: number, to: number) {
  const { tokens } = doc;
  if (!isOrganizationAnaphor(tokens, from + 1) || !isPossessiveMark(tokens[from + 2]) || from + 3 >= to)
    return;
  if (!quoteWords.documentNouns.has(tokens[from + 3]!.lower)) return;
  const lookback = sentencesBackFrom(doc, from, 5);
  return idx.referredOrganization(from + 1, tokens[from + 1]!.lower, tokens, lookback);
}

/** "called for", "such as", "described … as": the naming word asks for or frames words, it does not name. */
function isNamingException(tokens: readonly Token[], k: number): boolean {
  if (quoteWords.namingExceptAfter.has(tokens[k + 1]?.lower ?? '')) return true;
  if (quoteWords.namingExceptBefore.has(tokens[k - 1]?.lower ?? '')) return true;
  return tokens[k]!.lower === 'as' && followsDescribe(tokens, k);
}

function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'punct') return true;
  return false;
}

function isFullSentence(tokens: readonly Token[], q: QuotedSpan): boolean {
  let words = 0;
  for (let k = q.from; k < q.to; k++) if (tokens[k]!.kind === 'word') words++;
  return words >= 5 && tokens[q.from]!.cap;
}

/** 'characterized the conflict between … as "…"': a framing cue before "as" in the same sentence. */
function followsDescribe(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 25); j--) {
    if (isDescribeCue(tokens, j)) return true;
    if (/^[.!?;:]$/.test(tokens[j]!.text) || tokens[j]!.para !== tokens[k]!.para) return false;
  }
  return false;
}

function wordsOf(doc: Doc, q: QuotedSpan): string {
  const words: string[] = [];
  for (let k = q.from; k < q.to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'punct') words.push(t.lower);
  }
  return words.join(' ');
}

function startsSentence(doc: Doc, open: number): boolean {
  const s = doc.sentences[doc.sentenceOf[open]!]!;
  return s.from === open || doc.tokens[open]!.lineStart;
}

function lastOfPara(tokens: readonly Token[], k: number): number {
  const para = tokens[k]!.para;
  let j = k;
  while (j + 1 < tokens.length && tokens[j + 1]!.para === para) j++;
  return j;
}
