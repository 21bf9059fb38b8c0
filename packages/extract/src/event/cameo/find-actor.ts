import { isOrganizationAnaphor, type MentionIndex } from '../../entity/mention-index.js';
import { beforeShortForm } from '../../entity/name-shape.js';
import { lexicon, participantWords } from '../../lexicon/load-lexicons.js';
import { demonymOf } from '../../lexicon/word-lexicon.js';
import type { Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { cameoVerbs } from './read-cameo-verbs.js';

const agents = new Map<string, string[][]>();
for (const phrase of lexicon.agentPhrases) {
  const words = phrase.split(' ');
  const list = agents.get(words[0]!) ?? [];
  list.push(words);
  agents.set(words[0]!, list);
}

/** The generic agent phrases that start with a word (null: none). */
const agentPhrases = wordFact((w) => agents.get(w) ?? null);

/** True when the word at `k` starts a generic agent phrase of the Phoenix dictionary ("officials", "riot police"). */
export function isAgentAt(tokens: readonly Token[], k: number): boolean {
  const list = agentPhrases(tokens[k]!);
  if (!list) return false;
  for (const ws of list) if (wordsAt(tokens, k, ws)) return true;
  return false;
}

/** Whether the words `ws` stand at tokens k, k + 1, … (a loop, not closures: this runs for most tokens). */
function wordsAt(tokens: readonly Token[], k: number, ws: readonly string[]): boolean {
  for (let j = 0; j < ws.length; j++) if (tokens[k + j]?.lower !== ws[j]) return false;
  return true;
}

/** Whether a mention starts in [from, to): `idx.inRange(from, to).length > 0` without the array. */
function hasMentionIn(idx: MentionIndex, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const m = idx.covering(k);
    if (m && m.from >= from) return true;
  }
  return false;
}

/** "security forces", "border patrols": the word at `k` ends a generic agent phrase begun before it, so it is a noun. */
export function endsAgentAt(tokens: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const list = agentPhrases(tokens[j]!);
    if (!list) continue;
    for (const ws of list) if (j + ws.length === k + 1 && wordsAt(tokens, j, ws)) return true;
  }
  return false;
}

/**
 * A coded event needs a source actor, as in PETRARCH: a named entity, a demonym ("Iraqi") or an agent word
 * ("rebels", "the police") in the clause before the verb, or the antecedent of "who"/"which".
 */
export function hasActorBefore(tokens: readonly Token[], idx: MentionIndex, cf: number, at: number): boolean {
  if (hasMentionIn(idx, cf, at)) return true;
  const first = tokens[cf]?.lower;
  if (participantWords.subjectRelatives.has(first ?? '')) {
    // ("the Rapid Support Forces (RSF), which have besieged …": past the bracketed short form)
    if (idx.endingAt(beforeShortForm(tokens, tokens[cf - 1]?.text === ',' ? cf - 1 : cf))) return true;
  }
  const memo = actorWordsOf(tokens);
  for (let k = cf; k < at; k++) if (isActorWord(tokens, k, memo)) return true;
  return subjectAnaphorBefore(tokens, cf, at) || personPronounBefore(tokens, cf, at);
}

/** "He asked the province to …", "she later inspected": "he" or "she" right before the verb (past auxiliaries and adverbs). */
function personPronounBefore(tokens: readonly Token[], cf: number, at: number): boolean {
  const k = subjectSlot(tokens, cf, at, isBetweenSubjectAndVerb);
  return k >= cf && PERSON_SUBJECTS.has(tokens[k]!.lower);
}

/** "has", "would", "later", "quickly": an auxiliary or an adverb between a subject and its verb. */
function isBetweenSubjectAndVerb(w: string): boolean {
  return isAuxiliary(w) || participantWords.timesAfterAnd.has(w) || (w.length > 4 && w.endsWith('ly'));
}

/** "has", "would", "is": an auxiliary or a form of "be". */
function isAuxiliary(w: string): boolean {
  return participantWords.auxiliariesAfterAnd.has(w) || cameoVerbs.be.has(w);
}

/** Where a subject right before the verb at `at` stands, past the words `between` skips (not before cf). */
function subjectSlot(
  tokens: readonly Token[],
  cf: number,
  at: number,
  between: (w: string) => boolean,
): number {
  let k = at - 1;
  while (k > cf && between(tokens[k]!.lower)) k--;
  return k;
}

const PERSON_SUBJECTS = new Set(['he', 'she']);

/** "the alliance is asking", "the group asked": a definite organization noun right before the verb (past auxiliaries). */
function subjectAnaphorBefore(tokens: readonly Token[], cf: number, at: number): boolean {
  const k = subjectSlot(tokens, cf, at, isAuxiliary);
  return k >= cf && isOrganizationAnaphor(tokens, k);
}

/** A target after the verb, as PETRARCH codes dyads: a named entity, a demonym or an agent word in the clause. */
export function hasTargetAfter(
  tokens: readonly Token[],
  idx: MentionIndex,
  from: number,
  ct: number,
): boolean {
  if (hasMentionIn(idx, from, ct)) return true;
  const memo = actorWordsOf(tokens);
  for (let k = from; k < ct; k++) if (isActorWord(tokens, k, memo)) return true;
  return false;
}

/**
 * Per document, whether each token starts an agent phrase or is a capitalised demonym: 0 not yet known,
 * 1 no, 2 yes. Every dictionary verb scans up to 40 tokens on each side, so neighbouring verbs would ask
 * about the same tokens again; the answer depends on the tokens only.
 */
const actorWords = new WeakMap<readonly Token[], Uint8Array>();

function actorWordsOf(tokens: readonly Token[]): Uint8Array {
  let memo = actorWords.get(tokens);
  if (!memo) {
    memo = new Uint8Array(tokens.length);
    actorWords.set(tokens, memo);
  }
  return memo;
}

function isActorWord(tokens: readonly Token[], k: number, memo: Uint8Array): boolean {
  let v = memo[k]!;
  if (v === 0) {
    const t = tokens[k]!;
    v = t.kind === 'word' && (isAgentAt(tokens, k) || (t.cap && demonymOf(t) !== null)) ? 2 : 1;
    memo[k] = v;
  }
  return v === 2;
}

/**
 * Whether the word at `k` names an actor: it is in a named entity, starts or ends a generic agent phrase
 * ("officials", "riot police") or is a capitalised demonym.
 */
export function isActorAt(tokens: readonly Token[], idx: MentionIndex, k: number): boolean {
  if (idx.covering(k)) return true;
  return isActorWord(tokens, k, actorWordsOf(tokens)) || endsAgentAt(tokens, k);
}
