import type { Cluster, MentionSpan } from '../entity/group-mentions.js';
import type { MentionIndex } from '../entity/mention-index.js';
import { lexicon, type Trigger } from '../lexicon/load-lexicons.js';
import type { Doc, Sentence } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { isPossessiveMark } from '../text/tokenize.js';
import { wordFact } from '../text/word-facts.js';
import {
  failsCooperation,
  isAccusedAct,
  isPurposeOf,
  namesPatternObject,
  rejectsObject,
} from './cameo/clause-acts.js';
import { type Commitment, commitmentType, findCommitment } from './cameo/code-commitment.js';
import { recodeByModal } from './cameo/combine-intent.js';
import { endsAgentAt, hasActorBefore, hasTargetAfter } from './cameo/find-actor.js';
import { codeCameoForm, findCameoForm } from './cameo/match-cameo-verb.js';
import { cameoVerbs, ploverType } from './cameo/read-cameo-verbs.js';
import { type DateMention, findDates, isVagueTime } from './find-dates.js';
import type { EventRuleId } from './rules.js';

type Modality = 'asserted' | 'reported' | 'alleged' | 'planned' | 'hypothetical' | 'negated';

/** An event found in one clause, possibly mentioned again later (extra spans). */
export interface FoundEvent {
  type: string;
  /** The rule that found (or last recoded) the event: an id of the catalog in rules.ts. */
  rule: EventRuleId;
  eventClass: string;
  trigger: Trigger;
  triggerFrom: number;
  triggerTo: number;
  /** Evidence token ranges; the first is the main one. */
  spans: { from: number; to: number }[];
  date: string | null;
  explicitDate: boolean;
  participants: { cluster: Cluster; role: 'actor' | 'target' }[];
  location: Cluster | null;
  modality: Modality;
  sentence: number;
  headline: boolean;
  /** Refers back to an earlier mention: "the attack", "The attempt … failed", "was a suicide bombing". */
  anaphoric: boolean;
  /** "the minister's arrival": an event noun with a possessor. */
  possessive: boolean;
  /** Stated in a relative clause of the sentence ("…, which killed …"). */
  relative: boolean;
  /** Every trigger that names the event (one per joined mention). */
  mentions: { from: number; to: number; sentence: number }[];
}

const byFirstWord = new Map<string, { t: Trigger; words: string[] }[]>();
for (const t of lexicon.triggers) {
  const words = t.t.split(' ');
  const list = byFirstWord.get(words[0]!) ?? [];
  list.push({ t, words });
  list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord.set(words[0]!, list);
}
/** Whether a word starts a lexicon trigger or a dictionary verb form (most words do neither). */
const startsTrigger = wordFact((w) => byFirstWord.has(w) || cameoVerbs.byFirstWord.has(w));
/** The lexicon's trigger phrases that start with a word, longest first (null: none). */
const lexiconPhrases = wordFact((w) => byFirstWord.get(w) ?? null);
const SPLIT_BEFORE = new Set([
  'which',
  'who',
  'when',
  'while',
  'whilst',
  'although',
  'because',
  'whereas',
  'after',
  'before',
  'despite',
  'but',
  'as',
  'where',
]);
const AUX_AFTER_AND = /^(was|were|is|are|has|have|had|will|would|also)$/;
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'into', 'from']);
const modal = {
  hypothetical: new Set(lexicon.modality.hypothetical ?? []),
  negated: new Set(lexicon.modality.negated ?? []),
  alleged: new Set(lexicon.modality.alleged ?? []),
  reported: new Set(lexicon.modality.reported ?? []),
  planned: new Set(lexicon.modality.planned ?? []),
  hypotheticalNear: new Set(lexicon.modality.hypothetical_near ?? []),
};

const HYPOTHETICAL = 1;
const NEGATED = 2;
const PLANNED = 4;
const ALLEGED = 8;
const REPORTED = 16;
const HYPOTHETICAL_NEAR = 32;
/** The modality lists a word is in, as bits (modalityOf reads every word before a trigger). */
const modalsOf = wordFact(
  (w) =>
    (modal.hypothetical.has(w) ? HYPOTHETICAL : 0) |
    (modal.negated.has(w) ? NEGATED : 0) |
    (modal.planned.has(w) ? PLANNED : 0) |
    (modal.alleged.has(w) ? ALLEGED : 0) |
    (modal.reported.has(w) ? REPORTED : 0) |
    (modal.hypotheticalNear.has(w) ? HYPOTHETICAL_NEAR : 0),
);

/** A direct quote of a named speaker, as token ranges. */
export interface Statement {
  quoteFrom: number;
  quoteTo: number;
  cueFrom: number;
  cueTo: number;
  speaker: Cluster;
}

const ACCUSE: Trigger = { t: 'statement', type: 'ACCUSE', w: 1, class: 'statement' };
const DISMISSED_AS: Trigger = { t: 'dismissed as', type: 'REJECT', w: 2 };

function asWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    if (tokens[k]!.lower === 'as') return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

export interface EventInputs {
  doc: Doc;
  idx: MentionIndex;
  published: string | null;
  /** 1 on tokens inside long direct quotes (no events are read from them). */
  quoted: Uint8Array;
  /** 1 on tokens inside short direct quotes (only verb triggers count there). */
  shortQuoted: Uint8Array;
  /** 1 on tokens inside indirect quotes (events there are reported). */
  reported: Uint8Array;
  /** Direct quotes of named speakers: a critical one is an ACCUSE event stated by its cue. */
  statements: Statement[];
  /** Entity cluster by lower-case country or region name, for demonyms. */
  countryCluster: (name: string) => Cluster | undefined;
}

