import { datelineEnd } from '../entity/name-shape.js';
import { lexicon } from '../lexicon/load-lexicons.js';
import type { Sentence } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { isNounMarker } from './cameo/match-cameo-verb.js';
import type { DateMention } from './dates/date-mention.js';
import { newsDay } from './dates/news-day.js';
import { isVagueTime } from './dates/vague-time.js';
import type { EventInputs } from './found-event.js';
import { timeWords } from './time-words.js';

/** "was attacking": the past forms of 'be' before an -ing form (the 'be' of agentless passives, event-triggers.json). */
const passiveBe: ReadonlySet<string> = new Set(lexicon.triggerSenses.passive_be);

/** What earlier sentences tell about the date of an event that states none. */
export interface DateContext {
  /** The date a sentence-initial frame set earlier ("On Monday, …"), when the sentences since stated no other. */
  carried: string | null;
}

export const NO_DATE_CONTEXT: DateContext = { carried: null };

/**
 * The date of an event at `trigger` in clause [cf, ct) (`demand`: a request, threat or agreement, whose "by"
 * date after it is a deadline): a date of its clause or sentence, a date set before
 * the sentence's first clause ("Yesterday, …; …; and …"), else the frame an earlier sentence set when the
 * event is told in the simple past, else the lede's.
 */
export function dateOf(
  input: EventInputs,
  s: Sentence,
  cf: number,
  ct: number,
  trigger: number,
  allDates: DateMention[],
  firstBodyPara: number,
  context: DateContext = NO_DATE_CONTEXT,
  demand = false,
): { date: string | null; explicit: boolean } {
  const { tokens } = input.doc;
  // "the 2020 port explosion": a year inside the trigger's noun phrase dates it, whatever the clause says
  const year = yearModifier(tokens, allDates, trigger);
  if (year) return { date: year.edtf, explicit: true };
  // "declared an emergency and flew to the region on Sunday": a date after a second predicate is its own
  const second = secondPredicate(tokens, trigger, s.to);
  // "denied visas until last week": a date after "until" ends a state, it does not date the act; 'accused
  // Labor of "spending like there is no tomorrow"': words in quotation marks date nothing outside them,
  const quoted = (k: number) => input.quoted[k] === 1 || input.shortQuoted[k] === 1;
  // "ASUNCIÓN, April 16 (IP) - Police removed … on Tuesday": the dateline's date is the report's, not the act's
  const opening = tokens[cf - 1]?.para !== tokens[cf]?.para ? datelineEnd(tokens, cf) : cf;
  // "asked the country to submit a plan by June 30": a demand's or a promise's "by" date is its deadline
  const dates = allDates.filter(
    (d) =>
      (second <= 0 || d.from < second) &&
      !timeWords.stateEnds.has(tokens[d.from - 1]?.lower ?? '') &&
      !(demand && d.from > trigger && tokens[d.from - 1]?.lower === 'by') &&
      (quoted(trigger) || !quoted(d.from)) &&
      !(d.from >= cf && d.to <= opening) &&
      !isReportDate(input, trigger, d.from),
  );
  const inClause = dates.filter((d) => d.from >= cf && d.from < ct);
  // several dates in one clause: a date set off before the trigger by a comma belongs to an aside
  // ("who led the town from 2015 to 2021, was convicted last Thursday"), the one after the trigger wins
  let pick = inClause[0];
  const after = inClause.find((d) => d.from > trigger);
  if (pick && after && pick.to <= trigger && commaBetween(tokens, pick.to, trigger)) pick = after;
  // "praised the fund's role in financing projects since 1974": a span up to now dates no act told in the
  // simple past
  else if (
    pick &&
    (pick.since || tokens[pick.from - 1]?.lower === 'since') &&
    isSimplePast(tokens, cf, trigger)
  )
    pick = undefined;
  // "The office, which brought the case in 2022, welcomed the sentence": a relative clause's year or month is
  // background of its own; a day there ("who flew to Townsville on Sunday, promised …") is the same news day
  else if (
    pick?.edtf &&
    !DAY.test(pick.edtf) &&
    pick.to <= trigger &&
    commaBetween(tokens, pick.to, trigger) &&
    relativeBefore(tokens, cf, pick.from)
  )
    pick = undefined;
  if (pick) return { date: pick.edtf, explicit: true };
  // "since Friday when he was removed": the when-clause happened at that point
  const before = dates.filter((d) => d.to <= cf && d.to >= cf - 1);
  const sinceDate = before[before.length - 1];
  if (sinceDate && tokens[cf]?.lower === 'when') return { date: sinceDate.point, explicit: true };
  const inSentence = dates.filter((d) => d.from < cf || d.from >= ct);
  // (not a date in a relative clause after the trigger's: "talks with Sudan, which gained independence in 2011")
  const only = inSentence.length === 1 ? inSentence[0]! : undefined;
  if (
    only &&
    !only.since &&
    Math.abs(only.from - trigger) < 25 &&
    !(only.from > trigger && relativeBefore(tokens, trigger, only.from))
  ) {
    return { date: only.edtf, explicit: true };
  }
  // "Yesterday, …, Sweden defeated South Korea; Belgium defeated Panama": a date set off at the head of the
  // sentence frames all of it
  const fronted = frontedDate(tokens, s, dates);
  if (fronted && fronted.to <= cf) return { date: fronted.edtf, explicit: true };
  const isBackground = (k: number) => tokens[k]!.lower === 'had' || isVagueTime(tokens[k]!);
  // the frame last: working it out can mean reading the dates of earlier sentences
  if (input.reported[trigger] !== 1 && isSimplePast(tokens, cf, trigger) && context.carried)
    return { date: context.carried, explicit: false };
  if (!input.published) return { date: null, explicit: false };
  // Undated events of the lede are the news of the day; later undated ones are background, and so is
  // an event named only as the anchor of another ("after the resignation").
  if (timeWords.anchorWords.has(tokens[cf]?.lower ?? '')) return { date: null, explicit: false };
  for (let k = cf; k < trigger; k++) if (isBackground(k)) return { date: null, explicit: false };
  const lede = s.para <= firstBodyPara + 1 || s.headline;
  return { date: lede ? newsDay(input, firstBodyPara) : null, explicit: false };
}

