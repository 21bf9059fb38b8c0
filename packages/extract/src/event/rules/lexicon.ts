import { lexicon, participantWords, type Trigger } from '../../lexicon/load-lexicons.js';
import { isPossessiveMark, type Token } from '../../text/tokenize.js';
import { wordFact } from '../../text/word-facts.js';
import { isActorAt } from '../cameo/find-actor.js';
import { inIdiom, isModalWord, isNounMarker } from '../cameo/match-cameo-verb.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import type { EventInputs } from '../found-event.js';
import { isMonthName, timeWords } from '../time-words.js';
import type { TriggerHit } from '../trigger-hit.js';
import { recodeByPattern } from './lexicon-pattern.js';
import { objectPronouns } from './no-act.js';
import { rejectsObject } from './rejected-object.js';
import { SCORE_GAP, scoreAfter } from './score-result.js';

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

const isDeterminer = (t: Token | undefined) => t !== undefined && t.kind === 'word' && isNounMarker(t);

const DISMISSED_AS: Trigger = { t: 'dismissed as', type: 'REJECT', w: 2 };

/**
 * "dismissed the report as …": an "as" within the next few words, before any mark (past the clause's end,
 * which falls before "as": it also opens clauses).
 */
function asWithin(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    if (tokens[k]!.lower === 'as') return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** The longest lexicon phrase starting at `k`, recoded by a dictionary pattern that matches its clause. */
export function lexiconHitAt(input: EventInputs, k: number, from: number, to: number): TriggerHit | null {
  const { tokens } = input.doc;
  const list = lexiconPhrases(tokens[k]!);
  // "refused to comment": a fixed expression that names no act
  if (!list || inIdiom(tokens, k)) return null;
  for (const { t: listed, words } of list) {
    // "released a report": releasing a thing publishes it
    const t =
      listed.class === 'release' && releasesThing(input, k, k + words.length, to) ? PUBLISHED : listed;
    // inside a short quotation only a verb counts ('it was "disappointed"', not 'a "large-scale attack"')
    if (input.shortQuoted[k] && t.w < 2) continue;
    // "was met by troops" is not a meeting
    if (t.w === 1 && tokens[k + 1]?.lower === 'by' && senses.passiveBe.has(tokens[k - 1]?.lower ?? ''))
      continue;
    if (!phraseMatches(tokens, k, words, to) || !inSense(tokens, t, k, k + words.length, from, to)) continue;
    // "a petition … signed by 4,212 people": the signatures of a letter or a petition agree to nothing
    if (t.t === 'signed' && signsDocument(tokens, k, from)) continue;
    // "on the backs of their shirts": a verb form in -s after a determiner is a plural noun (a participle
    // there still tells of its act: "a leaked letter")
    if (t.w >= 2 && words.length === 1 && t.t.endsWith('s') && isDeterminer(tokens[k - 1])) continue;
    // "dismissed the report as …" rejects a claim; "dismissed the minister" removes a person
    const hit =
      t.t === 'dismissed' && asWithin(tokens, k + 1)
        ? DISMISSED_AS
        : isDisasterKilling(tokens, t, k, from)
          ? { ...DISASTER_KILLING, t: t.t }
          : firesPerson(input, t, k + words.length)
            ? { ...FIRED_PERSON, t: t.t }
            : t.class === 'restriction' && restrictsPublic(tokens, k, k + words.length, from, to)
              ? { ...t, type: 'COERCE' }
              : t.class === 'strike' && isArmedStrike(tokens, k)
                ? { ...t, type: 'ASSAULT' }
                : t.class === 'freeze' && freezesFunds(tokens, k + words.length, to)
                  ? { ...t, type: 'SANCTION' }
                  : t.class === 'approval' && wordIn(tokens, from, to, senses.legislature)
                    ? { ...t, type: 'OTHER' }
                    : t.class === 'approval' && approvesAid(tokens, k + words.length, to)
                      ? { ...t, type: 'AID' }
                      : t.class === 'petition' && wordIn(tokens, from, to, senses.court)
                        ? { ...t, type: 'ACCUSE' }
                        : asVerb(tokens, t, k);
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

/** Phrases as word lists, longest first ("basis points" is tried before "points"). */
function longestFirst(phrases: readonly string[]): string[][] {
  return phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
}

const senses = {
  participleAuxiliaries: new Set(lexicon.triggerSenses.participle_auxiliaries),
  passiveBe: new Set(lexicon.triggerSenses.passive_be),
  mannerAdverbs: new Set(lexicon.triggerSenses.manner_adverbs),
  marketUnits: longestFirst(lexicon.triggerSenses.market_units),
  marketApproximators: longestFirst(lexicon.triggerSenses.market_approximators),
  marketFractions: longestFirst(lexicon.triggerSenses.market_fractions),
  disasterAgents: new Set(lexicon.triggerSenses.disaster_agents),
  articleDisasters: new Set(lexicon.triggerSenses.article_disasters),
  disasterOpeners: new Set(lexicon.triggerSenses.disaster_openers),
  heldPersons: new Set(lexicon.triggerSenses.held_persons),
  rateObjects: new Set(lexicon.triggerSenses.rate_objects),
  objectEnds: new Set(lexicon.triggerSenses.object_ends),
  holdingVerbs: new Set(lexicon.triggerSenses.holding_verbs),
  restrictedObjects: new Set(lexicon.triggerSenses.restricted_objects),
  militaryStrikeWords: new Set(lexicon.triggerSenses.military_strike_words),
  frozenFunds: new Set(lexicon.triggerSenses.frozen_funds),
  concessionObjects: longestFirst(lexicon.triggerSenses.concession_objects),
  askObjectsNot: new Set(lexicon.triggerSenses.ask_objects_not),
  acceded: new Set(lexicon.triggerSenses.acceded_objects),
  legislature: new Set(lexicon.triggerSenses.legislature_words),
  aidObjects: new Set(lexicon.triggerSenses.aid_objects),
  court: new Set(lexicon.triggerSenses.court_words),
  aidGoods: new Set(lexicon.triggerSenses.aid_goods),
  unsignedDocuments: new Set(lexicon.triggerSenses.unsigned_documents),
  pageNouns: new Set(lexicon.triggerSenses.page_nouns),
};

/** A word of aid: money lent or given, help or relief goods ("loan", "assistance", "tents"). */
export function isAidWord(w: string): boolean {
  return senses.aidObjects.has(w) || senses.aidGoods.has(w);
}

const PUBLISHED: Trigger = { t: 'released', type: 'OTHER', w: 2, class: 'publish' };
const OBJECT_WORDS = 4;

/**
 * "released a preliminary report", "figures released on Tuesday", "the report was released": what is released
 * is a thing, so the release publishes it; "released two hostages", "he was released on bail", "Israel
 * released Jane Roe" free a person (RETREAT, the trigger's own type). The subject of a passive or the noun
 * a participle follows is what is released, else the object after the verb.
 */
function releasesThing(input: EventInputs, k: number, end: number, to: number): boolean {
  const { tokens } = input.doc;
  let s = k - 1;
  while (s >= 0 && isMannerAdverb(tokens[s]!.lower)) s--;
  const passive = s >= 0 && cameoVerbs.be.has(tokens[s]!.lower);
  if (passive)
    while (s >= 0 && (cameoVerbs.be.has(tokens[s]!.lower) || isMannerAdverb(tokens[s]!.lower))) s--;
  const noun = tokens[s];
  // "figures released on Friday", "the report was released"; "the ministry released …" is the verb's subject
  const opening = noun !== undefined && input.doc.sentences[input.doc.sentenceOf[s]!]!.from === s;
  if (noun?.kind === 'word' && (passive || (s === k - 1 && (!noun.cap || opening) && isOpenWord(noun))))
    if (!namesPeople(input, s)) return true;
  if (passive) return false;
  // the object: its first words up to a mark or a preposition ("released him without charge")
  let j = end;
  while (j < to && isDeterminer(tokens[j])) j++;
  if (j >= to || !isOpenWord(tokens[j]!)) return false;
  for (let e = j; e < Math.min(to, j + OBJECT_WORDS) && isOpenWord(tokens[e]!); e++)
    if (namesPeople(input, e)) return false;
  return true;
}

/** A word that is no preposition and no determiner: it can be (part of) a noun phrase. */
const isOpenWord = (t: Token) =>
  t.kind === 'word' && !cameoVerbs.nounPrepositions.has(t.lower) && !isNounMarker(t);

/** A name, a personal pronoun, an actor or agent word, or a held person ("hostages") at `k`. */
function namesPeople(input: EventInputs, k: number): boolean {
  const w = input.doc.tokens[k]!.lower;
  return (
    participantWords.subjectPronouns.has(w) ||
    objectPronouns.has(w) ||
    senses.heldPersons.has(w) ||
    isActorAt(input.doc.tokens, input.idx, k)
  );
}

const FIRED_PERSON: Trigger = { t: 'fired', type: 'COERCE', w: 2, class: 'dismissal' };

/**
 * "fired co-founder Sam Altman", "fired the coach": a person (named, or a role word) right after "fired" is
 * dismissed, as "dismissed the minister" is (COERCE); "fired on protesters", "fired rockets" stay an assault.
 */
function firesPerson(input: EventInputs, t: Trigger, at: number): boolean {
  if (t.t !== 'fired') return false;
  const { tokens } = input.doc;
  for (let j = at; j < Math.min(tokens.length, at + 4); j++) {
    const m = input.idx.covering(j);
    if (m) return m.cluster.type === 'person' && m.from === j;
    const w = tokens[j]!;
    if (w.kind !== 'word' || w.cap) return false;
    if (lexicon.titles.has(w.lower) && tokens[j + 1]?.kind !== 'word') return true;
  }
  return false;
}

/** How many words before a suspension or ban its passive subject, and after it its object, may reach. */
const RESTRICTION_WINDOW = 6;

/**
 * "suspended mobile internet in 11 districts", "banned the use of machinery", "phone service has been
 * suspended": a suspension or ban of what the public uses restricts freedoms (COERCE); suspending a federation,
 * a runner or contracts punishes them (the trigger's SANCTION).
 */
function restrictsPublic(
  tokens: readonly Token[],
  k: number,
  end: number,
  from: number,
  to: number,
): boolean {
  const restricted = senses.restrictedObjects;
  return (
    wordIn(tokens, Math.max(from, k - RESTRICTION_WINDOW), k, restricted) ||
    wordIn(tokens, end, Math.min(to, end + RESTRICTION_WINDOW), restricted)
  );
}

/** "a Russian strike", "an air strike", "drone strikes": a strike by arms, not by workers. */
function isArmedStrike(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before?.kind !== 'word') return false;
  return (
    senses.militaryStrikeWords.has(before.lower) ||
    (before.cap && lexicon.demonym(before.lower) !== undefined)
  );
}

/** "froze a US$3 million grant", "has frozen the assets of …": a freeze of funds in the words after it. */
function freezesFunds(tokens: readonly Token[], end: number, to: number): boolean {
  return wordIn(tokens, end, Math.min(to, end + RESTRICTION_WINDOW), senses.frozenFunds);
}

/** How many words after "asked" the "to" of the act asked for may stand ("asked the energy regulator to …"). */
const ASK_WINDOW = 8;

/**
 * "asked for compensation", "has asked Uefa to help", "asked the court to fix an early date": a request for
 * something or for someone to act; not a question ("asked whether …", "he asked.") nor "asked for comment".
 */
function asksForAct(tokens: readonly Token[], end: number, to: number): boolean {
  // ("who asked not to be named": the speaker's own wish, no request of anyone)
  if (tokens[end]?.lower === 'not' || tokens[end]?.lower === 'to') return false;
  if (tokens[end]?.lower === 'for') {
    let j = end + 1;
    while (j < to && isDeterminer(tokens[j])) j++;
    return j < to && tokens[j]!.kind === 'word' && !senses.askObjectsNot.has(tokens[j]!.lower);
  }
  for (let j = end; j < Math.min(to - 1, end + ASK_WINDOW); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'to') {
      const verb = tokens[j + 1]!;
      return verb.kind === 'word' && !verb.cap && !isDeterminer(verb);
    }
  }
  return false;
}

/** How many words after a verb of sending its object's head may stand ("sent 400,000 water purification tablets"). */
const SENT_OBJECT_WORDS = 6;

/**
 * "France dispatched 60 firefighters", "UNICEF sent 400,000 water purification tablets", "Water tanks and
 * tarpaulins were delivered to the families": help sent, after the verb or, in the passive, before it.
 */
function sendsAid(tokens: readonly Token[], k: number, end: number, from: number, to: number): boolean {
  for (let j = end; j < Math.min(to, end + SENT_OBJECT_WORDS); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') break;
    if (senses.aidGoods.has(t.lower)) return true;
  }
  if (!senses.passiveBe.has(tokens[k - 1]?.lower ?? '')) return false;
  return wordIn(tokens, Math.max(from, k - SENT_OBJECT_WORDS), k, senses.aidGoods);
}

/** How many tokens after "voted" its "to" may stand ("voted 27 to 16 last week to reduce"). */
const VOTE_WINDOW = 10;

/**
 * "voted 5-2 late Tuesday to cap", "voted on Tuesday to raise fares": a "to" and a bare verb after the vote,
 * past a count, a date and no other mark, is what the body decided.
 */
function votesToAct(tokens: readonly Token[], end: number, to: number): boolean {
  for (let j = end; j < Math.min(to - 1, end + VOTE_WINDOW); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (t.lower !== 'to') continue;
    const verb = tokens[j + 1]!;
    // ("voted 27 to 16": a count)
    if (verb.kind === 'number') continue;
    return verb.kind === 'word' && !verb.cap && !isDeterminer(verb);
  }
  return false;
}

/** How many words after "offered" what it offers may reach ("offered increases of 6% a year"). */
const OFFER_WINDOW = 8;

/** One of the phrases `phrases` (word lists, longest first) starting in [from, until) and ending by `to`. */
function phraseWithin(
  tokens: readonly Token[],
  from: number,
  until: number,
  to: number,
  phrases: readonly string[][],
): boolean {
  for (let j = from; j < until; j++) if (skipPhrases(tokens, j, to, phrases, 1) > j) return true;
  return false;
}

/** A word of `words` in [from, to). */
/** How many words before "signed by" the letter or petition signed may stand. */
const SIGNED_DOCUMENT_WORDS = 6;

function signsDocument(tokens: readonly Token[], k: number, from: number): boolean {
  if (tokens[k + 1]?.lower !== 'by') return false;
  return wordIn(tokens, Math.max(from, k - SIGNED_DOCUMENT_WORDS), k, senses.unsignedDocuments);
}

/** How many words after "approved" its object's head noun may stand ("a separate $15 million grant"). */
const APPROVED_OBJECT_WORDS = 8;

/** "approved a $68 million financing package": a loan, a grant or funding approved is aid. */
function approvesAid(tokens: readonly Token[], end: number, to: number): boolean {
  return wordIn(tokens, end, Math.min(to, end + APPROVED_OBJECT_WORDS), senses.aidObjects);
}

function wordIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let j = from; j < to; j++) if (words.has(tokens[j]!.lower)) return true;
  return false;
}

