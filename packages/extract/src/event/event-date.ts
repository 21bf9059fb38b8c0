import type { Sentence } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { type DateMention, isVagueTime } from './find-dates.js';
import type { EventInputs } from './found-event.js';

/** The date of an event at `trigger` in clause [cf, ct): a date of its clause or sentence, else the lede's. */
export function dateOf(
  input: EventInputs,
  s: Sentence,
  cf: number,
  ct: number,
  trigger: number,
  allDates: DateMention[],
  firstBodyPara: number,
): { date: string | null; explicit: boolean } {
  const { tokens } = input.doc;
  // "declared an emergency and flew to the region on Sunday": a date after a second predicate is its own
  const second = secondPredicate(tokens, trigger, s.to);
  const dates = second > 0 ? allDates.filter((d) => d.from < second) : allDates;
  const inClause = dates.filter((d) => d.from >= cf && d.from < ct);
  // several dates in one clause: a date set off before the trigger by a comma belongs to an aside
  // ("who led the town from 2015 to 2021, was convicted last Thursday"), the one after the trigger wins
  let pick = inClause[0];
  const after = inClause.find((d) => d.from > trigger);
  if (pick && after && pick.to <= trigger && commaBetween(tokens, pick.to, trigger)) pick = after;
  if (pick) return { date: pick.edtf, explicit: true };
  // "since Friday when he was removed": the when-clause happened at that point
  const before = dates.filter((d) => d.to <= cf && d.to >= cf - 1);
  const sinceDate = before[before.length - 1];
  if (sinceDate && tokens[cf]?.lower === 'when') return { date: sinceDate.point, explicit: true };
  const inSentence = dates.filter((d) => d.from < cf || d.from >= ct);
  if (inSentence.length === 1 && !inSentence[0]!.since && Math.abs(inSentence[0]!.from - trigger) < 25) {
    return { date: inSentence[0]!.edtf, explicit: true };
  }
  if (!input.published) return { date: null, explicit: false };
  // Undated events of the lede are the news of the day; later undated ones are background, and so is
  // an event named only as the anchor of another ("after the resignation").
  if (/^(after|before|following|since|until)$/.test(tokens[cf]?.lower ?? ''))
    return { date: null, explicit: false };
  for (let k = cf; k < trigger; k++) {
    const t = tokens[k]!;
    if (t.lower === 'had' || isVagueTime(t)) return { date: null, explicit: false };
  }
  const lede = s.para <= firstBodyPara + 1 || s.headline;
  return { date: lede ? input.published : null, explicit: false };
}

const SECOND_VERB =
  /^(is|are|was|were|has|have|had|will|did|flew|went|met|left|took|gave|made|said|told|came|began|spoke|sent)$/;

/** Start of "and <verb> …" after the trigger within the clause (a second predicate of the subject), or -1. */
function secondPredicate(tokens: readonly Token[], trigger: number, ct: number): number {
  for (let k = trigger + 1; k < Math.min(ct, trigger + 30); k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const v = tokens[k + 1];
    if (v && !v.cap && v.kind === 'word' && (SECOND_VERB.test(v.lower) || /[a-z]{3}ed$/.test(v.lower)))
      return k;
  }
  return -1;
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 40); k++) if (tokens[k]!.text === ',') return true;
  return false;
}
