import { isQuoteMark, type Token } from '../../text/tokenize.js';
import { wordBits, wordFact } from '../../text/word-facts.js';
import { cameoVerbs, isPluralOf, ploverType, type VerbForm } from './read-cameo-verbs.js';

/** A CAMEO verb found at a token, with the code its best pattern (or the verb itself) gives. */
export interface CameoHit {
  from: number;
  to: number;
  lemma: string;
  cameo: string | null;
  type: string | null;
  /** True when a pattern (object, preposition, subject) set the code. */
  byPattern: boolean;
  /** The plain words of that pattern ("curfew" of "ease curfew"). */
  patternWords: readonly string[];
  /** Whether that pattern names a noun (an object), not only a preposition ("praise … to"). */
  patternHasNoun: boolean;
  /** That pattern's object slot, words and &synsets ("&ceasefire" of "violate &ceasefire"). */
  patternObject: readonly string[];
  /** Whether that pattern names who acts, before the verb ("&pko &military arrive"). */
  patternSubject: boolean;
}

const OBJECT_WINDOW = 6;
const NO_LITERALS: readonly string[] = [];
const PREP_WINDOW = 8;
/** Divides an object's distance from the verb into a tie-break below one matched word. */
const HEAD_WEIGHT = 100;

/** The CAMEO verb form at token `k` (before `ct`), or null (none, a noun use: "the attack", a passive). */
export function findCameoForm(tokens: readonly Token[], k: number, ct: number): VerbForm | null {
  const list = verbForms(tokens[k]!);
  const before = tokens[k - 1];
  if (!list || (before !== undefined && isNounMarker(before))) return null;
  // "by phone", "for talk on": after a preposition only a gerund is a verb
  if (before !== undefined && isNounPreposition(before) && !endsIn(tokens[k]!, ING)) return null;
  // "accepted demands", "rejected calls for": a word in -s right after a past verb is its object, a noun
  if (before?.kind === 'word' && endsIn(before, ED) && endsIn(tokens[k]!, S)) return null;
  // "is well respected by", "was torn": a passive or a predicate adjective has no acting subject;
  // "is providing", "has been holding" are progressive, with one
  const beforeThat = tokens[k - 2];
  const afterBe = (before !== undefined && isBe(before)) || (beforeThat !== undefined && isBe(beforeThat));
  if (afterBe && !endsIn(tokens[k]!, ING)) return null;
  if (isNounUse(tokens, k)) return null;
  // every form of the list is filed under the word at k, its first word: only the words after it are compared
  if (k >= ct) return null;
  for (const f of list) if (restAt(tokens, f.words, k, ct)) return f;
  return null;
}

const S = 1;
const ED = 2;
const ING = 4;
/**
 * Whether a word ends in "-s", "-ed" or "-ing", as bits (a word fact: the tests of a verb form's inflection
 * run for every dictionary verb form of a text, several times each).
 */
const inflection = wordBits([(w) => w.endsWith('s'), (w) => w.endsWith('ed'), (w) => w.endsWith('ing')]);

/** Whether a word ends in one of the endings `of` (bits of S, ED, ING). */
function endsIn(t: Token, of: number): boolean {
  return (inflection(t) & of) !== 0;
}

/** The dictionary's verb forms that start with a word, longest first (null: none). */
const verbForms = wordFact((w) => cameoVerbs.byFirstWord.get(w) ?? null);
/** "the", "his", "'s": words before a verb form that make it a noun (data/event-verbs-extra.json#noun_markers). */
export const isNounMarker = wordFact((w) => cameoVerbs.nounMarkers.has(w));
const isNounPreposition = wordFact((w) => cameoVerbs.nounPrepositions.has(w));
const isBe = wordFact((w) => cameoVerbs.be.has(w));
/** The pattern literals a word stands for (itself, or the noun it is the regular plural of). */
const patternLiterals = wordFact((w): readonly string[] => cameoVerbs.literalsByWord.get(w) ?? NO_LITERALS);

/**
 * Whether the words of a phrase filed under the word at k (its first word; k < ct) stand at tokens k + 1, …
 * before `ct` (a loop: closures per token cost time).
 */
function restAt(tokens: readonly Token[], words: readonly string[], k: number, ct: number): boolean {
  for (let j = 1; j < words.length; j++) if (k + j >= ct || tokens[k + j]!.lower !== words[j]) return false;
  return true;
}