/** Events from trigger words, one per clause and type, with date, participants, location and modality. */
export function findEvents(input: EventInputs): FoundEvent[] {
  const { doc } = input;
  const events: FoundEvent[] = [];
  const firstBodyPara = firstBodyParagraph(doc);
  doc.sentences.forEach((s, si) => {
    if (s.headline && isDateOnly(doc, s)) return;
    const clauses = splitClauses(doc.tokens, s);
    // dates matter only to events: read them once the sentence has one
    let dates: DateMention[] | undefined;
    for (const [cf, ct] of clauses) {
      const { kept, all } = triggersIn(input, cf, ct);
      if (kept.length === 0) continue;
      const types = new Set<string>();
      for (const f of kept) {
        // one event per type and clause: "killed in the bombing" is one attack
        if (types.has(f.t.type)) continue;
        types.add(f.t.type);
        dates ??= findDates(doc, s.from, s.to, input.published);
        const ev = buildEvent(input, s, si, cf, ct, f, dates, firstBodyPara);
        ev.anaphoric = all.some((g) => g.t.type === f.t.type && isAnaphoricAt(doc.tokens, g.from, cf, g.t.w));
        ev.possessive = f.t.w === 1 && isPossessed(doc.tokens, f.from);
        ev.relative = /^(which|who|that)$/.test(doc.tokens[cf]?.lower ?? '');
        events.push(ev);
      }
    }
  });
  for (const st of input.statements) {
    const ev = statementEvent(input, st, events, firstBodyPara);
    if (ev) events.push(ev);
  }
  events.sort((a, b) => a.spans[0]!.from - b.spans[0]!.from);
  return mergeMentions(doc, events);
}

/** '"…brazenly and unlawfully…," said X': a critical statement is an accusation made where the cue stands. */
function statementEvent(
  input: EventInputs,
  st: Statement,
  events: readonly FoundEvent[],
  firstBodyPara: number,
): FoundEvent | null {
  const { doc, idx } = input;
  const { tokens } = doc;
  let critical = false;
  for (let k = st.quoteFrom; k < st.quoteTo && !critical; k++)
    critical = lexicon.criticism.has(tokens[k]!.lower);
  if (!critical) return null;
  const si = doc.sentenceOf[st.cueFrom]!;
  const s = doc.sentences[si]!;
  if (events.some((e) => e.sentence === si && e.type === 'ACCUSE')) return null;
  // the attribution clause, without the quoted words
  let from = st.cueFrom;
  let to = st.cueTo;
  const clause = splitClauses(tokens, s).find(([cf, ct]) => cf <= st.cueFrom && st.cueFrom < ct);
  if (clause) {
    from = st.cueFrom > st.quoteTo ? Math.max(clause[0], st.quoteTo + 1) : clause[0];
    to = st.cueFrom > st.quoteTo ? clause[1] : Math.min(clause[1], st.quoteFrom - 1);
  }
  const span = trimSpan(tokens, from, Math.max(to, from + 1));
  const participants: FoundEvent['participants'] = [{ cluster: st.speaker, role: 'actor' }];
  const seen = new Set<Cluster>([st.speaker]);
  for (const m of idx.inRange(st.quoteFrom, st.quoteTo))
    addParticipant(participants, seen, m.cluster, 'target');
  const { date, explicit } = dateOf(input, s, span.from, span.to, st.cueFrom, [], firstBodyPara);
  return {
    type: 'ACCUSE',
    rule: 'event/statement',
    eventClass: `statement:${st.cueFrom}`,
    trigger: ACCUSE,
    triggerFrom: st.cueFrom,
    triggerTo: st.cueTo,
    spans: [span],
    date,
    explicitDate: explicit,
    participants,
    location: null,
    modality: 'asserted',
    sentence: si,
    headline: s.headline,
    anaphoric: false,
    possessive: false,
    relative: false,
    mentions: [{ from: st.cueFrom, to: st.cueTo, sentence: si }],
  };
}

interface TriggerHit {
  t: Trigger;
  from: number;
  to: number;
  rule: EventRuleId;
  /** The plain words of the dictionary pattern that coded a CAMEO verb. */
  patternWords?: readonly string[];
  /** That pattern's object slot (words and &synsets). */
  patternObject?: readonly string[];
  /** A verb that refuses what it governs ("reject … the deal"): it counts beside the lexicon's noun. */
  negating?: boolean;
  /** A dictionary verb with a name for object ("ordered Carlos Menem to appear"). */
  dyad?: boolean;
  /** "promised to continue …": a commitment verb and the act it commits to. */
  commitment?: Commitment;
  /** A dictionary verb after "to" with nothing else to show it is an act: it counts only as a purpose. */
  onlyPurpose?: boolean;
}

