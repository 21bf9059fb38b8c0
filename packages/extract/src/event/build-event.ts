import type { Cluster, MentionSpan } from '../entity/grouping/types.js';
import { isOrganizationAnaphor, referredBody } from '../entity/mention-index.js';
import { datelineEnd, isDatelineCredit, spanText } from '../entity/name-shape.js';
import { lexicon, participantWords } from '../lexicon/load-lexicons.js';
import { demonymOf } from '../lexicon/word-lexicon.js';
import type { Sentence } from '../text/segment.js';
import { wordBits, wordFact } from '../text/word-facts.js';
import { cameoVerbs } from './cameo/read-cameo-verbs.js';
import type { DateMention } from './dates/date-mention.js';
import { type DateContext, dateOf, secondPredicate, yearModifier } from './event-date.js';
import { modalityOf } from './event-modality.js';
import {
  addParticipant,
  isAffiliation,
  isGroupDemonym,
  isGroupNoun,
  isLocationOnly,
  isPassiveAgent,
  isPossessor,
  isVenue,
  organizationAnaphor,
  organizationAnaphorAfter,
  relativeAntecedent,
  reportedSubjectAt,
  SPEECH_TYPES,
  speakerIsSubject,
} from './event-participants.js';
import type { EventInputs, FoundEvent, Modality } from './found-event.js';
import { trimSpan } from './split-clauses.js';
import type { TriggerHit } from './trigger-hit.js';

/** Acts whose "by" date is a deadline ("asked … to submit a plan by June 30", "agreed to pay by 2026"). */
const DEADLINE_TYPES = new Set(['REQUEST', 'THREATEN', 'AGREE']);

const ACTOR_PRONOUN = 1;
const TARGET_PRONOUN = 2;
/** Whether a word is an actor or a target pronoun, as bits (asked of every word of a trigger's clause). */
const pronounBits = wordBits([
  (w) => participantWords.actorPronouns.has(w),
  (w) => participantWords.targetPronouns.has(w),
]);

