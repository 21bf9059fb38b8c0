import type { Trigger } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { findCameoForm } from './match-cameo-verb.js';
import { cameoVerbs, ploverType } from './read-cameo-verbs.js';

/** The parts of a trigger hit these rules read. */
interface Hit {
  t: Trigger;
  from: number;
  to: number;
}

/** "dismissed an appeal from the president": how many words after the verb its object may end. */
const OBJECT_WORDS = 4;

/**
 * "dismissed an appeal", "dismissed the offer": an object that the dictionary's refusing verbs reject
 * (CAMEO 12) among the next few words, before any mark that ends the phrase.
 */
export function rejectsObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + OBJECT_WORDS); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && !/^['’]s?$/.test(t.text)) return false;
    if (cameoVerbs.rejectedObjects.has(t.lower)) return true;
  }
  return false;
}

/** "failed to reach an agreement": how far after "to" the failed act may stand. */
const FAILED_ACT_GAP = 4;

/**
 * "failed to reach agreement", "failed to agree": a failure whose "to" complement is a cooperative act
 * refuses it (CAMEO 12, REJECT), as a negated intent does. `all` are the clause's hits, nouns included;
 * the act is the first of them within a few words of "to", else the dictionary verb right after it.
 */
export function failsCooperation(tokens: readonly Token[], f: Hit, all: readonly Hit[], ct: number): boolean {
  if (!cameoVerbs.failures.has(f.t.t) || tokens[f.to]?.lower !== 'to') return false;
  const act = all.find((g) => g.from > f.to && g.from - f.to <= FAILED_ACT_GAP);
  // no trigger there: the dictionary's code of the verb after "to" ("failed to agree a budget")
  const form = act ? null : findCameoForm(tokens, f.to + 1, ct);
  const type = act ? act.t.type : form ? ploverType(form.cameo) : null;
  return type !== null && cameoVerbs.cooperative.has(type);
}

/**
 * "summoned the ambassador to complain of …", "sent personnel to Bosnia to investigate …": a verb after
 * "to" that follows a meeting, moving or sending act is that act's purpose, an event of its own when it
 * is an act of speech or protest, not a complement the act governs ("refused to release", "urged X to
 * support") nor an aim ("launched a program to encourage interest in science").
 */
export function isPurposeOf(tokens: readonly Token[], head: Hit, h: Hit, all: readonly Hit[]): boolean {
  if (!isPurposeHead(head) || !cameoVerbs.purposeActs.has(h.t.type) || tokens[h.from - 1]?.lower !== 'to')
    return false;
  if (h.from <= head.to || h.from - head.to > cameoVerbs.purposeGap) return false;
  // "met with members and urged them to back the package": a verb of another kind between governs it
  return !all.some((g) => g.t.w >= 2 && g.from >= head.to && g.to < h.from && !isPurposeHead(g));
}

function isPurposeHead(g: Hit): boolean {
  return cameoVerbs.purposeHeads.has(g.t.type) && !cameoVerbs.failures.has(g.t.t);
}

/**
 * Whether a lexicon trigger is the noun a dictionary pattern's object slot names: "talks" of "halt talks"
 * for the trigger "talks with", "ceasefire" of "violate &ceasefire" (a synset), a regular plural of either.
 */
export function namesPatternObject(slot: readonly string[] | undefined, trigger: Trigger): boolean {
  if (!slot || slot.length === 0) return false;
  const head = slot[slot.length - 1]!;
  const words = trigger.t.split(' ');
  if (head.startsWith('&')) return words.some((w) => cameoVerbs.synsets.get(head)?.has(w) === true);
  return words.some((w) => w === head || w === `${head}s` || w === `${head}es`);
}

/**
 * "accused the government of rigging the election", "criticized Japan for visiting the shrine": a trigger
 * in the ground of an accusing verb (after "of", "for", "with" within a few words) is what the accusation
 * blames, not a happening of its own.
 */
export function isAccusedAct(tokens: readonly Token[], h: Hit, all: readonly Hit[]): boolean {
  const { types, prepositions, gap } = cameoVerbs.grounds;
  return all.some((g) => {
    if (g.t.w < 2 || !types.has(g.t.type) || g.to > h.from || h.from - g.to > gap) return false;
    for (let k = g.to; k < h.from; k++) if (prepositions.has(tokens[k]!.lower)) return true;
    return false;
  });
}