function triggersIn(input: EventInputs, from: number, to: number): { kept: TriggerHit[]; all: TriggerHit[] } {
  const { tokens } = input.doc;
  const found: TriggerHit[] = [];
  for (let k = from; k < to; k++) {
    // most words start no lexicon phrase and no dictionary verb: one lookup rules both out
    if (input.quoted[k] || !startsTrigger(tokens[k]!)) continue;
    // a capitalised word inside a name is not a trigger ("Bureau of Investigation", "Relief Fund")
    if (tokens[k]!.cap && k > from && input.idx.covering(k)) continue;
    const hit = lexiconHitAt(input, k, from, to) ?? cameoHitAt(input, k, from, to);
    if (!hit) continue;
    found.push(hit);
    k = hit.to - 1;
  }
  // most clauses have no trigger: only a modal demand can add one
  if (found.length === 0) return { kept: addDemands(input, found, from, to), all: found };
  codeCommitments(tokens, found, to);
  // the hand lexicon, tuned on news, speaks first; beside it a dictionary verb counts only when the words
  // governing it make it a speech act ("would meet … in peace talks", "must reach an agreement")
  if (found.some((f) => !isCameo(f))) {
    // "eased the curfew": a dictionary pattern written for the lexicon's noun is the more specific code
    const nounsFrom = lexiconNounsFrom(found);
    const kept = found.filter((f) => {
      if (!isCameo(f) || f.commitment) return true;
      // "visited Kabul to investigate the killings": the purpose of a lexicon act is an act of its own
      if (found.some((g) => g.t.w >= 2 && g.from < f.from && isPurposeOf(tokens, g, f, found))) return true;
      const object = objectTrigger(found, f);
      // "will not attend the summit" refuses the meeting the noun names: the refusal is the event
      const governed = recodeByModal(tokens, f.t, f.from, from).rule;
      if (governed !== null) return !object || governed === 'event/intent-refused';
      if (f.negating) return true;
      if (f.dyad && f.to <= nounsFrom) return true;
      return (
        object !== undefined && object.t.type !== f.t.type && namesPatternObject(f.patternObject, object.t)
      );
    });
    // "halted talks with Iran", "violated the ceasefire": the noun a kept verb's pattern was written for is
    // that verb's object, not a second happening
    const verbOf = new Map<TriggerHit, TriggerHit>();
    for (const g of kept) {
      const object = isCameo(g) ? objectTrigger(kept, g) : undefined;
      if (object && !verbOf.has(object)) verbOf.set(object, g);
    }
    found.length = 0;
    for (const f of kept) {
      const verb = verbOf.get(f);
      if (!verb || verb.t.type === f.t.type || !namesPatternObject(verb.patternObject, f.t)) found.push(f);
    }
  }
  // a weaker trigger right after a stronger one is its object ("backed the talks")
  const kept = found.filter((f, i) => {
    for (let j = i - 1; j >= 0; j--) {
      const g = found[j]!;
      if (f.from - g.to > (g.t.w >= 3 ? 8 : 4)) break;
      if (g.t.w > f.t.w) return false;
    }
    // a noun right before a stronger verb is its subject ("The talks fizzled out")
    for (let j = i + 1; j < found.length; j++) {
      const g = found[j]!;
      if (g.from - f.to > 3) break;
      if (g.t.w > f.t.w && f.t.w === 1 && g.t.w >= 2) return false;
    }
    return true;
  });
  // "failed to reach agreement": a failed cooperative act is refused; "accused X of rigging the election":
  // what an accusation blames is not an event of its own
  const coded = kept
    .filter((f) => !isAccusedAct(tokens, f, kept))
    .map((f) =>
      failsCooperation(tokens, f, found, to)
        ? { ...f, t: { ...f.t, type: 'REJECT' }, rule: 'event/failed-cooperation' as const }
        : f,
    );
  return { kept: addDemands(input, recodeHits(tokens, coded, found, from, to), from, to), all: found };
}

/**
 * "has sworn to fight": a commitment takes its type from the act it commits to (the next trigger or verb).
 * It gives way to an act that names itself ("offered to send rescue teams" is aid) and to an event before
 * it in the clause that it follows up ("met union leaders and promised to review …").
 */
function codeCommitments(tokens: readonly Token[], found: TriggerHit[], ct: number): void {
  let drop: Set<TriggerHit> | undefined;
  found.forEach((f, i) => {
    const c = f.commitment;
    if (!c) return;
    drop ??= new Set<TriggerHit>();
    // hits are in text order: the act is among the next few
    const acts: TriggerHit[] = [];
    for (let j = i + 1; j < found.length && found[j]!.from - c.at < COMMITTED_ACT_GAP; j++)
      if (found[j]!.from >= c.at) acts.push(found[j]!);
    const form = acts.length > 0 ? null : findCameoForm(tokens, c.at, ct);
    const actType = acts[0] ? acts[0].t.type : form ? ploverType(form.cameo) : null;
    const followUp = i > 0 && tokens[f.from - 1]?.lower === 'and';
    if (followUp || acts.some((g) => cameoVerbs.keptActs.has(g.t.type))) drop.add(f);
    else found[i] = { ...f, t: { ...f.t, type: commitmentType(actType, c.negated) } };
  });
  if (!drop || drop.size === 0) return;
  const dropped = drop;
  const kept = found.filter((f) => !dropped.has(f));
  found.length = 0;
  found.push(...kept);
}

/** "promised to continue military aid": how far after "to" the act committed to may start. */
const COMMITTED_ACT_GAP = 4;

/**
 * "said the rebels must allocate more resources": an actor that must act is the object of a demand
 * (CAMEO 10, REQUEST), whether or not the dictionary knows the verb. "must have" infers, it does not demand.
 */
function addDemands(input: EventInputs, hits: TriggerHit[], from: number, to: number): TriggerHit[] {
  const { tokens } = input.doc;
  let requests: Set<number> | undefined;
  const added: TriggerHit[] = [];
  for (let k = from + 1; k < to - 1; k++) {
    if (!cameoVerbs.demandModals.has(tokens[k]!.lower) || input.quoted[k]) continue;
    if (!isDemandedAct(tokens, k + 1)) continue;
    requests ??= new Set(hits.filter((h) => h.t.type === 'REQUEST').map((h) => h.from));
    if (requests.has(k) || requests.has(k + 1) || requests.has(k + 2) || requests.has(k + 3)) continue;
    if (!hasActorBefore(tokens, input.idx, Math.max(from, k - DYAD_WINDOW), k)) continue;
    const t: Trigger = { t: tokens[k]!.lower, type: 'REQUEST', w: 2, class: 'demand' };
    added.push({ t, from: k, to: k + 1, rule: 'event/modal-demand' });
  }
  return added.length === 0 ? hits : [...hits, ...added].sort((a, b) => a.from - b.from);
}

