import type { Token } from '../text/tokenize.js';
import { wordBits } from '../text/word-facts.js';
import { isAccusedAct, namesPatternObject } from './cameo/clause-acts.js';
import { recodeByModal } from './cameo/combine-intent.js';
import { cameoVerbs } from './cameo/read-cameo-verbs.js';
import type { EventInputs } from './found-event.js';
import { byAidOffered } from './rules/aid-offered.js';
import { cameoHitAt } from './rules/cameo-verb.js';
import { codeCommitments } from './rules/commitment.js';
import { denialHitAt } from './rules/denial.js';
import { evaluationHitAt } from './rules/evaluation.js';
import { failsCooperation } from './rules/failed-cooperation.js';
import { lexiconHitAt, phrasesByFirstWord } from './rules/lexicon.js';
import { addDemands } from './rules/modal-demand.js';
import { byNaturalForce } from './rules/natural-force.js';
import { needHitAt } from './rules/need.js';
import { namesNoAct } from './rules/no-act.js';
import { promiseHitAt } from './rules/promise.js';
import { isPurposeOf } from './rules/purpose.js';
import { addScheduled } from './rules/scheduled.js';
import { isScoreResult } from './rules/score-result.js';
import { speechActWords } from './rules/speech-act-words.js';
import { ultimatumHitAt } from './rules/ultimatum.js';
import { warningHitAt } from './rules/warning.js';
import { isMonthName } from './time-words.js';
import { isCameo, type TriggerHit } from './trigger-hit.js';

/*
 * The trigger rules a word can start, as bits: each rule's first test is whether the word is in its list
 * (lexiconHitAt a lexicon phrase's first word, cameoHitAt a dictionary verb form's, the speech-act rules their
 * verbs and predicates), and it finds nothing otherwise. One slot read per token tells which rules to ask
 * (most words: none), instead of a lookup in each rule's list.
 */
const LEXICON = 1;
const EVALUATION = 2;
const NEED = 4;
const DENIAL = 8;
const CAMEO = 16;
const PROMISE = 32;
const WARNING = 64;
const ULTIMATUM = 128;
const rulesAt = wordBits([
  (w) => phrasesByFirstWord.has(w),
  (w) => speechActWords.namingVerbs.has(w),
  (w) => speechActWords.needPredicates.has(w) || speechActWords.time.has(w),
  (w) => speechActWords.denials.has(w),
  (w) => cameoVerbs.byFirstWord.has(w),
  (w) => speechActWords.promises.has(w),
  (w) => speechActWords.warnings.has(w),
  (w) => speechActWords.ultimatums.has(w),
]);

/**
 * The triggers of clause [from, to): `kept` are the ones that name events, coded by the words around them;
 * `all` are every trigger found (a definite one among them makes its event a mention of an earlier one).
 */
export function triggersIn(
  input: EventInputs,
  from: number,
  to: number,
): { kept: TriggerHit[]; all: TriggerHit[] } {
  const { tokens } = input.doc;
  const found: TriggerHit[] = [];
  for (let k = from; k < to; k++) {
    // most words start no trigger of any rule: one slot read rules them all out
    const rules = input.quoted[k] ? 0 : rulesAt(tokens[k]!);
    if (rules === 0) continue;
    // a capitalised word inside a name is not a trigger ("Bureau of Investigation", "Relief Fund")
    // (nor one after another capitalised word outside the headline: "Minister for Foreign Affairs and East
    // African Cooperation Joseph …", a title's portfolio)
    if (tokens[k]!.cap && k > from && (input.idx.covering(k) || inCapitalRun(input, k))) continue;
    // "BRUSSELS, March 12": a capitalised month name is the month, not a march
    if (isMonthName(tokens[k]!)) continue;
    // a naming verb with a judgement ("called the ruling dangerous") is read before the dictionary's "call",
    // a warning of what the speaker's side would do before the dictionary's "warn" (which gives way to a lexicon
    // noun in the clause: "warned that X would retaliate against any further attack");
    // a promise without a "to" complement only where no dictionary pattern codes the verb
    const hit =
      ((rules & LEXICON) !== 0 ? lexiconHitAt(input, k, from, to) : null) ??
      ((rules & EVALUATION) !== 0 ? evaluationHitAt(input, k, from, to) : null) ??
      ((rules & NEED) !== 0 ? needHitAt(input, k, from, to) : null) ??
      ((rules & DENIAL) !== 0 ? denialHitAt(input, k, from, to) : null) ??
      ((rules & WARNING) !== 0 ? warningHitAt(input, k, from, to) : null) ??
      ((rules & ULTIMATUM) !== 0 ? ultimatumHitAt(input, k, from, to) : null) ??
      ((rules & CAMEO) !== 0 ? cameoHitAt(input, k, from, to) : null) ??
      ((rules & PROMISE) !== 0 ? promiseHitAt(input, k, from, to) : null);
    if (!hit) continue;
    k = hit.to - 1;
    // "won a corner kick", "with attacking style", "holding a copy": a sense that names no act
    if (namesNoAct(input, hit, from, to)) continue;
    found.push(byAidOffered(input.doc, byNaturalForce(input.doc, hit, from), to));
  }
  // most clauses have no trigger: only a modal demand can add one
  if (found.length === 0)
    return { kept: addScheduled(input, addDemands(input, found, from, to), from, to), all: found };
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
    // "ceasefire talks", "bomb attack": a noun right before another trigger noun modifies it
    const next = found[i + 1];
    if (f.t.w === 1 && next !== undefined && next.from === f.to && next.t.w === 1) return false;
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
    .map((f) => {
      if (failsCooperation(tokens, f, found, to))
        return { ...f, t: { ...f.t, type: 'REJECT' }, rule: 'event/failed-cooperation' as const };
      // "defeated South Korea 1 – 0": a contest's result
      if (isScoreResult(tokens, f, to))
        return { ...f, t: { ...f.t, type: 'OTHER' }, rule: 'event/score-result' as const };
      return f;
    });
  const acts = addDemands(input, recodeHits(tokens, coded, found, from, to), from, to);
  return { kept: addScheduled(input, acts, from, to), all: found };
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

/** "would open coalition talks": a lexicon trigger right after the verb names the happening itself. */
function objectTrigger(found: readonly TriggerHit[], f: TriggerHit): TriggerHit | undefined {
  return found.find((g) => !isCameo(g) && g.from >= f.to && g.from - f.to <= OBJECT_GAP);
}

const OBJECT_GAP = 4;

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

/** A capitalised word after another one in a sentence of the body (not a Title Case headline). */
function inCapitalRun(input: EventInputs, k: number): boolean {
  const prev = input.doc.tokens[k - 1]!;
  return prev.cap && prev.kind === 'word' && !input.doc.sentences[input.doc.sentenceOf[k]!]!.headline;
}
