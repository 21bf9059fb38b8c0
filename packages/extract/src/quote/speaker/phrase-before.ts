import type { MentionIndex } from '../../entity/mention-index.js';
import { beforeShortForm } from '../../entity/name-shape.js';
import type { Doc } from '../../text/segment.js';
import { affiliatedPerson } from './affiliated-person.js';
import { appositiveHead } from './appositive-head.js';
import type { Attribution } from './attribution.js';
import { authorAfterBy } from './author-after-by.js';
import { describedSpeaker } from './described-speaker.js';
import { itBody } from './it-body.js';
import { mentionBefore } from './mention-before.js';
import { nameInApposition } from './name-in-apposition.js';
import { namedPhraseStart } from './named-phrase-start.js';
import { nounPhraseStart } from './noun-phrase-start.js';
import { openingPerson } from './opening-person.js';
import { documentOwner } from './owner-of-document.js';
import { pastAppositive } from './past-appositive.js';
import { pronounBefore } from './pronoun-before.js';
import { relativeClauseSubject } from './relative-clause-subject.js';
import { spokespersonFor, unitSpeaker } from './spokesperson-for.js';
import { whoAntecedent } from './who-antecedent.js';

/**
 * The speaker phrase that ends at k, right before the cue [cueFrom, cueTo) and not before `from`: the rules
 * below, tried in order; the first that finds a speaker gives it.
 */
export function phraseBefore(
  doc: Doc,
  idx: MentionIndex,
  k: number,
  from: number,
  cueFrom: number,
  cueTo: number,
): Attribution | null {
  const { tokens } = doc;
  let end = k;
  const setOff =
    nameInApposition(tokens, idx, end, from, cueFrom, cueTo) ??
    openingPerson(doc, idx, end, from, cueFrom, cueTo);
  if (setOff) return setOff;
  end = pastAppositive(tokens, idx, end, from);
  // "The Centers for Disease Control and Prevention (CDC), which …, said": past the bracketed abbreviation
  // ("Andrés Felipe Moya of the Green Alliance (Alianza Verde) said": past a bracketed name of a few words)
  const short = beforeShortForm(tokens, end);
  const bracket = short < end ? short : beforeBracket(tokens, end);
  if (bracket > from) end = bracket;
  const antecedent = whoAntecedent(tokens, idx, end, cueFrom, cueTo);
  if (antecedent) return antecedent;
  const m = idx.endingAt(end);
  const named =
    mentionBefore(doc, m, end, from, cueFrom, cueTo) ??
    affiliatedPerson(doc, idx, m, from, cueFrom, cueTo) ??
    pronounBefore(doc, idx, end, from, cueFrom, cueTo) ??
    itBody(doc, idx, end, from, cueFrom, cueTo);
  if (named) return named;
  // the noun phrase back to a clause boundary
  const s = nounPhraseStart(tokens, idx, end, from);
  const described = relativeClauseSubject(tokens, s, end, from, (j) =>
    phraseBefore(doc, idx, j, from, cueFrom, cueTo),
  );
  if (described) return described;
  if (s >= end) return null;
  return (
    unitSpeaker(doc, idx, s, end, cueFrom, cueTo) ??
    namedPhraseStart(doc, idx, s, end, cueFrom, cueTo) ??
    documentOwner(doc, idx, s, end, cueFrom, cueTo) ??
    appositiveHead(doc, idx, s, end, from, cueFrom, cueTo) ??
    spokespersonFor(doc, idx, s, end, cueFrom, cueTo) ??
    authorAfterBy(doc, idx, describedSpeaker(doc, s, end, cueFrom, cueTo))
  );
}

/** How many tokens a bracketed aside before the verb may hold ("(Alianza Verde)"). */
const BRACKET_WORDS = 5;

/** Where a bracketed aside that ends at `end` opens, or `end` when none does. */
function beforeBracket(tokens: Doc['tokens'], end: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  for (let k = end - 2; k >= Math.max(0, end - 2 - BRACKET_WORDS); k--) {
    const t = tokens[k]!;
    if (t.text === '(') return k;
    if (t.kind !== 'word') return end;
  }
  return end;
}