/**
 * "rejected the allegations, saying the lease had been approved in August", "said counties had paid last week,
 * and accused the union …": a date in a report dates nothing its speaker does beside it: not the act the
 * report hangs on as an -ing adjunct, nor an act told after the report. (A name or clause before "said" that
 * holds a trigger, "The office, which can investigate …, said it had received a complaint last week", is
 * left to the dates around it.)
 */
function isReportDate(input: EventInputs, trigger: number, at: number): boolean {
  const { reported } = input;
  if (reported[at] !== 1 || reported[trigger] === 1) return false;
  let start = at;
  while (start > 0 && reported[start - 1] === 1) start--;
  if (trigger > start) return true;
  const { tokens } = input.doc;
  let cue = start - 1;
  if (tokens[cue]?.lower === 'that') cue--;
  return tokens[cue]?.lower.endsWith('ing') ?? false;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;
/** How many words may stand between a year and the trigger noun it modifies ("the 2008 financial crisis"). */
const MODIFIER_GAP = 2;

/**
 * "the 2020 port explosion", "its 2015 deal", "the 2008 financial crisis": a year written after a determiner
 * and before the trigger noun, with at most two lower-case words between, is the year of that happening.
 */
export function yearModifier(
  tokens: readonly Token[],
  dates: readonly DateMention[],
  trigger: number,
): DateMention | undefined {
  for (const d of dates) {
    if (d.to > trigger || trigger - d.to > MODIFIER_GAP || d.to - d.from !== 1 || !YEAR.test(d.edtf ?? ''))
      continue;
    const before = tokens[d.from - 1];
    if (before?.kind !== 'word' || !isNounMarker(before)) continue;
    let words = true;
    for (let j = d.to; j < trigger; j++) if (tokens[j]!.kind !== 'word' || tokens[j]!.cap) words = false;
    if (words) return d;
  }
  return undefined;
}

/** A relative pronoun after a comma between `from` and `to` (", which …", ", who …"). */
function relativeBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k < to; k++)
    if (tokens[k - 1]!.text === ',' && timeWords.relativePronouns.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "Yesterday, …", "On Tuesday, …", "In the first game of the day, …": a date in a time adverbial that opens
 * the sentence and is set off by a comma. It frames the whole sentence, and the later sentences of the
 * paragraph; a date at the end of a clause ("flew to Washington on Monday") dates that act only.
 */
export function frontedDate(
  tokens: readonly Token[],
  s: Sentence,
  dates: readonly DateMention[],
): DateMention | null {
  const d = dates[0];
  if (!d || d.since || d.edtf === null) return null;
  if (d.from > s.from && !timeWords.frameOpeners.has(tokens[s.from]!.lower)) return null;
  for (let k = s.from; k < d.from; k++) if (tokens[k]!.kind === 'punct') return null;
  // the comma that closes the adverbial comes soon after the date
  for (let k = d.to; k < Math.min(s.to, d.to + 8); k++) {
    const t = tokens[k]!;
    if (t.text === ',') return d;
    if (t.kind === 'punct') return null;
  }
  return null;
}

/**
 * The event word is told in the simple past: no auxiliary, modal or "to" of
 * data/time-words.json#not_simple_past comes before it in its clause ("had resigned", "will meet", "plans to
 * visit" are not), nor a word placing it vaguely in the past, nor a determiner (a noun: "the attack"); and
 * it is no present form in -s, nor an -ing form without "was"/"were".
 */
function isSimplePast(tokens: readonly Token[], cf: number, trigger: number): boolean {
  for (let k = cf; k < trigger; k++) {
    const t = tokens[k]!;
    if (timeWords.notSimplePast.has(t.lower) || isVagueTime(t)) return false;
  }
  const w = tokens[trigger]!.lower;
  const before = tokens[trigger - 1]?.lower ?? '';
  if (timeWords.nounDeterminers.has(before)) return false;
  if (w.endsWith('ing')) return passiveBe.has(before);
  if (w.endsWith('s') && !w.endsWith('ss')) return false;
  return true;
}

const SECOND_VERB = timeWords.secondPredicateVerbs;

/** Start of "and <verb> …" after the trigger within the clause (a second predicate of the subject), or -1. */
export function secondPredicate(tokens: readonly Token[], trigger: number, ct: number): number {
  for (let k = trigger + 1; k < Math.min(ct, trigger + 30); k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const v = tokens[k + 1];
    if (v && !v.cap && v.kind === 'word' && (SECOND_VERB.has(v.lower) || /[a-z]{3}ed$/.test(v.lower)))
      return k;
  }
  return -1;
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 40); k++) if (tokens[k]!.text === ',') return true;
  return false;
}