const DISASTER_KILLING: Trigger = { t: 'killed', type: 'OTHER', w: 2, class: 'disaster' };

/**
 * "Flash floods have killed at least 40", "a quake kills 12", "17 people were killed … after a landslide": a
 * killing a disaster caused.
 */
function isDisasterKilling(tokens: readonly Token[], t: Trigger, k: number, from: number): boolean {
  if (t.class !== 'attack' || !t.t.startsWith('kill')) return false;
  for (let j = Math.max(from, k - DISASTER_BEFORE); j < k; j++) if (isDisasterAgent(tokens, j)) return true;
  // "At least 17 people were killed and 23 others remain missing after a landslide buried 41 houses": the
  // disaster after the deaths, in the sentence (past the clause's "and")
  for (let j = k + 1; j < Math.min(tokens.length, k + DISASTER_AFTER); j++) {
    if (SENTENCE_MARKS.has(tokens[j]!.text)) break;
    if (senses.disasterOpeners.has(tokens[j]!.lower) && isDisasterAgent(tokens, j + 2)) return true;
  }
  return false;
}

/** How far after "killed" the "after a landslide" that caused the deaths may stand. */
const DISASTER_AFTER = 12;
/** How far before "killed" the disaster may stand ("a fire in the seaside resort of Mati killed"). */
const DISASTER_BEFORE = 8;

