import { lexicon, type Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import type { EventInputs } from '../found-event.js';
import type { TriggerHit } from '../trigger-hit.js';
import { recodeByPattern } from './lexicon-pattern.js';
import { rejectsObject } from './rejected-object.js';

/** The lexicon's trigger phrases by their first word, longest first. */
export const phrasesByFirstWord = new Map<string, { t: Trigger; words: string[] }[]>();
for (const t of lexicon.triggers) {
  const words = t.t.split(' ');
  const list = phrasesByFirstWord.get(words[0]!) ?? [];
  list.push({ t, words });
  list.sort((a, b) => b.words.length - a.words.length);
  phrasesByFirstWord.set(words[0]!, list);
}
/** The lexicon's trigger phrases that start with a word, longest first (null: none). */
const lexiconPhrases = wordFact((w) => phrasesByFirstWord.get(w) ?? null);

const DISMISSED_AS: Trigger = { t: 'dismissed as', type: 'REJECT', w: 2 };

/** "dismissed the report as …": an "as" within the next few words, before any mark. */
function asWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    if (tokens[k]!.lower === 'as') return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** The longest lexicon phrase starting at `k`, recoded by a dictionary pattern that matches its clause. */
export function lexiconHitAt(input: EventInputs, k: number, from: number, to: number): TriggerHit | null {
  const { tokens } = input.doc;
  const list = lexiconPhrases(tokens[k]!);
  if (!list) return null;
  for (const { t, words } of list) {
    // inside a short quotation only a verb counts ('it was "disappointed"', not 'a "large-scale attack"')
    if (input.shortQuoted[k] && t.w < 2) continue;
    // "was met by troops" is not a meeting
    if (t.w === 1 && tokens[k + 1]?.lower === 'by' && /^(was|were)$/.test(tokens[k - 1]?.lower ?? ''))
      continue;
    let ok = k + words.length <= to;
    for (let j = 1; ok && j < words.length; j++) ok = tokens[k + j]!.lower === words[j];
    if (!ok) continue;
    // "dismissed the report as …" rejects a claim; "dismissed the minister" removes a person
    const hit = t.t === 'dismissed' && asWithin(tokens, k + 1, to) ? DISMISSED_AS : asVerb(tokens, t, k);
    // "dismissed an appeal" rejects what was put to it
    if (cameoVerbs.rejectingVerbs.has(t.t) && rejectsObject(tokens, k + words.length, to)) {
      const rejected = { ...t, type: 'REJECT' };
      return { t: rejected, from: k, to: k + words.length, rule: 'event/rejected-object' };
    }
    return recodeByPattern(
      tokens,
      { t: hit, from: k, to: k + words.length, rule: 'event/lexicon' },
      from,
      to,
    );
  }
  return null;
}

/** "would boycott", "will strike": a trigger noun right after a modal is used as a verb. */
function asVerb(tokens: readonly Token[], t: Trigger, at: number): Trigger {
  if (t.w !== 1 || t.t.includes(' ')) return t;
  const before = tokens[at - 1]?.lower ?? '';
  return cameoVerbs.futureWords.has(before) || cameoVerbs.demandModals.has(before) ? { ...t, w: 2 } : t;
}
