import { isKnownPlace } from '../candidates/analyze-run.js';
import { isAcronym, isLikelyPersonName, spanText } from '../name-shape.js';
import type { TypeRule } from './name-facts.js';

/**
 * Any other name of two or more words is a person when it looks like a personal name, and otherwise not a
 * name ("Priya Raman, Health Correspondent": a phrase ending in a role).
 */
export const personName: TypeRule = {
  id: 'entity/person-name',
  decide: (f) =>
    // ("BBC Scotland", "NHS England": an abbreviation before a place's name is left to entity/acronym)
    f.single || (isAcronym(f.tokens[f.a]!.text) && isKnownPlace(spanText(f.tokens, f.a + 1, f.b)))
      ? undefined
      : { type: isLikelyPersonName(f.tokens, f.a, f.b) ? 'person' : null, weak: true },
};