/** A disaster's word at j; "fire" only after an article ("a fire in the resort", not "opened fire"). */
export function isDisasterAgent(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]?.lower ?? '';
  if (senses.disasterAgents.has(w)) return true;
  return senses.articleDisasters.has(w) && lexicon.articles.has(tokens[j - 1]?.lower ?? '');
}

/** The head words of titles ("minister", "executive", "ceo"): the posts one can be named to. */
const POSTS = new Set([...lexicon.titles].map((t) => t.slice(t.lastIndexOf(' ') + 1)));
/** How far after "named" its "as <post>" may stand ("named its chief financial officer, Jane Roe, as …"). */
const POST_GAP = 12;
const SENTENCE_MARKS = new Set(['.', ';', ':', '!', '?']);

/**
 * "… as (its new) chief executive": "as", then a title's head word within three words, in the sentence (the
 * clause ends before "as", which also opens clauses).
 */
function postAfter(tokens: readonly Token[], from: number): boolean {
  const to = Math.min(tokens.length, from + POST_GAP);
  for (let k = from; k < to; k++) {
    if (SENTENCE_MARKS.has(tokens[k]!.text)) return false;
    if (tokens[k]!.lower !== 'as') continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
      const w = tokens[j]!;
      if (w.kind !== 'word') break;
      if (POSTS.has(w.lower)) return true;
    }
    return false;
  }
  return false;
}