/** "must return", "must be punished", not "must have known" nor "must be a mistake". */
function isDemandedAct(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  if (verb?.kind !== 'word' || verb.cap || verb.lower === 'have') return false;
  return verb.lower !== 'be' || /(ed|en)$/.test(tokens[k + 1]?.lower ?? '');
}

/**
 * "ordered Carlos Menem to appear … in an investigation", "decided to allow X to take part in the elections":
 * a dictionary verb acting on a named target is the clause's act when the lexicon has only nouns after it.
 * Where the lexicon's hits start when they are all nouns, else -1 (no verb comes before them all).
 */
function lexiconNounsFrom(found: readonly TriggerHit[]): number {
  const lexical = found.filter((g) => !isCameo(g));
  return lexical.every((g) => g.t.w === 1) ? (lexical[0]?.from ?? -1) : -1;
}

const isCameo = (f: TriggerHit) => f.t.class?.startsWith('cameo:') === true;

/** "suspended part of a military aid program": how far a pattern's object may stand after the verb. */
const PATTERN_OBJECT_GAP = 6;

function nearAfter(tokens: readonly Token[], word: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (w === word || w === `${word}s` || w === `${word}es`) return true;
  }
  return false;
}

/** "would open coalition talks": a lexicon trigger right after the verb names the happening itself. */
function objectTrigger(found: readonly TriggerHit[], f: TriggerHit): TriggerHit | undefined {
  return found.find((g) => !isCameo(g) && g.from >= f.to && g.from - f.to <= OBJECT_GAP);
}

const OBJECT_GAP = 4;