/** The event a trigger names in clause [cf, ct): its participants, location, date, span and modality. */
export function buildEvent(
  input: EventInputs,
  s: Sentence,
  si: number,
  cf: number,
  ct: number,
  f: TriggerHit,
  dates: DateMention[],
  firstBodyPara: number,
  context: DateContext,
): FoundEvent {
  const { doc, idx } = input;
  const { tokens } = doc;
  const participants: FoundEvent['participants'] = [];
  let location: Cluster | null = null;
  const seen = new Set<Cluster>();
  // an event inside reported speech ("X said that troops attacked Y") is not the speaker's act
  const inReport =
    input.reported[f.from] === 1 && !SPEECH_TYPES.has(f.t.type) && !speakerIsSubject(input, f.from);
  // "X, who recently returned home": the relative pronoun's antecedent is the subject
  // "Hungary, which has kept its ban, criticised …": a country or body before "which" likewise
  const rel = tokens[cf]?.lower;
  if (participantWords.subjectRelatives.has(rel ?? '')) {
    const ante = relativeAntecedent(tokens, idx, cf);
    const ok =
      ante &&
      (rel === 'who' ? ante.cluster.type !== 'location' : ante.cluster.type !== 'person' || ante.cluster.iso);
    if (ante && ok) addParticipant(participants, seen, ante.cluster, 'actor');
  }
  // "Whitmore stated Montalvo left …": the reporter is no participant of what is reported
  const reportAt = SPEECH_TYPES.has(f.t.type) ? -1 : reportedSubjectAt(tokens, idx, cf, f.from);
  // "the dealer was arrested", "Apple (was) fined … by the EU": a passive's subject undergoes the act
  const passive =
    tokens[f.to - 1]!.lower.endsWith('ed') &&
    (cameoVerbs.be.has(tokens[f.from - 1]?.lower ?? '') ||
      idx.inRange(f.to, ct).some((m) => isPassiveAgent(tokens, f.to, m)));
  // "GOMA, Democratic Republic of Congo (AFP) - Heavy shelling killed …": the dateline names no participant
  const opening = tokens[cf - 1]?.para !== tokens[cf]?.para ? datelineEnd(tokens, cf) : cf;
  // ("called the probe … and urged the Commission to …": what follows a second predicate is its own)
  const second = secondPredicate(tokens, f.to - 1, ct);
  for (const m of idx.inRange(cf, ct)) {
    if (m.from < opening) continue;
    if (second > 0 && m.from > second) break;
    if (inReport && input.reported[m.from] !== 1) continue;
    if (m.from < reportAt || isAffiliation(tokens, idx, m) || isDatelineCredit(tokens, m.from, m.to))
      continue;
    const isPlace = m.cluster.type === 'location';
    if (!isPlace && isVenue(tokens, m)) continue;
    if (isPlace && isLocationOnly(tokens, idx, m, f.to)) {
      location ??= m.cluster;
      continue;
    }
    // "accused Kyiv of …": a city right after the trigger verb stands for its government; "the Lagos State
    // government imposed …": a place right before a group acting for it takes part
    // ("Pyongyang rejected the accusations": a capital as the verb's subject stands for its government)
    if (
      isPlace &&
      !m.cluster.iso &&
      !(m.from === f.to && f.t.w >= 2) &&
      !isGroupNoun(tokens, m.to, m.to + 1) &&
      !isCapitalSubject(tokens, m, f.from)
    )
      continue;
    // "Pakistan's Chief Justice Iftikhar Chaudhry": the country only qualifies the person's title;
    // "Pakistan's military government" acts for the country
    const possessor = isPossessor(tokens, m);
    if (possessor && isPlace && !isGroupNoun(tokens, m.to + 1, ct)) continue;
    const actor = (m.from < f.from && !passive) || possessor || isPassiveAgent(tokens, f.to, m);
    addParticipant(participants, seen, m.cluster, actor ? 'actor' : 'target');
  }
  for (let k = cf; k < ct; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (inReport && input.reported[k] !== 1) continue;
    const anti = t.lower.startsWith('anti-');
    const base = anti ? t.lower.slice(5) : t.lower;
    // (the demonym first: one slot read rules out most capitalized words before the look at the words after)
    const place = anti
      ? /^anti-\p{Lu}/u.test(t.text)
        ? lexicon.demonym(base)
        : undefined
      : t.cap && demonymOf(t) !== null && isGroupDemonym(tokens, k, ct, idx)
        ? (demonymOf(t) ?? undefined)
        : undefined;
    // "anti-India attacks" names the country itself
    const country = anti && !place && /^anti-\p{Lu}/u.test(t.text) ? input.countryCluster(base) : undefined;
    if (country) addParticipant(participants, seen, country, 'target');
    if (place) {
      const cl = input.countryCluster(place.toLowerCase());
      if (cl)
        addParticipant(
          participants,
          seen,
          cl,
          t.lower.startsWith('anti-') ? 'target' : k < f.from ? 'actor' : 'target',
        );
    }
    // "the government hired 500 firefighters", "accused the government of …": the government of the country the
    // article is about
    if (isGovernmentAt(tokens, k)) {
      const home = idx.homeCountry();
      if (home) addParticipant(participants, seen, home, k < f.from ? 'actor' : 'target');
    }
    // "he resigned", "he later resigned", "his resignation": the pronoun right before the trigger stands for
    // the actor when the clause names none
    const pronoun = pronounBits(t);
    if (
      (pronoun & ACTOR_PRONOUN) !== 0 &&
      k < f.from &&
      f.from - k <= 3 &&
      !participants.some((p) => p.role === 'actor') &&
      !(inReport && input.reported[k] !== 1)
    ) {
      const p = idx.lastPersonBefore(k, t.lower);
      if (p) addParticipant(participants, seen, p.cluster, 'actor');
    }
    if ((pronoun & TARGET_PRONOUN) !== 0 && k > f.from) {
      const p = idx.lastPersonBefore(k, t.lower);
      if (p) addParticipant(participants, seen, p.cluster, 'target');
    }
  }
  // "X welcomed the U-turn but accused the cabinet of …": a clause that opens with its conjunction and its verb
  // has the sentence's subject
  if (
    lexicon.clauseConjunctions.has(tokens[cf]?.lower ?? '') &&
    f.from <= cf + 2 &&
    !participants.some((p) => p.role === 'actor')
  ) {
    const subject = sentenceSubject(input, s.from, cf);
    if (subject) addParticipant(participants, seen, subject, 'actor');
  }
  // "the two sides agreed to a ceasefire", "both countries signed": the last two countries named before
  // ("the two ministers agreed", "both men were arrested": the last two persons named before)
  const pair = pairAt(tokens, Math.max(cf, f.from - PAIR_REACH), Math.min(ct, f.to + PAIR_REACH));
  if (pair >= 0 && !markBetween(tokens, pair, f.from, f.to)) {
    const persons = participantWords.pairPersonNouns.has(tokens[pair + 1]!.lower);
    for (const cl of persons ? idx.lastPersonsBefore(pair, 2) : idx.lastCountriesBefore(pair, 2))
      addParticipant(participants, seen, cl, pair < f.from && !passive ? 'actor' : 'target');
  }
  // "… said that the agency welcomed the results": the organization named before
  const lookbackFrom = doc.sentences[Math.max(0, si - 2)]!.from;
  const org = organizationAnaphor(tokens, idx, cf, f.from, lookbackFrom);
  if (org) addParticipant(participants, seen, org.cluster, tokens[f.to]?.lower === 'by' ? 'target' : 'actor');
  const object = organizationAnaphorAfter(tokens, idx, f.to, ct, lookbackFrom, participants);
  if (object) addParticipant(participants, seen, object.cluster, passive ? 'actor' : 'target');
  // "It also suspended its quarterly dividend", "Its shares fell": the last organization named
  if (!passive && !participants.some((p) => p.role === 'actor')) {
    const it = organizationPronounAt(tokens, Math.max(cf, f.from - IT_REACH), f.from);
    // (after a body the sentence describes in lower case, "it" is that body: "The interior ministry said it had
    // arrested")
    const described = it >= 0 ? describedBodyAt(tokens, s.from, it) : -1;
    const body =
      it >= 0 && !(inReport && input.reported[it] !== 1)
        ? referredBody(idx, tokens, described >= 0 ? described : it, lookbackFrom)
        : undefined;
    if (body) addParticipant(participants, seen, body.cluster, 'actor');
  }
  // "The outbreak …", "Cyclone Kesia made landfall near …": a happening of nature has no actor among the people
  // and bodies around it, only the country it strikes
  // ("a 2018 peace deal", "the 2019 collision near Melville": a happening named by its noun and its year is
  // background, told without who took part)
  if (f.t.w === 1 && yearModifier(tokens, dates, f.from)) participants.length = 0;
  if (isNatural(f)) {
    const countries = participants.filter((p) => p.cluster.type === 'location' && p.cluster.iso);
    participants.length = 0;
    participants.push(...countries);
  }
  const demand = DEADLINE_TYPES.has(f.t.type);
  const { date, explicit } = dateOf(input, s, cf, ct, f.from, dates, firstBodyPara, context, demand);
  return {
    type: f.t.type,
    rule: f.rule,
    eventClass: f.t.class ?? f.t.t,
    trigger: f.t,
    triggerFrom: f.from,
    triggerTo: f.to,
    // a purpose is stated from its "to" on ("… to complain of inaction"): the clause is the act it serves
    spans: [trimSpan(tokens, f.rule === 'event/purpose' ? f.from - 1 : cf, ct)],
    date,
    explicitDate: explicit,
    participants,
    location,
    modality: pastByYear(
      input,
      dates,
      f.from,
      scheduled(f, modalityOf(input, s, cf, ct, f.from, f.to, f.t.w >= 2)),
    ),
    sentence: si,
    headline: s.headline,
    anaphoric: false,
    possessive: false,
    relative: false,
    mentions: [{ from: f.from, to: f.to, sentence: si }],
  };
}