/**
 * "fell 14%", "rose by 2.5 per cent", "gained 120 points", "weakened as much as 0.8%": a size of change (a
 * number or a fraction in words, then a unit) right after a market verb, after its "by" or after words that
 * bound it.
 */
function changeAfter(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  if (tokens[k]?.lower === 'by') k++;
  k = skipPhrases(tokens, k, to, senses.marketApproximators);
  const size =
    k < to && tokens[k]!.kind === 'number' ? k + 1 : skipPhrases(tokens, k, to, senses.marketFractions, 1);
  if (size === k || size >= to) return false;
  return skipPhrases(tokens, size, to, senses.marketUnits, 1) > size;
}

/** How far after "cut"/"raised" its object may run before "by" and the size ("cut its benchmark rate by …"). */
const OBJECT_GAP = 6;

/**
 * "cut its benchmark interest rate by a quarter point", "raised rates by a cumulative 475 basis points": a
 * change made by its setter, with "by" and a size after a short object (no mark in between); or a rate,
 * price, forecast or target for object ("raised interest rates", "held rates at 5.25 per cent", "cut their
 * price target on the stock"), which "held", "kept" and "left" need.
 */
function changeAfterObject(tokens: readonly Token[], from: number, to: number, bare: boolean): boolean {
  for (let k = from; k < Math.min(to, from + OBJECT_GAP); k++) {
    const t = tokens[k]!;
    // ("downgraded the company's credit rating": a possessive inside the object)
    if (t.kind === 'punct' && !isPossessiveMark(t)) return false;
    if (t.lower === 'by') return !bare && changeAfter(tokens, k, to);
    if (senses.rateObjects.has(t.lower)) return true;
    // ("raised concerns about prices": the object ends before a preposition)
    if (senses.objectEnds.has(t.lower)) return false;
  }
  return false;
}

