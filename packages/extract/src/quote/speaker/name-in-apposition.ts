import type { MentionIndex } from '../../entity/mention-index.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { type Attribution, namedSpeaker } from './attribution.js';
import { nameEndingAt } from './token-tests.js';

/** Words between a person's name and the place or body they come from ("X of Nimba County", "X from Acme"). */
const ORIGIN = new Set(['of', 'from']);

/** How many words of a title may stand between the comma and the name ("PAS deputy", "Senior Counsel"). */
const TITLE_WORDS = 3;

/**
 * "Its governor, Jane Doe, warned", "The rapporteur, PAS deputy Irina Munteanu, said": the name in apposition
 * to a role (its own title before it or not) is the speaker.
 */
export function nameInApposition(
  tokens: readonly Token[],
  idx: MentionIndex,
  end: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const last = tokens[end - 1]?.text === ',' ? nameEndingAt(tokens, idx, end - 1) : undefined;
  // ("The committee's chairman, Rep. Jefferson S. Toe of Nimba County, said": the person before "of" a place)
  const named =
    last && last.cluster.type !== 'person' && ORIGIN.has(tokens[last.from - 1]?.lower ?? '')
      ? idx.endingAt(last.from - 1)
      : last;
  if (named?.cluster.type !== 'person' || named.from <= from) return null;
  let k = named.from - 1;
  while (k > from && named.from - k <= TITLE_WORDS && isTitleWord(tokens[k]!)) k--;
  return tokens[k]?.text === ',' && k > from ? namedSpeaker(named, cueFrom, cueTo) : null;
}

/** A word of a title before a name: a title of the list, or a capitalized word qualifying it ("PAS deputy"). */
function isTitleWord(t: Token): boolean {
  return t.kind === 'word' && (t.cap || lexicon.titles.has(t.lower));
}
