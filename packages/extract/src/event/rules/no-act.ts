import { lexicon } from '../../lexicon/load-lexicons.js';
import { readData } from '../../lexicon/read-data.js';
import { isPossessiveMark, isQuoteMark, type Token } from '../../text/tokenize.js';
import { wordBits, wordFact } from '../../text/word-facts.js';
import { isActorAt, isAgentAt } from '../cameo/find-actor.js';
import { isModalWord } from '../cameo/match-cameo-verb.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import type { EventInputs } from '../found-event.js';
import { isCameo, type TriggerHit } from '../trigger-hit.js';
import { isScoreResult } from './score-result.js';
import { speechActWords } from './speech-act-words.js';

interface ActSenseFile {
  determiners: string[];
  adjective_before: string[];
  object_pronouns: string[];
  actor_object_verbs: string[];
  contest_words: string[];
  contest_types: string[];
  set_pieces: string[];
  compound_heads: string[];
  prepositional_participles: string[];
  currency_nouns: string[];
  feeling_nouns: string[];
  participle_prepositions: string[];
  reaction_nouns: string[];
  amount_words: string[];
  phase_verbs: string[];
  set_piece_relatives: string[];
}

const data = readData<ActSenseFile>('act-senses.json');
const determiners = new Set(data.determiners);
const adjectiveBefore = new Set(data.adjective_before);
const participlePrepositions = new Set(data.participle_prepositions);
const reactionNouns = new Set(data.reaction_nouns);
/** Pronouns that stand for a person or group as a verb's object. */
export const objectPronouns = new Set(data.object_pronouns);
const actorObjectVerbs = new Set(data.actor_object_verbs);
const contestWords = new Set(data.contest_words);
const contestTypes = new Set(data.contest_types);
const setPieces = new Set(data.set_pieces);
/** "a penalty which …": relative pronouns that open a clause about a set piece. */
const setPieceRelatives = new Set(data.set_piece_relatives);
const SET_PIECE = 1;
const CONTEST_WORD = 2;
const DETERMINER = 4;
const FUNCTION_WORD = 8;
/**
 * The word lists this file reads over the words after a trigger and over its sentence, as bits (a word fact:
 * one slot read per word instead of a lookup in each list).
 */
const senseBits = wordBits([
  (w) => setPieces.has(w),
  (w) => contestWords.has(w),
  (w) => determiners.has(w),
  (w) => isFunctionWord(w),
]);
const compoundHeads = new Set(data.compound_heads);
const prepositionalParticiples = new Set(data.prepositional_participles);
const currencyNouns = new Set(data.currency_nouns);
const amountWords = new Set(data.amount_words);
const feelingNouns = new Set(data.feeling_nouns);

/** Verbs of phase that take an -ing form as their object ("began attacking"). */
const PHASE_VERBS = new Set(data.phase_verbs);
/** How many words a named object may have before its quotation ("the government's new plan"). */
const NAMED_OBJECT = 6;
/** How many words of an object phrase, after its determiners, are read for its head. */
const PHRASE = 3;

/**
 * A trigger read in a sense that names no act: an in-game incident ("won a corner kick", "conceded a
 * penalty"); a dictionary verb that is play in a clause telling a sports contest ("faced Panama at the
 * stadium"); an -ing or -ed form used as an adjective ("with attacking style", "with enhanced protection");
 * a verb whose CAMEO meaning needs a person or group for object with a thing for object ("holding a copy",
 * "leave the organization").
 */
export function namesNoAct(input: EventInputs, hit: TriggerHit, from: number, to: number): boolean {
  const { tokens } = input.doc;
  if (isInGameIncident(input, hit, from, to)) return true;
  if (isCompoundModifier(input, hit) || isHyphenedParticiple(tokens, hit) || isPreposition(tokens, hit))
    return true;
  if (isCurrency(tokens, hit) || isFeeling(tokens, hit) || isReception(tokens, hit)) return true;
  if (isParticipleAfterPreposition(input, hit)) return true;
  if (!isCameo(hit)) return false;
  if (contestTypes.has(hit.t.type) && isContestClause(tokens, from, to) && !isScoreResult(tokens, hit, to))
    return true;
  if (isAdjective(input, hit)) return true;
  if (namesInQuotes(tokens, hit, to)) return true;
  return !hit.patternWords?.length && actorObjectVerbs.has(hit.t.t) && hasThingObject(input, hit.to, to);
}

/**
 * 'called the vote "a statement of resolve"', 'dubbed the plan "Project Fear"': a naming verb, its object,
 * then a quotation names the object (a judgement of it is rule event/evaluation), it is no call or meeting.
 */