/** Past the phrases of `phrases` that start at `k`, at most `max` of them in a row (each at most once). */
function skipPhrases(
  tokens: readonly Token[],
  k: number,
  to: number,
  phrases: readonly string[][],
  max = 3,
): number {
  for (let n = 0; n < max; n++) {
    const at = k;
    for (const words of phrases) {
      let j = 0;
      while (j < words.length && k + j < to && tokens[k + j]!.lower === words[j]) j++;
      if (j === words.length) {
        k += j;
        break;
      }
    }
    if (k === at) break;
  }
  return k;
}

/**
 * "to strike targets", "will strike the base", "Israel strikes Gaza": the strike word after "to", a modal, a
 * pronoun or a name, with an object after it (a name, a determiner that is no time word, a pronoun or a
 * plural noun), is a verb; "the strike ended", "will strike on Monday", "strike next week" stay strikes.
 */
function strikesObject(tokens: readonly Token[], k: number, end: number): boolean {
  const before = tokens[k - 1];
  const next = tokens[end];
  if (before?.kind !== 'word' || next?.kind !== 'word') return false;
  const verbal =
    before.lower === 'to' ||
    isModalWord(before.lower) ||
    participantWords.subjectPronouns.has(before.lower) ||
    (before.cap && !isNounMarker(before));
  if (!verbal) return false;
  if (next.cap) return !isTimeName(next);
  if (objectPronouns.has(next.lower)) return true;
  if (isNounMarker(next)) return !isTimeWord(tokens[end + 1]);
  return next.lower.length > 3 && next.lower.endsWith('s') && !cameoVerbs.nounPrepositions.has(next.lower);
}