/** The longest lexicon phrase starting at `k`, recoded by a dictionary pattern that matches its clause. */
function lexiconHitAt(input: EventInputs, k: number, from: number, to: number): TriggerHit | null {
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

const ADDRESSEE_GAP = 2;

/**
 * How far from a dictionary verb its actors, target and pattern words are looked for. News clauses are
 * far shorter; the bound keeps the work per verb constant, so a sentence that never ends (hostile text,
 * a table flattened to one line) costs linear time, not the square of its length.
 */
const DYAD_WINDOW = 40;

/** A CAMEO dictionary verb at `k` with a source actor before it and a target, a pattern or a complement. */
function cameoHitAt(input: EventInputs, k: number, clauseFrom: number, clauseTo: number): TriggerHit | null {
  const { tokens } = input.doc;
  const from = Math.max(clauseFrom, k - DYAD_WINDOW);
  const to = Math.min(clauseTo, k + DYAD_WINDOW);
  // the verb lookup first: it is one map lookup, and most tokens are no dictionary verb
  const form = input.shortQuoted[k] ? null : findCameoForm(tokens, k, to);
  // a source actor first: it is cheap, and most verbs of a text have none in their clause; then whether
  // the word ends an agent phrase ("security forces"), a noun
  if (!form || !hasActorBefore(tokens, input.idx, actorFrom(input, clauseFrom, from), k)) return null;
  if (endsAgentAt(tokens, k)) return null;
  const end = k + form.words.length;
  const commitment = cameoVerbs.commitments.has(form.lemma) ? findCommitment(tokens, end) : null;
  if (commitment) {
    const t: Trigger = { t: form.lemma, type: 'AGREE', w: 2, class: `cameo:${form.lemma}` };
    return { t, from: k, to: end, rule: 'event/commitment', commitment };
  }
  // "said it will withdraw": a reporting verb's patterns read what it reports, which is coded at its own
  // verb; the reporting verb is an event only by its own code ("promised" is CAMEO 030, "said" none)
  const reporting = lexicon.speechVerbs.get(tokens[k]!.lower) === true;
  const coded = reporting ? { ...form, patterns: [], patternsWithoutLiterals: [] } : form;
  const hit = codeCameoForm(tokens, coded, k, from, to);
  if (!hit?.type) return null;
  // "declined to resign", "promised to democratize Serbia": a verb of saying or committing has its
  // complement for object
  const complement =
    tokens[hit.to]?.lower === 'to' &&
    tokens[hit.to + 1]?.kind === 'word' &&
    cameoVerbs.quadrant.get(hit.type)?.startsWith('verbal') === true;
  // "warned that a trough could bring rain": what a reporting verb reports is no target of its own, only
  // the addressee right after it is ("warned Iran")
  const targetTo = reporting ? Math.min(to, hit.to + ADDRESSEE_GAP) : to;
  const target = hasTargetAfter(tokens, input.idx, hit.to, targetTo);
  const t: Trigger = { t: hit.lemma, type: hit.type, w: 2, class: `cameo:${hit.lemma}` };
  // "said they would blockade the capital": an announced act has its object for target
  const intended = recodeByModal(tokens, t, k, from).rule !== null && tokens[hit.to]?.kind === 'word';
  // "sent personnel to investigate the feasibility …": kept only as the purpose of an act before it
  const infinitive = tokens[k - 1]?.lower === 'to' && tokens[hit.to]?.kind === 'word';
  const onlyPurpose = !hit.byPattern && !complement && !target && !intended;
  if (onlyPurpose && !infinitive) return null;
  return {
    t,
    from: k,
    to: hit.to,
    rule: hit.byPattern ? 'event/cameo-pattern' : 'event/cameo-verb',
    patternWords: hit.patternWords,
    patternObject: hit.patternObject,
    negating: form!.negating,
    dyad: hasNamedObject(tokens, input.idx, hit.to, to),
    onlyPurpose,
  };
}

/**
 * "Benin opened its borders …, but was still refusing admittance": a clause opened by "but" or "and" with a verb and
 * no subject shares the subject of the clause before it, so its actor is looked for from the sentence start.
 */
function actorFrom(input: EventInputs, clauseFrom: number, from: number): number {
  const { doc } = input;
  const first = doc.tokens[clauseFrom];
  const next = doc.tokens[clauseFrom + 1];
  if (!/^(but|and)$/.test(first?.lower ?? '') || !next || !AUX_AFTER_AND.test(next.lower)) return from;
  const s = doc.sentences[doc.sentenceOf[clauseFrom]!]!;
  return Math.max(s.from, clauseFrom - DYAD_WINDOW);
}

/** "ordered former president Carlos Menem", "allowed opposition leader X": a name right after a verb, titles between. */
function hasNamedObject(tokens: readonly Token[], idx: MentionIndex, from: number, ct: number): boolean {
  for (let k = from; k < Math.min(ct, from + NAMED_OBJECT_GAP); k++) {
    if (idx.covering(k)) return true;
    const t = tokens[k]!;
    const title = lexicon.titles.has(t.lower);
    if (t.kind !== 'word' || t.cap || (lexicon.common.has(t.lower) && !title)) return false;
  }
  return false;
}

const NAMED_OBJECT_GAP = 4;

/**
 * "lifted the blockade" (CAMEO 0872, RETREAT), "expelled diplomats" (161, SANCTION): a dictionary pattern
 * that matches the clause is more specific than the lexicon's one type for the verb, so its code wins.
 */
function recodeByPattern(
  tokens: readonly Token[],
  h: TriggerHit,
  clauseFrom: number,
  clauseTo: number,
): TriggerHit {
  if (h.t.w < 2 || h.t.keep) return h;
  const cf = Math.max(clauseFrom, h.from - DYAD_WINDOW);
  const ct = Math.min(clauseTo, h.to + DYAD_WINDOW);
  const form = findCameoForm(tokens, h.from, ct);
  const hit = form ? codeCameoForm(tokens, form, h.from, cf, ct) : null;
  if (!hit?.byPattern || !hit.type || hit.type === h.t.type) return h;
  // "peacekeeping troops have arrived" (074): a pattern on who acts puts a happening outside PLOVER inside it
  if (h.t.type === 'OTHER' && hit.patternSubject && !hit.patternHasNoun)
    return { ...h, t: { ...h.t, type: hit.type }, rule: 'event/lexicon-pattern' };
  if (!hit.patternHasNoun) return h;
  // the pattern's words must be the verb's own object, not words further on in the clause
  const end = Math.min(ct, h.to + PATTERN_OBJECT_GAP);
  if (!hit.patternWords.every((w) => nearAfter(tokens, w, h.to, end))) return h;
  // another quadrant is another sense of the verb, read by a loose object match
  const quadrant = cameoVerbs.quadrant;
  if (quadrant.get(hit.type) !== quadrant.get(h.t.type)) return h;
  return { ...h, t: { ...h.t, type: hit.type }, rule: 'event/lexicon-pattern' };
}

/**
 * "offered to hand over", "refused to release": a verb after "to" is the complement of the verb before it,
 * which codes the clause; the words governing a verb recode it ("must withdraw", "will provide").
 */
function recodeHits(
  tokens: readonly Token[],
  hits: TriggerHit[],
  all: readonly TriggerHit[],
  cf: number,
  ct: number,
): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const h of hits) {
    // the nearest act before "to <verb>" governs it, unless the verb is that act's purpose ("summoned … to complain")
    const head =
      h.t.w >= 2 && tokens[h.from - 1]?.lower === 'to'
        ? out.findLast((g) => g.t.w >= 2 && g.to < h.from && h.from - g.to <= HEAD_GAP)
        : undefined;
    const purpose = head !== undefined && isPurposeOf(tokens, head, h, all);
    const governed = head !== undefined && !purpose && h.from - head.to <= COMPLEMENT_GAP;
    if (governed || (h.onlyPurpose && !purpose)) continue;
    // the words governing this trigger stand after the one before it ("would boycott all official contact")
    const prev = out[out.length - 1];
    const r = recodeByModal(tokens, h.t, h.from, Math.max(cf, prev?.to ?? cf));
    const type = r.rule === 'event/intent' && isConditional(tokens, h.to, ct) ? 'THREATEN' : r.type;
    const rule = r.rule ?? (purpose ? 'event/purpose' : h.rule);
    out.push(r.rule || purpose ? { ...h, t: { ...h.t, type }, rule } : h);
  }
  return out;
}

const COMPLEMENT_GAP = 6;
/** How far before "to <verb>" the act it serves or complements is looked for. */
const HEAD_GAP = Math.max(COMPLEMENT_GAP, cameoVerbs.purposeGap);

/** "will withdraw its force unless …": an intent with a condition is a threat. */
function isConditional(tokens: readonly Token[], from: number, ct: number): boolean {
  for (let k = from; k < ct; k++) if (cameoVerbs.conditions.has(tokens[k]!.lower)) return true;
  return false;
}

/** "would boycott", "will strike": a trigger noun right after a modal is used as a verb. */
function asVerb(tokens: readonly Token[], t: Trigger, at: number): Trigger {
  if (t.w !== 1 || t.t.includes(' ')) return t;
  const before = tokens[at - 1]?.lower ?? '';
  return cameoVerbs.futureWords.has(before) || cameoVerbs.demandModals.has(before) ? { ...t, w: 2 } : t;
}

