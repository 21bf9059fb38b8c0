import type { MentionIndex } from '../../entity/mention-index.js';
import { lexicon, participantWords, type Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { findCommitment } from '../cameo/code-commitment.js';
import { recodeByModal } from '../cameo/combine-intent.js';
import { endsAgentAt, hasActorBefore, hasTargetAfter } from '../cameo/find-actor.js';
import { codeCameoForm, findCameoForm } from '../cameo/match-cameo-verb.js';
import { cameoVerbs } from '../cameo/read-cameo-verbs.js';
import type { EventInputs } from '../found-event.js';
import { DYAD_WINDOW, type TriggerHit } from '../trigger-hit.js';

const ADDRESSEE_GAP = 2;

/** A CAMEO dictionary verb at `k` with a source actor before it and a target, a pattern or a complement. */
export function cameoHitAt(
  input: EventInputs,
  k: number,
  clauseFrom: number,
  clauseTo: number,
): TriggerHit | null {
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
  // ("asked the board to delay the vote": after a short object)
  const complement =
    cameoVerbs.quadrant.get(hit.type)?.startsWith('verbal') === true && complementAfter(tokens, hit.to, to);
  // "warned that a trough could bring rain": what a reporting verb reports is no target of its own, only
  // the addressee right after it is ("warned Iran")
  const targetTo = reporting ? Math.min(to, hit.to + ADDRESSEE_GAP) : to;
  // "fined him", "arrested them": a personal pronoun right after the verb stands for its target
  const target =
    hasTargetAfter(tokens, input.idx, hit.to, targetTo) ||
    cameoVerbs.personObjects.has(tokens[hit.to]?.lower ?? '');
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

/** How many words of an object may stand between a verb of saying and its "to" complement. */
const COMPLEMENT_OBJECT = 4;

/**
 * "to" and a word after the verb ending at k: right after it, or after a short object that opens with a
 * determiner, an object pronoun or a name ("asked the board to delay …"; not "voted seven to two", "asking
 * not to be identified", "decree that requires charities to …").
 */
function complementAfter(tokens: readonly Token[], k: number, to: number): boolean {
  if (tokens[k]?.lower === 'to') return tokens[k + 1]?.kind === 'word';
  const first = tokens[k];
  if (!first || !(first.cap || cameoVerbs.objectOpeners.has(first.lower))) return false;
  for (let j = k + 1; j < Math.min(to, k + COMPLEMENT_OBJECT + 1); j++) {
    const t = tokens[j]!;
    if (t.lower === 'to') return tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/**
 * "Benin opened its borders …, but was still refusing admittance": a clause opened by "but" or "and" with a verb and
 * no subject shares the subject of the clause before it, so its actor is looked for from the sentence start.
 */
function actorFrom(input: EventInputs, clauseFrom: number, from: number): number {
  const { doc } = input;
  const first = doc.tokens[clauseFrom];
  const next = doc.tokens[clauseFrom + 1];
  if (
    !lexicon.clauseConjunctions.has(first?.lower ?? '') ||
    !next ||
    !participantWords.auxiliariesAfterAnd.has(next.lower)
  )
    return from;
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