function namesInQuotes(tokens: readonly Token[], hit: TriggerHit, to: number): boolean {
  if (hit.to !== hit.from + 1 || !speechActWords.namingVerbs.has(tokens[hit.from]!.lower)) return false;
  if (speechActWords.namingParticles.has(tokens[hit.to]?.lower ?? '')) return false;
  for (let j = hit.to + 1; j < Math.min(to + 2, hit.to + NAMED_OBJECT + 1); j++) {
    const t = tokens[j]!;
    if (isQuoteMark(t) && tokens[j - 1]?.kind === 'word') return true;
    if (t.kind === 'punct' && !isPossessiveMark(t)) return false;
  }
  return false;
}

/**
 * "won a penalty kick in the 33rd minute", "conceded a penalty, which the match referee awarded Sweden": in a
 * sentence that tells a contest, a set piece is the object (or the antecedent of a relative clause), or the
 * trigger itself ("kick").
 */
function isInGameIncident(input: EventInputs, hit: TriggerHit, from: number, to: number): boolean {
  const { doc } = input;
  const { tokens } = doc;
  const first = tokens[from]?.lower;
  const antecedent = tokens[from - 1]?.text === ',' ? from - 2 : from - 1;
  const relative = setPieceRelatives.has(first ?? '') && setPieces.has(tokens[antecedent]?.lower ?? '');
  let object = false;
  const end = phraseEnd(tokens, skipDeterminers(tokens, hit.to, to), to);
  for (let j = hit.to; j < end && !object; j++) object = (senseBits(tokens[j]!) & SET_PIECE) !== 0;
  // "a penalty kick": the set piece's own word read as a verb
  const own = (senseBits(tokens[hit.from]!) & SET_PIECE) !== 0;
  if (!relative && !object && !own) return false;
  const s = doc.sentences[doc.sentenceOf[from]!]!;
  return isContestClause(tokens, s.from, s.to);
}

function isContestClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((senseBits(tokens[k]!) & CONTEST_WORD) !== 0) return true;
  return false;
}

/**
 * "finance minister", "aid workers", "charity rescue ships": an uninflected trigger word right before a
 * title, an agent word or a listed head noun modifies that noun; it names no act ("to finance projects",
 * "will strike targets": after "to" or a modal it is a verb).
 */
function isCompoundModifier(input: EventInputs, hit: TriggerHit): boolean {
  const { tokens } = input.doc;
  const t = tokens[hit.from]!;
  // a noun of the lexicon, or a dictionary verb in its base form ("met" is no noun)
  if (hit.to !== hit.from + 1 || t.cap || (isCameo(hit) ? t.lower !== hit.t.t : hit.t.w !== 1)) return false;
  if (isInflectedVerb(t)) return false;
  const before = tokens[hit.from - 1]?.lower ?? '';
  if (before === 'to' || isModalWord(before)) return false;
  const next = tokens[hit.to];
  if (next?.kind !== 'word' || next.cap || input.idx.covering(hit.to)) return false;
  return compoundHeads.has(next.lower) || lexicon.titles.has(next.lower) || isAgentAt(tokens, hit.to);
}

/** A dictionary verb form other than its lemma ("met", "talks"): a verb, not a noun modifying another. */
const isInflectedVerb = wordFact(
  (w) => cameoVerbs.byFirstWord.get(w)?.some((f) => f.words.length === 1 && f.lemma !== w) === true,
);

/** "the Iran-backed group", "a Saudi-led coalition": a participle joined by a hyphen to a word is an adjective. */
function isHyphenedParticiple(tokens: readonly Token[], hit: TriggerHit): boolean {
  const t = tokens[hit.from]!;
  const dash = tokens[hit.from - 1];
  const word = tokens[hit.from - 2];
  if (hit.to !== hit.from + 1 || !/(ed|ing)$/.test(t.lower) || dash?.text !== '-' || word?.kind !== 'word')
    return false;
  return dash.start === word.end && t.start === dash.end;
}

/**
 * "moved too soon given the weak rand", "regarding the plan": a participle that serves as a preposition,
 * with no auxiliary before it ("was given a medal" is an act).
 */
function isPreposition(tokens: readonly Token[], hit: TriggerHit): boolean {
  const t = tokens[hit.from]!;
  if (hit.to !== hit.from + 1 || !prepositionalParticiples.has(t.lower)) return false;
  return !auxiliaries.has(tokens[hit.from - 1]?.lower ?? '');
}

/** The auxiliaries that make a participle a verb ("was given", "has given"). */
const auxiliaries = new Set(lexicon.triggerSenses.participle_auxiliaries);

/** "30 billion won", "5 million pounds": a currency after an amount. */
function isCurrency(tokens: readonly Token[], hit: TriggerHit): boolean {
  const before = tokens[hit.from - 1];
  if (hit.to !== hit.from + 1 || !currencyNouns.has(tokens[hit.from]!.lower) || !before) return false;
  return before.kind === 'number' || amountWords.has(before.lower);
}