function buildEvent(
  input: EventInputs,
  s: Sentence,
  si: number,
  cf: number,
  ct: number,
  f: TriggerHit,
  dates: DateMention[],
  firstBodyPara: number,
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
  if (rel === 'who' || rel === 'which') {
    const ante = idx.endingAt(tokens[cf - 1]?.text === ',' ? cf - 1 : cf);
    const ok =
      ante &&
      (rel === 'who' ? ante.cluster.type !== 'location' : ante.cluster.type !== 'person' || ante.cluster.iso);
    if (ante && ok) addParticipant(participants, seen, ante.cluster, 'actor');
  }
  for (const m of idx.inRange(cf, ct)) {
    if (inReport && input.reported[m.from] !== 1) continue;
    const isPlace = m.cluster.type === 'location';
    const prep = tokens[m.from - 1]?.lower ?? '';
    if (isPlace && LOCATIVE.has(prep)) {
      location ??= m.cluster;
      if (!m.cluster.iso) continue;
    }
    // "accused Kyiv of …": a city right after the trigger verb stands for its government
    if (isPlace && !m.cluster.iso && !(m.from === f.to && f.t.w >= 2)) continue;
    // "Pakistan's Chief Justice Iftikhar Chaudhry": the country only qualifies the person's title;
    // "Pakistan's military government" acts for the country
    const possessor = isPossessor(tokens, m);
    if (possessor && isPlace && !isGroupNoun(tokens, m.to + 1, ct)) continue;
    addParticipant(participants, seen, m.cluster, m.from < f.from || possessor ? 'actor' : 'target');
  }
  for (let k = cf; k < ct; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (inReport && input.reported[k] !== 1) continue;
    const anti = t.lower.startsWith('anti-');
    const base = anti ? t.lower.slice(5) : t.lower;
    const place =
      (anti ? /^anti-\p{Lu}/u.test(t.text) : t.cap) && (anti || isGroupDemonym(tokens, k, ct, idx))
        ? lexicon.demonym(base)
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
    // "he resigned", "he later resigned", "his resignation": the pronoun right before the trigger stands for
    // the actor when the clause names none
    if (
      (t.lower === 'he' || t.lower === 'she' || t.lower === 'his' || t.lower === 'her') &&
      k < f.from &&
      f.from - k <= 3 &&
      !participants.some((p) => p.role === 'actor') &&
      !(inReport && input.reported[k] !== 1)
    ) {
      const p = idx.lastPersonBefore(k, t.lower);
      if (p) addParticipant(participants, seen, p.cluster, 'actor');
    }
    if ((t.lower === 'him' || t.lower === 'her' || t.lower === 'his') && k > f.from) {
      const p = idx.lastPersonBefore(k, t.lower);
      if (p) addParticipant(participants, seen, p.cluster, 'target');
    }
  }
  const { date, explicit } = dateOf(input, s, cf, ct, f.from, dates, firstBodyPara);
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
    modality: modalityOf(input, s, cf, ct, f.from, f.to),
    sentence: si,
    headline: s.headline,
    anaphoric: false,
    possessive: false,
    relative: false,
    mentions: [{ from: f.from, to: f.to, sentence: si }],
  };
}

function addParticipant(
  list: FoundEvent['participants'],
  seen: Set<Cluster>,
  cluster: Cluster,
  role: 'actor' | 'target',
): void {
  if (seen.has(cluster)) return;
  seen.add(cluster);
  list.push({ cluster, role });
}

/** Event types that are themselves speech acts: the speaker of a report is their actor. */
const SPEECH_TYPES = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'THREATEN', 'SUPPORT', 'AGREE', 'CONCEDE']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** "X said (that) it was cooperating": the reported clause's subject is the speaker. */
function speakerIsSubject(input: EventInputs, at: number): boolean {
  const { tokens } = input.doc;
  let k = at;
  for (let n = 0; k > 0 && input.reported[k - 1] === 1 && n < 400; n++) k--;
  if (tokens[k]?.lower === 'that') k++;
  return SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '');
}