/** How many words (an auxiliary, an adverb) may stand between a capital and its verb ("Washington has also said"). */
const CAPITAL_SUBJECT_GAP = 2;

/** A capital's name as the subject of the trigger's verb, no mark between them ("Pyongyang rejected"). */
function isCapitalSubject(tokens: EventInputs['doc']['tokens'], m: MentionSpan, trigger: number): boolean {
  if (m.to > trigger || trigger - m.to > CAPITAL_SUBJECT_GAP) return false;
  for (let k = m.to; k < trigger; k++) if (tokens[k]!.kind !== 'word') return false;
  return lexicon.capitalOf(spanText(tokens, m.from, m.to)) !== undefined;
}

/** "government", "authorities": asked of every word of a trigger's clause (a word fact). */
const isGovernmentNoun = wordFact((w) => participantWords.governmentNouns.has(w));

/** "the government", "the federal government": a government named by no country's word ("of X", a demonym). */
function isGovernmentAt(tokens: EventInputs['doc']['tokens'], k: number): boolean {
  const t = tokens[k]!;
  if (t.cap || !isGovernmentNoun(t) || isOfName(tokens, k + 1)) return false;
  const before = tokens[k - 1];
  if (before?.lower === 'the') return true;
  return (
    before !== undefined &&
    !before.cap &&
    participantWords.governmentAdjectives.has(before.lower) &&
    tokens[k - 2]?.lower === 'the'
  );
}

