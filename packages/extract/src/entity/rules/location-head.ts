import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import { isFollowedBySpeechVerb } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * A name ending in a place head word; a building that speaks ("the White House said") is its institution, and
 * a name a relative "who" follows is a team's ("Manchester City, who …").
 * Two-word heads decide first: "Convention Centre" is a venue, "School District" a public body.
 */
export const locationHead: TypeRule = {
  id: 'entity/location-head',
  decide: (f) => {
    if (f.single) return undefined;
    const pair =
      f.b - f.a > 2 ? entityWords.headPairs.get(`${f.tokens[f.b - 2]!.lower} ${f.last}`) : undefined;
    if (pair) return { type: pair };
    if (!lexicon.locHeads.has(f.last)) return undefined;
    // ("Court of Appeal of the National District": a body's head before the first "of" names it, not the place
    // after)
    if (bodyHeadBeforeOf(f)) return undefined;
    // ("Kanye West said": a compass word ends a place's name, but a place does not speak)
    if (lexicon.compass.has(f.last) && isFollowedBySpeechVerb(f.tokens, f.to)) return undefined;
    // "Elena Marsh", "Grace Park": a given name and a head that is a surname too name a person, unless a
    // place preposition comes before ("in Victoria Park") or the given name is a place's ("Florence Hall")
    if (
      f.b - f.a === 2 &&
      f.context !== 'location' &&
      !entityWords.locativePrepositions.has(f.tokens[f.a - 1]?.lower ?? '') &&
      lexicon.surnameHeads.has(f.last) &&
      lexicon.givenNames.has(f.first) &&
      !lexicon.places.has(f.first) &&
      lexicon.country(f.first) === undefined
    )
      return { type: 'person', weak: true };
    const speaks = entityWords.buildings.has(f.last) && isFollowedBySpeechVerb(f.tokens, f.to);
    // ("Manchester City, who face 115 charges": a team named after its town is a "who")
    const team = f.tokens[f.to]?.text === ',' && f.tokens[f.to + 1]?.lower === 'who';
    return { type: speaks || team ? 'organization' : 'location' };
  },
};

/** The word before the name's first "of" is an organization's head ("Court of Appeal of …"). */
function bodyHeadBeforeOf({ tokens, a, b }: Parameters<typeof locationHead.decide>[0]): boolean {
  for (let k = a + 1; k < b - 1; k++)
    if (tokens[k]!.lower === 'of')
      return lexicon.orgHeads.has(tokens[k - 1]!.lower) && !lexicon.locHeads.has(tokens[k - 1]!.lower);
  return false;
}