/** "Pakistan's military government": a group acting for the country within the next few words. */
function isGroupNoun(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 3); j++) {
    if (GROUP_NOUNS.has(tokens[j]!.lower)) return true;
    if (tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

function isPossessor(tokens: readonly Token[], m: MentionSpan): boolean {
  return isPossessiveMark(tokens[m.to]);
}

/** Nouns for people acting for a country: "Indian authorities", "Pakistani military leaders". */
const GROUP_NOUNS = new Set([
  'officials',
  'official',
  'authorities',
  'government',
  'governments',
  'army',
  'troops',
  'forces',
  'military',
  'leaders',
  'leadership',
  'police',
  'soldiers',
  'diplomats',
  'delegation',
  'delegations',
  'negotiators',
  'side',
  'sides',
  'security',
  'intelligence',
  'navy',
  'officers',
  'ministers',
  'lawmakers',
  'regime',
  'administration',
  'nationals',
  'citizens',
  'counterparts',
  'counterpart',
  'envoys',
  'envoy',
  'warplanes',
  'jets',
  'guards',
]);

/**
 * A demonym stands for its country when it names a group acting for it ("Indian officials", "Indian and
 * Pakistani officials", "Indians"), not inside a person's title ("Former Pakistani Prime Minister Benazir
 * Bhutto") or before a thing ("the Indian run bus").
 */
function isGroupDemonym(tokens: readonly Token[], k: number, end: number, idx: MentionIndex): boolean {
  const m = idx.covering(k);
  if (m && m.cluster.type === 'person') return false;
  if (/s$/.test(tokens[k]!.lower) && !/(ese|ss)$/.test(tokens[k]!.lower)) return true;
  for (let j = k + 1; j < Math.min(end, k + 5); j++) {
    const t = tokens[j]!;
    if (GROUP_NOUNS.has(t.lower)) return true;
    // "Indian and Pakistani officials", "hardline Pakistani military leaders"
    if (t.lower === 'and' || t.lower === ',' || (t.cap && lexicon.demonym(t.lower))) continue;
    if (t.kind !== 'word' || t.cap || j > k + 2) return false;
  }
  return false;
}

function dateOf(
  input: EventInputs,
  s: Sentence,
  cf: number,
  ct: number,
  trigger: number,
  allDates: DateMention[],
  firstBodyPara: number,
): { date: string | null; explicit: boolean } {
  const { tokens } = input.doc;
  // "declared an emergency and flew to the region on Sunday": a date after a second predicate is its own
  const second = secondPredicate(tokens, trigger, s.to);
  const dates = second > 0 ? allDates.filter((d) => d.from < second) : allDates;
  const inClause = dates.filter((d) => d.from >= cf && d.from < ct);
  // several dates in one clause: a date set off before the trigger by a comma belongs to an aside
  // ("who led the town from 2015 to 2021, was convicted last Thursday"), the one after the trigger wins
  let pick = inClause[0];
  const after = inClause.find((d) => d.from > trigger);
  if (pick && after && pick.to <= trigger && commaBetween(tokens, pick.to, trigger)) pick = after;
  if (pick) return { date: pick.edtf, explicit: true };
  // "since Friday when he was removed": the when-clause happened at that point
  const before = dates.filter((d) => d.to <= cf && d.to >= cf - 1);
  const sinceDate = before[before.length - 1];
  if (sinceDate && tokens[cf]?.lower === 'when') return { date: sinceDate.point, explicit: true };
  const inSentence = dates.filter((d) => d.from < cf || d.from >= ct);
  if (inSentence.length === 1 && !inSentence[0]!.since && Math.abs(inSentence[0]!.from - trigger) < 25) {
    return { date: inSentence[0]!.edtf, explicit: true };
  }
  if (!input.published) return { date: null, explicit: false };
  // Undated events of the lede are the news of the day; later undated ones are background, and so is
  // an event named only as the anchor of another ("after the resignation").
  if (/^(after|before|following|since|until)$/.test(tokens[cf]?.lower ?? ''))
    return { date: null, explicit: false };
  for (let k = cf; k < trigger; k++) {
    const t = tokens[k]!;
    if (t.lower === 'had' || isVagueTime(t)) return { date: null, explicit: false };
  }
  const lede = s.para <= firstBodyPara + 1 || s.headline;
  return { date: lede ? input.published : null, explicit: false };
}

function modalityOf(
  input: EventInputs,
  s: Sentence,
  cf: number,
  ct: number,
  tf: number,
  tt: number,
): Modality {
  const { tokens } = input.doc;
  let hypothetical = false;
  let negated = false;
  let planned = false;
  let alleged = false;
  let reported = input.reported[tf] === 1;
  for (let k = Math.max(s.from, cf - 1); k < tf; k++) {
    const w = tokens[k]!.lower;
    const m = modalsOf(tokens[k]!);
    // "said she would open talks": "would" of reported speech is the future of the past, a plan
    if ((m & HYPOTHETICAL) !== 0 && !(w === 'would' && reportedFuture(tokens, k))) hypothetical = true;
    else if (w === 'would') planned = true;
    if ((m & NEGATED) !== 0 && tf - k <= 5) negated = true;
    if (m & PLANNED) planned = true;
    if (m & ALLEGED) alleged = true;
    if (m & REPORTED) reported = true;
  }
  if (tokens[s.from]?.lower === 'if') hypothetical = true;
  for (let k = Math.max(cf, tf - 3); k < tf; k++)
    if (modalsOf(tokens[k]!) & HYPOTHETICAL_NEAR) hypothetical = true;
  for (let k = tt; k < ct; k++) {
    const w = tokens[k]!.lower;
    if (w === 'imminent') planned = true;
  }
  // a noun trigger as subject of a modal: "the deal (if put back on the table) will be a tough sell"
  for (let k = tt; k < Math.min(ct, tt + 3); k++) {
    const w = tokens[k]!.lower;
    if (w === ',' || (tokens[k]!.kind === 'word' && !modal.hypothetical.has(w) && w !== '(' && k > tt + 1))
      break;
    if (modal.hypothetical.has(w)) hypothetical = true;
  }
  for (let k = cf; k < ct; k++)
    if (tokens[k]!.lower === 'reportedly' || tokens[k]!.lower === 'allegedly') {
      if (tokens[k]!.lower === 'reportedly') reported = true;
      else alleged = true;
    }
  if (negated) return 'negated';
  if (hypothetical) return 'hypothetical';
  if (planned) return 'planned';
  if (alleged) return 'alleged';
  if (reported) return 'reported';
  return 'asserted';
}

const SECOND_VERB =
  /^(is|are|was|were|has|have|had|will|did|flew|went|met|left|took|gave|made|said|told|came|began|spoke|sent)$/;

/** Start of "and <verb> …" after the trigger within the clause (a second predicate of the subject), or -1. */
function secondPredicate(tokens: readonly Token[], trigger: number, ct: number): number {
  for (let k = trigger + 1; k < Math.min(ct, trigger + 30); k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const v = tokens[k + 1];
    if (v && !v.cap && v.kind === 'word' && (SECOND_VERB.test(v.lower) || /[a-z]{3}ed$/.test(v.lower)))
      return k;
  }
  return -1;
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 40); k++) if (tokens[k]!.text === ',') return true;
  return false;
}

const REPORTING = /^(said|says|told|announced|added|stated|promised|pledged|vowed|confirmed)$/;

/** "X said (that) she would …": a subject pronoun or name right after a reporting verb. */
function reportedFuture(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > k - 4 && j >= 0 && (tokens[j]!.cap || /^(he|she|it|they|we|i)$/.test(tokens[j]!.lower))) j--;
  if (j === k - 1) return false;
  if (tokens[j]?.lower === 'that') j--;
  return REPORTING.test(tokens[j]?.lower ?? '');
}

