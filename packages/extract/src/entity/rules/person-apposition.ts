import { entityWords, lexicon, participantWords } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import type { NameFacts, TypeRule } from './name-facts.js';

/** How many words after the article the apposition's noun may stand ("a 54-year-old market vendor"). */
const APPOSITION_WORDS = 4;

/** "a 54-year-old vendor": an age written with hyphens (the tokens "54", "-", "year-old"). */
const YEAR_OLD = /^(\d+-)?years?-old$/;

/**
 * "Fatima, a mother of four, told …", "Gaone, a 54-year-old vendor from Tlokweng, says …", "Fatima, 34,":
 * a given name written alone, no place's name, or a name of up to three words no list knows, then an
 * apposition that describes a person (an age, or an article and a noun for a person) is that person.
 */
export const personApposition: TypeRule = {
  id: 'entity/person-apposition',
  // (not after a place's preposition: "speaking from Walaha, a community health worker, Lisbeth Garae, said")
  decide: (f) =>
    (isGivenNameOnly(f) || isPlainName(f)) && f.context !== 'location' && describesPerson(f.tokens, f.b)
      ? { type: 'person' }
      : undefined,
};

/** How many words a name of no list may have to be read as a person's by its apposition. */
const NAME_WORDS = 3;

/**
 * "Olinda Pereira, a resident of Comoro, said", "Miloš, a 24-year-old supporter": up to three capitalized
 * words that no list knows as a whole and that end in no head word of a body or a place.
 */
function isPlainName({ tokens, a, b, lower, last, gaz, country }: NameFacts): boolean {
  if (b - a > NAME_WORDS || gaz !== null || country !== undefined || lexicon.places.has(lower)) return false;
  if (lexicon.orgHeads.has(last) || lexicon.locHeads.has(last)) return false;
  for (let k = a; k < b; k++) if (!tokens[k]!.cap || tokens[k]!.kind !== 'word') return false;
  return true;
}

function isGivenNameOnly({ single, first }: NameFacts): boolean {
  return (
    single &&
    lexicon.givenNames.has(first) &&
    !lexicon.places.has(first) &&
    lexicon.country(first) === undefined
  );
}

function describesPerson(tokens: readonly Token[], b: number): boolean {
  if (tokens[b]?.text !== ',') return false;
  const next = tokens[b + 1];
  if (next?.kind === 'number') return /^[,.]$/.test(tokens[b + 2]?.text ?? '');
  if (!lexicon.articles.has(next?.lower ?? '')) return false;
  for (let k = b + 2; k < b + 2 + APPOSITION_WORDS; k++) {
    const t = tokens[k];
    if (t === undefined) return false;
    // ("a Horn of Africa researcher": a name may qualify the noun)
    if (t.cap) continue;
    // ("Open Campus, the largest student party": the noun must head the apposition, not qualify a noun after it)
    if (YEAR_OLD.test(t.lower)) return true;
    if (entityWords.personAppositionNouns.has(t.lower)) return !isNounAfter(tokens[k + 1]);
  }
  return false;
}

/**
 * A lower-case word after the apposition's noun that is no preposition, conjunction or relative pronoun: the
 * noun qualifies it ("student party"; not "a resident of", "a farmer in", "a teacher who", "a widow and").
 */
function isNounAfter(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  return !(
    entityWords.locativePrepositions.has(w) ||
    entityWords.affiliationPrepositions.has(w) ||
    entityWords.memberPrepositions.has(w) ||
    lexicon.listConjunctions.has(w) ||
    participantWords.relativeOpeners.has(w) ||
    entityWords.originParticiples.has(w)
  );
}