/** The code a verb form takes in its clause [cf, ct): its best pattern's, else its own. */
export function codeCameoForm(
  tokens: readonly Token[],
  form: VerbForm,
  k: number,
  cf: number,
  ct: number,
): CameoHit | null {
  const to = k + form.words.length;
  const best = bestPattern(tokens, form, k, to, cf, ct);
  if (!best && form.patternOnly) return null;
  const cameo = best ? best.cameo : form.cameo;
  return {
    from: k,
    to,
    lemma: form.lemma,
    cameo,
    type: !best && form.bareOther ? 'OTHER' : ploverType(cameo),
    byPattern: best !== null,
    patternWords: best?.literals ?? [],
    patternHasNoun: !!best && (!!best.object || !!best.preps?.some((pp) => pp.object)),
    patternObject: best?.object ?? NO_LITERALS,
    patternSubject: !!best?.before,
  };
}

function bestPattern(
  tokens: readonly Token[],
  form: VerbForm,
  k: number,
  to: number,
  cf: number,
  ct: number,
) {
  let best: VerbForm['patterns'][number] | null = null;
  let bestScore = 0;
  if (form.patterns.length === 0) return null;
  // the pattern words near the verb, as themselves or as their regular plural ("diplomats")
  // (usually a few words: an array is quicker to build and search than a set)
  const near: string[] = [];
  for (let j = Math.max(cf, k - OBJECT_WINDOW); j < Math.min(ct, to + PREP_WINDOW + 5); j++) {
    for (const l of patternLiterals(tokens[j]!)) if (!near.includes(l)) near.push(l);
  }
  // no pattern word near: only the patterns without any can match (the same ones, in the same order);
  // else those and the ones filed under a word that is near, in the order of the form's patterns
  for (const p of near.length === 0 ? form.patternsWithoutLiterals : nearPatterns(form, near)) {
    if (p.literals && !allNear(near, p.literals)) continue;
    const score = scorePattern(tokens, p, k, to, cf, ct);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** The form's patterns that can match with the pattern words `near` (in their order in `form.patterns`). */
function nearPatterns(form: VerbForm, near: readonly string[]): VerbForm['patterns'] {
  const { withoutLiterals, byLiteral } = form.patternIndex;
  let at: number[] | null = null;
  for (const w of near) {
    const more = byLiteral.get(w);
    if (more === undefined) continue;
    at ??= [...withoutLiterals];
    for (const i of more) at.push(i);
  }
  // no pattern filed under a near word: the patterns without any, already in order
  if (at === null) return form.patternsWithoutLiterals;
  at.sort((a, b) => a - b);
  return at.map((i) => form.patterns[i]!);
}

/** Number of words a pattern matched around the verb, or 0 when any of its parts is missing. */
function scorePattern(
  tokens: readonly Token[],
  p: VerbForm['patterns'][number],
  k: number,
  to: number,
  cf: number,
  ct: number,
): number {
  let score = 0;
  if (p.before) {
    if (findSlot(tokens, p.before, Math.max(cf, k - OBJECT_WINDOW), k) < 0) return 0;
    score += p.before.length;
  }
  if (p.object) {
    // "head to", "call off": a particle stands right after the verb
    const particle = p.object.length === 1 && cameoVerbs.particles.has(p.object[0]!);
    const end = particle ? to + 1 : to + OBJECT_WINDOW;
    const objectEnd = findSlot(tokens, p.object, to, Math.min(ct, end));
    if (objectEnd < 0) return 0;
    // of two objects that match as many words, the later one is the head of the phrase: "withdraw weapons
    // inspectors" withdraws inspectors (a fraction: it never outweighs a matched word)
    score += p.object.length + (objectEnd - to) / HEAD_WEIGHT;
  }
  for (const pp of p.preps ?? []) {
    // a preposition without its object is a particle too ("head (to)", "head (for)")
    const end = Math.min(ct, pp.object ? to + PREP_WINDOW : to + 1);
    let found = false;
    for (let j = to; j < end && !found; j++) {
      if (tokens[j]!.lower !== pp.prep) continue;
      found = !pp.object || findSlot(tokens, pp.object, j + 1, Math.min(ct, j + 5)) >= 0;
    }
    if (!found) return 0;
    score += 1 + (pp.object?.length ?? 0);
  }
  return score;
}

/** End of a noun slot (its words in order, the head last; &synsets as any of their phrases) in [from, to), or -1. */
function findSlot(tokens: readonly Token[], slot: readonly string[], from: number, to: number): number {
  let at = from;
  for (const w of slot) {
    const end = findWord(tokens, w, at, to);
    if (end < 0) return -1;
    at = end;
  }
  return at;
}

function findWord(tokens: readonly Token[], w: string, from: number, to: number): number {
  if (!w.startsWith('&')) {
    for (let j = from; j < to; j++) {
      const lower = tokens[j]!.lower;
      if (lower === w || isPluralOf(lower, w)) return j + 1;
    }
    return -1;
  }
  for (let j = from; j < to; j++) {
    // most words start a phrase of no synset: one slot read rules them out
    const phrases = synsetPhrases(tokens[j]!)?.get(w);
    // (each phrase starts with the word at j, under which it is filed)
    if (phrases) for (const ph of phrases) if (restAt(tokens, ph, j, to)) return j + ph.length;
  }
  return -1;
}

/** Synset → its phrases that start with a word, for every synset with such a phrase (built once at load). */
const SYNSETS_BY_WORD = new Map<string, Map<string, readonly (readonly string[])[]>>();
for (const [synset, byFirst] of cameoVerbs.synsets)
  for (const [first, phrases] of byFirst) {
    const of = SYNSETS_BY_WORD.get(first) ?? new Map<string, readonly (readonly string[])[]>();
    of.set(synset, phrases);
    SYNSETS_BY_WORD.set(first, of);
  }
/** The synsets whose phrases a word starts, with those phrases (null: none, as for most words). */
const synsetPhrases = wordFact((w) => SYNSETS_BY_WORD.get(w) ?? null);

/** Whether every plain word of a pattern is near the verb (the cheap test before scoring it). */
function allNear(near: readonly string[], literals: readonly string[]): boolean {
  for (const l of literals) if (!near.includes(l)) return false;
  return true;
}

/**
 * A dictionary verb form used as something else: capitalised inside a sentence it is a title or a name's
 * word ('a robot named "Better Idea"', the book "Blown for Good"); alone in parentheses it is a caption
 * ("Braverman (left)"); an "-ed" form followed by "by" is a passive participle ("territory controlled by the
 * Taliban"), whose actor is after it, as after "was"; a fixed expression names no act ("in order to").
 */
function isNounUse(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (t.cap && before !== undefined && (before.kind === 'word' || opensTitle(tokens, k - 1))) return true;
  if (before?.text === '(' && tokens[k + 1]?.text === ')') return true;
  if (endsIn(t, ED) && tokens[k + 1]?.lower === 'by') return true;
  if (isCompoundHead(tokens, k)) return true;
  if (headsOfPhrase(tokens, k)) return true;
  return inIdiom(tokens, k);
}

/** "…, head of commodities research at X", "the head of the agency": a bare form after a comma or a determiner, before "of". */
function headsOfPhrase(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.lower !== 'of' || endsIn(tokens[k]!, S | ED | ING)) return false;
  const before = tokens[k - 1];
  return before !== undefined && (before.text === ',' || isNounMarker(before));
}

/**
 * "the flagship Rwanda bill", "a Kremlin plan", "a Red Cross volunteer": a bare verb form after a singular name that follows a
 * determiner or another word of the phrase heads a noun phrase; a name as subject would take "bills" or "billed".
 */
function isCompoundHead(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (endsIn(t, S | ED | ING)) return false;
  const name = tokens[k - 1];
  // "a Red Cross volunteer": the name may have several words (then a final "s" is its own)
  let first = k - 1;
  while (first > 0 && tokens[first - 1]!.cap && tokens[first - 1]!.kind === 'word' && k - first < 4) first--;
  const before = tokens[first - 1];
  if (
    !name?.cap ||
    name.kind !== 'word' ||
    (first === k - 1 && endsIn(name, S)) ||
    name.text === name.text.toUpperCase()
  )
    return false;
  // "demanded that Israel ease restrictions": a subjunctive after "that" is a verb
  return (
    before !== undefined &&
    before.kind === 'word' &&
    !before.cap &&
    !cameoVerbs.subjunctiveOpeners.has(before.lower)
  );
}

/** A modal before a verb: a future word ("will", "would") or one of demand ("must", "should"). */
export const isModalWord = (w: string) => cameoVerbs.futureWords.has(w) || cameoVerbs.demandModals.has(w);
/** "must", "should": a demand modal (addDemands asks about every word of every clause). */
export const isDemandModal = wordFact((w) => cameoVerbs.demandModals.has(w));

/** "in order to", "came to the conclusion": the word at `k` is in a fixed expression that names no act. */
export function inIdiom(tokens: readonly Token[], k: number): boolean {
  for (const { words, at } of idiomsWith(tokens[k]!)) {
    let ok = k - at >= 0;
    for (let j = 0; ok && j < words.length; j++) ok = tokens[k - at + j]?.lower === words[j];
    if (ok) return true;
  }
  return false;
}

/** 'named "Better Idea"': a quote mark after a word opens a title, not a sentence. */
function opensTitle(tokens: readonly Token[], at: number): boolean {
  return isQuoteMark(tokens[at]) && tokens[at - 1]?.kind === 'word';
}

/** The fixed expressions a word is in, with its place in each (most words: none). */
const NO_IDIOMS: readonly { words: readonly string[]; at: number }[] = [];
const idiomsWith = wordFact((w) => cameoVerbs.idioms.get(w) ?? NO_IDIOMS);