/** "The launch was a relief for the agency": a noun of an act that names a feeling after "a". */
function isFeeling(tokens: readonly Token[], hit: TriggerHit): boolean {
  return (
    hit.to === hit.from + 1 &&
    feelingNouns.has(tokens[hit.from]!.lower) &&
    tokens[hit.from - 1]?.lower === 'a'
  );
}

/**
 * "a consignment of shelled kernels", "help for flooded villages": after a preposition an -ed form before a
 * bare noun is an adjective, never a finite verb (an -ing form there is a gerund: "of attacking civilians").
 */
function isParticipleAfterPreposition(input: EventInputs, hit: TriggerHit): boolean {
  const { tokens } = input.doc;
  const t = tokens[hit.from]!;
  if (hit.to !== hit.from + 1 || t.cap || !t.lower.endsWith('ed')) return false;
  if (!participlePrepositions.has(tokens[hit.from - 1]?.lower ?? '')) return false;
  const next = tokens[hit.to];
  if (next?.kind !== 'word' || next.cap || isFunctionWord(next.lower)) return false;
  return !isActorAt(tokens, input.idx, hit.to);
}

/** "The news was met with relief", "met with criticism": how something was received, no meeting. */
function isReception(tokens: readonly Token[], hit: TriggerHit): boolean {
  // the reaction itself read as an act ("relief"): the words before it
  for (let m = hit.from - 1; m >= Math.max(1, hit.from - 3); m--)
    if (tokens[m]!.lower === 'with') return tokens[m - 1]!.lower === 'met' && receivedWith(tokens, m);
  return (
    tokens[hit.from]!.lower === 'met' &&
    tokens[hit.from + 1]?.lower === 'with' &&
    receivedWith(tokens, hit.from + 1)
  );
}

/** A reaction noun after "with" at `w`, past determiners and one adjective ("met with widespread anger"). */
function receivedWith(tokens: readonly Token[], w: number): boolean {
  const k = skipDeterminers(tokens, w + 1, Math.min(tokens.length, w + 3));
  return reactionNouns.has(tokens[k]?.lower ?? '') || reactionNouns.has(tokens[k + 1]?.lower ?? '');
}

/**
 * "with attacking style": an -ing or -ed form between a determiner (or "with") and a bare noun; "banned
 * striking workers": an -ing form before a compound head, unless a verb of being or of phase makes it one.
 */
function isAdjective(input: EventInputs, hit: TriggerHit): boolean {
  const { tokens } = input.doc;
  const t = tokens[hit.from]!;
  if (hit.to !== hit.from + 1 || !/(ing|ed)$/.test(t.lower)) return false;
  const before = tokens[hit.from - 1]?.lower ?? '';
  const next = tokens[hit.to];
  if (
    t.lower.endsWith('ing') &&
    next?.kind === 'word' &&
    !next.cap &&
    compoundHeads.has(next.lower) &&
    !cameoVerbs.be.has(before) &&
    !PHASE_VERBS.has(before)
  )
    return true;
  if (!adjectiveBefore.has(before)) return false;
  if (next?.kind !== 'word' || next.cap || isFunctionWord(next.lower)) return false;
  return !isActorAt(tokens, input.idx, hit.to);
}

/** "holding a copy of the book", "leave the organization": the object phrase names no person, group or place. */
function hasThingObject(input: EventInputs, at: number, to: number): boolean {
  const { tokens } = input.doc;
  const head = skipDeterminers(tokens, at, to);
  const t = tokens[head];
  // "leave for Paris", "face off": a preposition or particle, not an object
  if (t?.kind !== 'word' || head >= to) return false;
  if (head === at && isFunctionWord(t.lower) && !determiners.has(t.lower)) return false;
  if (objectPronouns.has(t.lower)) return false;
  // ("would meet Friday", "will meet Speaker of the Assembly X": a day or a capitalized title or name is no thing)
  if (t.cap || lexicon.weekdays.has(t.lower)) return false;
  const end = phraseEnd(tokens, head, to);
  for (let j = head; j < end; j++) if (isActorAt(tokens, input.idx, j)) return false;
  return true;
}

function skipDeterminers(tokens: readonly Token[], at: number, to: number): number {
  let k = at;
  while (k < to && (senseBits(tokens[k]!) & DETERMINER) !== 0) k++;
  return k;
}

/** The end of a noun phrase from `head`: at most PHRASE words, up to punctuation or a function word. */
function phraseEnd(tokens: readonly Token[], head: number, to: number): number {
  let k = head;
  while (
    k < to &&
    k < head + PHRASE &&
    tokens[k]!.kind === 'word' &&
    (k === head || (senseBits(tokens[k]!) & FUNCTION_WORD) === 0)
  )
    k++;
  return k;
}

function isFunctionWord(w: string): boolean {
  return lexicon.common.has(w) || determiners.has(w);
}