const isTimeName = (t: Token) => lexicon.weekdays.has(t.lower) || lexicon.months.has(t.lower);
const isTimeWord = (t: Token | undefined) =>
  t !== undefined && (isTimeName(t) || timeWords.timeNouns.has(t.lower));

/** "well attended", "poorly attended": an adverb of manner (listed, or any word in -ly). */
const isMannerAdverb = (w: string) => senses.mannerAdverbs.has(w) || (w.length > 3 && w.endsWith('ly'));

/** Whether the phrase `words`, whose first word is at `k`, stands there and ends by `to`. */
function phraseMatches(tokens: readonly Token[], k: number, words: readonly string[], to: number): boolean {
  if (k + words.length > to) return false;
  for (let j = 1; j < words.length; j++) if (tokens[k + j]!.lower !== words[j]) return false;
  return true;
}

/** The longest lexicon phrase that starts at `k` and ends by `to` ("March 11" is a date, not a march). */
function phraseAt(tokens: readonly Token[], k: number, to: number): Trigger | null {
  if (isMonthName(tokens[k]!)) return null;
  for (const { t, words } of lexiconPhrases(tokens[k]!) ?? [])
    if (phraseMatches(tokens, k, words, to)) return t;
  return null;
}

/**
 * Word families whose sense the words around them decide:
 * - a match result ("defeated", "lost") is a happening of its own only with a scoreline after it; else the
 *   verb is left to the dictionary ("rebels defeated the army");
 * - an occasion verb ("took place", "carried out", "attended") names a happening only when the clause has no
 *   trigger noun of its own ("the talks took place", "carried out an attack": the noun is the event), and
 *   not as a passive without agent ("the event was well attended");
 * - after a score, attack words are the game's ("scored a close-ranged shot");
 * - a publication participle opening a dateline names none ("Published September 17"); without an auxiliary is an adjective after a determiner ("the published
 *   policy") and, after another act in the clause, describes that act's object ("accused X of ignoring a
 *   study published last year").
 */
