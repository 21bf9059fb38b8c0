import type { TypeRule } from './name-facts.js';

/** The oldest age news gives in apposition ("Jane Roe, 67,"). */
const MAX_AGE = 120;

/**
 * "said Linda Marsh, 67, who has lived …", "Tom Field, 34.": a name of two words or more followed by an age
 * set off by commas is a person, whatever its last word ("Marsh", "Field" are also place heads).
 */
export const ageApposition: TypeRule = {
  id: 'entity/age-apposition',
  decide: (f) => {
    if (f.single) return undefined;
    const { tokens, b } = f;
    const age = tokens[b + 1];
    if (tokens[b]?.text !== ',' || age?.kind !== 'number' || !/^[,.]$/.test(tokens[b + 2]?.text ?? ''))
      return undefined;
    const n = Number(age.text);
    return Number.isInteger(n) && n > 0 && n < MAX_AGE ? { type: 'person' } : undefined;
  },
};
