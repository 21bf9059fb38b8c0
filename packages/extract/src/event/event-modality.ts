import { lexicon, participantWords } from '../lexicon/load-lexicons.js';
import type { Sentence } from '../text/segment.js';
import { isPossessiveMark, type Token } from '../text/tokenize.js';
import { wordBits } from '../text/word-facts.js';
import { isBodyNoun } from './event-anaphora.js';
import type { EventInputs, Modality } from './found-event.js';
import { isMonthName } from './time-words.js';

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
const modalsOf = wordBits([
  (w) => modal.hypothetical.has(w),
  (w) => modal.negated.has(w),
  (w) => modal.planned.has(w),
  (w) => modal.alleged.has(w),
  (w) => modal.reported.has(w),
  (w) => modal.hypotheticalNear.has(w),
]);

/** How an event is stated: negated, hypothetical, planned, alleged, reported or asserted (in that precedence). */
export function modalityOf(
  input: EventInputs,
  s: Sentence,
  cf: number,
  ct: number,
  tf: number,
  tt: number,
  verb = false,
): Modality {
  const { tokens } = input.doc;
  let hypothetical = false;
  let negated = false;
  let planned = false;
  let alleged = false;
  let reported = input.reported[tf] === 1;
  for (let k = Math.max(s.from, cf - 1); k < tf; k++) {
    const w = tokens[k]!.lower;
    // "NAIROBI, May 2": the month, not the modal
    const m = isMonthName(tokens[k]!) ? 0 : modalsOf(tokens[k]!);
    // "said she would open talks": "would" of reported speech is the future of the past, a plan
    if ((m & HYPOTHETICAL) !== 0 && !(w === 'would' && reportedFuture(tokens, k))) hypothetical = true;
    else if (w === 'would') planned = true;
    if ((m & NEGATED) !== 0 && tf - k <= 5) negated = true;
    if (m & PLANNED) planned = true;
    if (m & ALLEGED) alleged = true;
    if (m & REPORTED) reported = true;
  }
  // ("would appeal", "will provide": a trigger phrase that holds its own modal states a plan, reported or
  // not; a condition in the clause makes it hypothetical below. Not its "not" of "pleaded not guilty")
  for (let k = tf; k < tt; k++)
    if (tokens[k]!.lower === 'would' || (modalsOf(tokens[k]!) & PLANNED) !== 0) planned = true;
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
    const modalWord = (modalsOf(tokens[k]!) & HYPOTHETICAL) !== 0;
    // ("warned that Kyrgyzstan would respond": "that" opens a verb's complement, whose modal is not the trigger's;
    // "a deal that would create …" is still a deal proposed)
    if (
      w === ',' ||
      (verb && w === 'that') ||
      (tokens[k]!.kind === 'word' && !modalWord && w !== '(' && k > tt + 1)
    )
      break;
    if (modalWord && !isMonthName(tokens[k]!)) hypothetical = true;
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

const REPORTING = participantWords.futureReportingVerbs;

/**
 * "X said (that) she would …", "said the United States would …", "told reporters the ministry would …": a
 * subject (a pronoun, a name or a short noun phrase, no conditional) right after a reporting verb.
 */
function reportedFuture(tokens: readonly Token[], k: number): boolean {
  // ("said it had suspended all contracts and would cooperate fully": a second predicate of the report)
  if (lexicon.clauseConjunctions.has(tokens[k - 1]?.lower ?? '')) return reportedBefore(tokens, k - 1);
  let j = k - 1;
  let actor = false;
  while (j > k - 1 - SUBJECT_WORDS && j >= 0 && isSubjectWord(tokens[j]!)) {
    actor ||= namesActor(tokens[j]!);
    j--;
  }
  // ("said the data would help …": a subject that names nobody who acts makes a forecast, not a plan)
  if (j === k - 1 || !actor) return false;
  if (tokens[j]?.lower === 'that') j--;
  // ("told reporters the ministry would …": the addressee of "told")
  if (ADDRESSEES.has(tokens[j]?.lower ?? '')) j--;
  return REPORTING.has(tokens[j]?.lower ?? '');
}

/** How far back the reporting verb of a conjoined "… and would …" may stand. */
const CONJOINED_REACH = 40;

/** A reporting verb before k in its sentence ("Sumapaz said it 'deeply regrets' the accident and"). */
function reportedBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - CONJOINED_REACH); j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.text)) return false;
    if (REPORTING.has(t.lower)) return true;
  }
  return false;
}

const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** A name, a subject pronoun or a word for a body ("the ministry", "the union"): somebody who can plan an act. */
function namesActor(t: Token): boolean {
  return t.cap || participantWords.subjectPronouns.has(t.lower) || isBodyNoun(t);
}

/** How many words the subject of a reported "would" may have ("the country's energy regulator"). */
const SUBJECT_WORDS = 6;

/** A word of a reported clause's subject: no mark but a possessive, no conditional or clause word. */
function isSubjectWord(t: Token): boolean {
  if (isPossessiveMark(t)) return true;
  return t.kind === 'word' && !NOT_SUBJECT.has(t.lower) && !REPORTING.has(t.lower);
}

/** "told reporters …": who a reporting verb addresses, before the reported clause's subject. */
const ADDRESSEES = new Set(['reporters', 'journalists']);

const NOT_SUBJECT = new Set(['if', 'unless', 'when', 'whether', 'and', 'but', 'or', 'that', ...ADDRESSEES]);