function inSense(
  tokens: readonly Token[],
  t: Trigger,
  k: number,
  end: number,
  from: number,
  to: number,
): boolean {
  if (t.class === 'result') return scoreAfter(tokens, end, to);
  if (t.class === 'ask') return asksForAct(tokens, end, to);
  if (t.class === 'vote') return votesToAct(tokens, end, to);
  if (t.class === 'dispatch') return sendsAid(tokens, k, end, from, to);
  // "accepted the apology"; "accepted that Lim was remorseful" holds a belief, it agrees to nothing, and
  // "accepted demands from the rebels" accedes to them (the dictionary's CAMEO 083, CONCEDE)
  if (t.class === 'acceptance')
    return tokens[end]?.lower !== 'that' && !wordIn(tokens, end, Math.min(to, end + 3), senses.acceded);
  // "has offered a 4.1 percent raise": an offer of pay or remedies concedes; any other is the dictionary's
  if (t.class === 'concession_offer')
    return phraseWithin(tokens, end, Math.min(to, end + OFFER_WINDOW), to, senses.concessionObjects);
  // "continued to strike targets", "Israel strikes Gaza": a strike with an object is the dictionary's verb
  if (t.class === 'strike' && t.w === 1 && strikesObject(tokens, k, end)) return false;
  // "named its finance chief, Jane Roe, as interim CEO": naming is an appointment only to a post
  if (t.class === 'appointment') return postAfter(tokens, end);
  // "shares fell 14%": a change in a price, a share or an index is a happening only with its size
  // (the size may stand past the clause's end: "weakened as much as 0.8%", where "as" may open a clause)
  if (t.class === 'market') return changeAfter(tokens, end, tokens.length);
  if (t.class === 'rate_change')
    return changeAfterObject(tokens, end, tokens.length, senses.holdingVerbs.has(t.t));
  if (t.class === 'occasion') {
    // "the event was well attended": a passive without its agent tells how, not that something happened
    if (t.t.endsWith('ed') && tokens[end]?.lower !== 'by') {
      const b1 = tokens[k - 1]?.lower ?? '';
      const b2 = tokens[k - 2]?.lower ?? '';
      if (senses.passiveBe.has(b1) || (senses.passiveBe.has(b2) && isMannerAdverb(b1))) return false;
    }
    for (let j = from; j < to; j++) {
      if (j >= k && j < end) continue;
      const other = phraseAt(tokens, j, to);
      if (other && other.w === 1 && other.class !== t.class) return false;
    }
    return true;
  }
  // "scored a close-ranged shot": after a score the attack words are the game's
  if (t.class === 'attack')
    for (let j = Math.max(from, k - SCORE_GAP); j < k; j++)
      if (phraseAt(tokens, j, k)?.class === 'score') return false;
  if (t.class === 'publish' && t.t.endsWith('ed')) {
    // "Published September 17, 2025", "Published on 09/06/2025", "Published : May 3": a dateline, no happening
    const next = tokens[end]?.lower ?? '';
    if (
      k === from &&
      (end >= to ||
        next === 'on' ||
        next === ':' ||
        lexicon.months.has(next) ||
        lexicon.weekdays.has(next) ||
        tokens[end]?.kind === 'number')
    )
      return false;
    // "This report by The Canadian Press was first published Oct. 17": the page's note on itself
    if (tokens[from]?.lower === 'this' && senses.pageNouns.has(tokens[from + 1]?.lower ?? '')) return false;
    const before = tokens[k - 1]?.lower ?? '';
    if (senses.participleAuxiliaries.has(before)) return true;
    if (cameoVerbs.nounMarkers.has(before)) return false;
    for (let j = from; j < k; j++) if (phraseAt(tokens, j, k)) return false;
  }
  return true;
}

/** "would boycott", "will strike": a trigger noun right after a modal is used as a verb. */
function asVerb(tokens: readonly Token[], t: Trigger, at: number): Trigger {
  if (t.w !== 1 || t.t.includes(' ')) return t;
  const before = tokens[at - 1]?.lower ?? '';
  return isModalWord(before) ? { ...t, w: 2 } : t;
}
