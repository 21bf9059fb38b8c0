import type { MentionIndex } from '../entity/mention-index.js';
import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { isPossessiveMark } from '../text/tokenize.js';
import { trimEnd } from './find-clause-bounds.js';
import { quoteWords } from './load-quote-words.js';
import type { ReportedSpan } from './reported-span.js';
import type { Attribution } from './speaker/attribution.js';
import { speakerOfVerb } from './speaker/speaker-of-verb.js';
import { isSpeechVerb } from './speaker/token-tests.js';

/** Block quotes: the paragraph after a lead-in that ends with a colon ("The Guardian:"). */
export function findBlockQuotes(doc: Doc, idx: MentionIndex): ReportedSpan[] {
  const { tokens } = doc;
  const paras = paragraphRanges(tokens);
  const out: ReportedSpan[] = [];
  let lastSource: Attribution | null = null;
  for (let p = 0; p + 1 < paras.length; p++) {
    const [a, b] = paras[p]!;
    const [c, d] = paras[p + 1]!;
    if (tokens[b - 1]!.text !== ':') continue;
    if (/^["“‘']$/.test(tokens[c]!.text) || d - c < 8) continue;
    let attribution: Attribution | null = null;
    if (b - a <= 8) {
      const m = idx.inRange(a, b - 1)[0];
      attribution = {
        speaker: m?.cluster ?? null,
        description: m
          ? null
          : doc.text.slice(tokens[a]!.start, tokens[b - 2]?.end ?? tokens[a]!.end) || null,
        cueFrom: a,
        cueTo: b,
        reportedBy: [],
        speakerFrom: m?.from ?? a,
        speakerTo: m?.to ?? b - 1,
      };
    } else {
      // the sentence that ends with the colon names the source: its speech verb, else its subject
      const last = doc.sentences[doc.sentenceOf[b - 1]!]!;
      const lastFrom = Math.max(a, last.from);
      for (let k = b - 2; k >= lastFrom && !attribution; k--) {
        if (isSpeechVerb(tokens[k])) attribution = speakerOfVerb(doc, idx, k, lastFrom, b - 1);
      }
      attribution ??= subjectOf(doc, idx, lastFrom, b - 1);
      for (let k = lastFrom - 1; k >= a && !attribution; k--) {
        if (isSpeechVerb(tokens[k])) attribution = speakerOfVerb(doc, idx, k, a, b - 1);
      }
      const previous = lastSource as Attribution | null;
      if (!attribution && previous) attribution = { ...previous, cueFrom: b - 1, cueTo: b };
    }
    if (!attribution || (!attribution.speaker && !attribution.description)) continue;
    lastSource = attribution;
    out.push({ kind: 'block', from: c, to: trimEnd(doc, c, d), attribution, rule: 'quote/block' });
  }
  return out;
}

/** The first named entity of a clause, standing as its subject ("But her aide, Jane Doe, wrote …:"). */
function subjectOf(doc: Doc, idx: MentionIndex, from: number, to: number): Attribution | null {
  const { tokens } = doc;
  for (const m of idx.inRange(from, Math.min(to, from + 12))) {
    const prev = tokens[m.from - 1]?.lower ?? '';
    if (isPossessiveMark(tokens[m.to]) || quoteWords.blockSpeakerPrepositions.has(prev)) continue;
    return {
      speaker: m.cluster,
      description: null,
      cueFrom: to,
      cueTo: to + 1,
      reportedBy: [],
      speakerFrom: m.from,
      speakerTo: m.to,
    };
  }
  return null;
}

function paragraphRanges(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k]!.para !== tokens[k - 1]!.para) {
      if (k > start) out.push([start, k]);
      start = k;
    }
  }
  return out;
}