/** "of Kenya", "of the Philippines": a name after "of" at k ("accused the government of leaving" names none). */
function isOfName(tokens: EventInputs['doc']['tokens'], k: number): boolean {
  if (tokens[k]?.lower !== 'of') return false;
  const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return next?.cap === true;
}

function isNatural(f: TriggerHit): boolean {
  return participantWords.naturalClasses.has(f.t.class ?? '') || participantWords.naturalTriggers.has(f.t.t);
}

/** How far before its trigger "it" may stand ("it also suspended", "Its shares fell"). */
const IT_REACH = 3;

/** The last lower-case noun of an organization ("the ministry", "the company") in [from, to), or -1. */
function describedBodyAt(tokens: EventInputs['doc']['tokens'], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isOrganizationAnaphor(tokens, k)) return k;
  return -1;
}

/** Position of "it"/"its" in [from, to) that opens the clause's subject, or -1. */
function organizationPronounAt(tokens: EventInputs['doc']['tokens'], from: number, to: number): number {
  for (let k = from; k < to; k++) if (participantWords.organizationPronouns.has(tokens[k]!.lower)) return k;
  return -1;
}

/** The first person or organization of [from, to) that no preposition governs and that owns nothing. */
function sentenceSubject(input: EventInputs, from: number, to: number): Cluster | undefined {
  const { tokens } = input.doc;
  for (const m of input.idx.inRange(from, to)) {
    if (m.cluster.type === 'location' || isPossessor(tokens, m)) continue;
    if (participantWords.locativePrepositions.has(tokens[m.from - 1]?.lower ?? '')) continue;
    return m.cluster;
  }
  return undefined;
}

/** How near the trigger "the two sides" must stand to be its subject or object ("the two sides have agreed"). */
const PAIR_REACH = 4;

/** A mark between the pair at `pair` and the trigger [from, to) ("which has bases in both countries, urged"). */
function markBetween(tokens: EventInputs['doc']['tokens'], pair: number, from: number, to: number): boolean {
  const [a, b] = pair < from ? [pair, from] : [to, pair];
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'punct') return true;
  return false;
}

/** Position of "the two countries" / "both countries" / "the two ministers" in [from, to), or -1. */
function pairAt(tokens: EventInputs['doc']['tokens'], from: number, to: number): number {
  for (let k = from; k + 1 < to; k++) {
    const w = tokens[k]!.lower;
    const noun = tokens[k + 1]!.lower;
    const paired = participantWords.pairNouns.has(noun) || participantWords.pairPersonNouns.has(noun);
    if (w === 'both' && paired) return k;
    if (w === 'two' && tokens[k - 1]?.lower === 'the' && paired) return k;
  }
  return -1;
}

/** "is set for March 7": what is scheduled is planned, unless the clause negates or conditions it. */
function scheduled(f: TriggerHit, m: Modality): Modality {
  return f.rule === 'event/scheduled' && m !== 'hypothetical' && m !== 'negated' ? 'planned' : m;
}

/**
 * "will pray at the site of the 2020 port explosion", "did not attend the 2019 summit": a happening whose
 * noun carries a year before the publication's took place, whatever the clause around it plans or denies.
 */
function pastByYear(
  input: EventInputs,
  dates: readonly DateMention[],
  trigger: number,
  m: Modality,
): Modality {
  if (m !== 'planned' && m !== 'hypothetical' && m !== 'negated') return m;
  const year = yearModifier(input.doc.tokens, dates, trigger)?.edtf;
  return year && input.published && year < input.published.slice(0, 4) ? 'asserted' : m;
}
