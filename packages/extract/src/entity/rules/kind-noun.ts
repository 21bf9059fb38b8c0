import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { isAcronym } from '../name-shape.js';
import type { NameFacts, TypeRule } from './name-facts.js';

/** Words that may follow the head noun of an apposition ("X, a private school in Milan"). */
const AFTER_HEAD = entityWords.appositionAfterHead;

/**
 * A common noun naming a kind of organization, written right before the name ("the firm X", "journal X",
 * "the schools X and Y"), right after an abbreviation ("the CNL party") or heading an apposition after it
 * ("X, a private school in Milan"), makes the name an organization.
 */
export const kindNoun: TypeRule = {
  id: 'entity/kind-noun',
  decide: (f) =>
    kindBefore(f) || kindAfterAbbreviation(f) || (kindInApposition(f) && !opensWithGivenName(f))
      ? { type: 'organization' }
      : undefined,
};

/** "the opposition CNL party", "the PAS-led government": an abbreviation right before a kind noun names it. */
function kindAfterAbbreviation({ tokens, single, a, b }: NameFacts): boolean {
  return single && isAcronym(tokens[a]!.text) && isKind(tokens[b]);
}

/** "Héctor Salazar Ibarra, an alleged financial operator of …": a personal name heads a person's apposition. */
function opensWithGivenName({ single, first }: NameFacts): boolean {
  return !single && lexicon.givenNames.has(first);
}

function isKind(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && entityWords.orgKindNouns.has(t.lower);
}

/** "the firm X", and the later names of a list after it: "the schools X and Y", "team X and Y". */
function kindBefore({ tokens, a }: NameFacts): boolean {
  let p = a - 1;
  if (isKind(tokens[p])) return true;
  // back over one listed name: "and" or a comma, then capitalized words
  if (!(tokens[p]?.lower === ',' || lexicon.listConjunctions.has(tokens[p]?.lower ?? ''))) return false;
  p--;
  const stop = Math.max(0, p - 4);
  while (p >= stop && tokens[p]!.cap && tokens[p]!.kind === 'word') p--;
  return p < a - 2 && isKind(tokens[p]);
}

/** "X, a private school in Milan": an article, at most three lower-case words, the kind noun, then no noun. */
function kindInApposition({ tokens, b }: NameFacts): boolean {
  if (tokens[b]?.text !== ',' || !lexicon.articles.has(tokens[b + 1]?.lower ?? '')) return false;
  let limit = b + 6;
  for (let k = b + 2; k < limit; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    // ("Lactalis, a French dairy group": a demonym may qualify the kind noun, no other capitalised word)
    // ("La’o Hamutuk, a Dili-based research group": so may where it is based)
    if (t.cap) {
      if (isBasedIn(tokens, k)) {
        k += 2;
        limit += 2;
        continue;
      }
      if (lexicon.demonym(t.lower) === undefined) return false;
      continue;
    }
    if (!isKind(t)) {
      if (AFTER_HEAD.has(t.lower)) return false;
      continue;
    }
    // "the party's leader": the noun only qualifies another
    const next = tokens[k + 1];
    if (/^['’]s?$/.test(next?.text ?? '')) return false;
    return next?.kind !== 'word' || AFTER_HEAD.has(next.lower);
  }
  return false;
}

/** "Dili-based": where a body is based, a name, a hyphen and "based", written before its kind noun. */
function isBasedIn(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k + 1];
  const based = tokens[k + 2];
  return (
    dash?.text === '-' &&
    dash.start === tokens[k]!.end &&
    based?.start === dash.end &&
    based.lower === 'based'
  );
}