/** Clause boundaries: semicolons, colons, dashes, and commas or words that open a subordinate clause. */
function splitClauses(tokens: readonly Token[], s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let start = s.from;
  for (let k = s.from + 1; k < s.to; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    let cut = -1;
    // marks and words cut in different ways: a mark needs no word lookup
    if (t.kind === 'punct') {
      if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') cut = k;
      else if (t.text === ',' && tokens[k + 1] && SPLIT_BEFORE.has(tokens[k + 1]!.lower)) cut = k;
    } else if (SPLIT_BEFORE.has(w) && k - start > 2) cut = k;
    else if (w === 'according' && tokens[k + 1]?.lower === 'to') cut = k;
    else if (w === 'and' && AUX_AFTER_AND.test(tokens[k + 1]?.lower ?? '') && k - start > 2) cut = k;
    if (cut < 0) continue;
    if (cut > start) out.push([start, cut]);
    start = t.kind === 'punct' ? cut + 1 : cut;
  }
  if (s.to > start) out.push([start, s.to]);
  return out;
}

function trimSpan(tokens: readonly Token[], from: number, to: number): { from: number; to: number } {
  let a = from;
  let b = to;
  while (a < b - 1 && tokens[a]!.kind === 'punct' && !/^["“‘']$/.test(tokens[a]!.text)) a++;
  while (b > a + 1 && tokens[b - 1]!.kind === 'punct' && !/^["”’']$/.test(tokens[b - 1]!.text)) b--;
  return { from: a, to: b };
}

/**
 * Later mentions of the same happening join the first: a definite noun ("the attack"), a definite subject
 * ("The attempt ultimately failed"), or a headline restating a body event.
 */
function mergeMentions(doc: Doc, events: FoundEvent[]): FoundEvent[] {
  const { tokens } = doc;
  const out: FoundEvent[] = [];
  const lastOfClass = new Map<string, FoundEvent>();
  const join = (into: FoundEvent, e: FoundEvent) => {
    into.spans.push(...e.spans);
    into.mentions.push(...e.mentions);
    if (!into.explicitDate && e.explicitDate) {
      into.date = e.date;
      into.explicitDate = true;
    }
    for (const p of e.participants)
      if (!into.participants.some((q) => q.cluster === p.cluster)) into.participants.push(p);
    into.location ??= e.location;
  };
  const firstOfClass = new Map<string, FoundEvent>();
  for (const e of events) {
    if (!e.headline && !firstOfClass.has(e.eventClass) && isFactual(e)) firstOfClass.set(e.eventClass, e);
  }
  for (const e of events) {
    if (e.headline) {
      const body = firstOfClass.get(e.eventClass);
      if (body && body !== e) {
        body.spans.push(...e.spans);
        body.mentions.push(...e.mentions);
        continue;
      }
    }
    const last = out[out.length - 1];
    // "a bombing which killed …": the relative clause restates the event of its sentence
    if (last && e.relative && last.sentence === e.sentence && last.type === e.type && isFactual(e)) {
      join(last, e);
      continue;
    }
    const prev = lastOfClass.get(e.eventClass);
    const dateAgrees = !e.explicitDate || e.date === prev?.date || !prev?.explicitDate;
    const anaphoric =
      e.anaphoric ||
      isAnaphoric(tokens, e) ||
      (e.possessive && prev !== undefined && e.sentence - prev.sentence <= 2);
    if (prev && isFactual(prev) && isFactual(e) && anaphoric && dateAgrees) {
      join(prev, e);
      continue;
    }
    out.push(e);
    if (isFactual(e)) lastOfClass.set(e.eventClass, e);
  }
  return out;
}

function isFactual(e: FoundEvent): boolean {
  return e.modality !== 'hypothetical' && e.modality !== 'negated';
}

/** A definite article before a trigger (adjectives allowed, names not), or "was a …" (predicate noun). */
function isAnaphoricAt(tokens: readonly Token[], at: number, clauseFrom: number, weight: number): boolean {
  if (weight >= 2) return false;
  for (let k = at - 1; k >= Math.max(clauseFrom, at - 4); k--) {
    const t = tokens[k]!;
    if (DEFINITE.has(t.lower)) return true;
    if (
      (t.lower === 'a' || t.lower === 'an') &&
      /^(be|was|is|were|are|been)$/.test(tokens[k - 1]?.lower ?? '')
    )
      return true;
    if (t.cap || t.kind !== 'word' || t.lower === 'a' || t.lower === 'an') break;
  }
  return false;
}

function isPossessed(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k]!;
    if (isPossessiveMark(t) || /^(his|her|its|their)$/.test(t.lower)) return true;
    if (t.kind !== 'word' || t.cap) break;
  }
  return false;
}

function isAnaphoric(tokens: readonly Token[], e: FoundEvent): boolean {
  // a definite subject at the start of the clause: "The talks fizzled out", "The attempt ultimately failed"
  const first = tokens[e.spans[0]!.from]!;
  if (DEFINITE.has(first.lower) && e.trigger.w >= 2) {
    for (let k = e.spans[0]!.from + 1; k < e.triggerFrom; k++) if (tokens[k]!.cap) return false;
    return true;
  }
  return false;
}

function firstBodyParagraph(doc: Doc): number {
  for (const s of doc.sentences) if (!s.headline) return s.para;
  return 0;
}

function isDateOnly(doc: Doc, s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'word' && !lexicon.weekdays.has(t.lower) && !lexicon.months.has(t.lower)) return false;
  }
  return true;
}
