import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import type { NameFacts, TypeRule } from './name-facts.js';

/** How many words after the article the apposition's noun may stand ("a 54-year-old market vendor"). */
const APPOSITION_WORDS = 4;

/** "a 54-year-old vendor": an age written as one hyphened word. */
const YEAR_OLD = /^\d+-year-old$/;

/**
 * "Fatima, a mother of four, told …", "Gaone, a 54-year-old vendor from Tlokweng, says …", "Fatima, 34,":
 * a given name written alone, no place's name, then an apposition that describes a person (an age, or an
 * article and a noun for a person) is that person.
 */
export const personApposition: TypeRule = {
  id: 'entity/person-apposition',
  decide: (f) =>
    f.single && isGivenNameOnly(f) && describesPerson(f.tokens, f.b) ? { type: 'person' } : undefined,
};

function isGivenNameOnly({ first }: NameFacts): boolean {
  return lexicon.givenNames.has(first) && !lexicon.places.has(first) && lexicon.country(first) === undefined;
}

function describesPerson(tokens: readonly Token[], b: number): boolean {
  if (tokens[b]?.text !== ',') return false;
  const next = tokens[b + 1];
  if (next?.kind === 'number') return /^[,.]$/.test(tokens[b + 2]?.text ?? '');
  if (!lexicon.articles.has(next?.lower ?? '')) return false;
  for (let k = b + 2; k < b + 2 + APPOSITION_WORDS; k++) {
    const t = tokens[k];
    if (t === undefined || t.cap) return false;
    if (YEAR_OLD.test(t.lower) || entityWords.personAppositionNouns.has(t.lower)) return true;
  }
  return false;
}
