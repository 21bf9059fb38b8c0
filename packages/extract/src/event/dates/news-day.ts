import { datelineEnd } from '../../entity/name-shape.js';
import { findDates } from '../find-dates.js';
import type { EventInputs } from '../found-event.js';

/** How many days before publication the lede's day may lie to be the news of the day ("on Wednesday", a Friday paper). */
const NEWS_DAY_REACH = 7;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const cache = new WeakMap<EventInputs, string | null>();

/**
 * The day the lede's news happened: the first day the first sentence of the body names outside quotations and
 * the dateline ("Moldova's parliament on Wednesday approved …" in a Thursday paper), when it lies in the week up to
 * publication; else the publication date. An undated event of the lede is that day's news.
 */
export function newsDay(input: EventInputs, firstBodyPara: number): string | null {
  if (!input.published) return null;
  let day = cache.get(input);
  if (day === undefined) {
    day = ledeDay(input, firstBodyPara) ?? input.published;
    cache.set(input, day);
  }
  return day;
}

function ledeDay(input: EventInputs, firstBodyPara: number): string | null {
  const { doc } = input;
  const published = input.published!.slice(0, 10);
  const earliest = new Date(Date.parse(published) - NEWS_DAY_REACH * 86_400_000).toISOString().slice(0, 10);
  const s = doc.sentences.find((x) => x.para >= firstBodyPara && !x.headline && !x.stamp);
  if (!s || s.para !== firstBodyPara) return null;
  const opening = datelineEnd(doc.tokens, s.from);
  for (const d of findDates(doc, s.from, s.to, input.published)) {
    if (d.since || !d.edtf || !DAY.test(d.edtf) || d.from < opening || input.quoted[d.from] === 1) continue;
    return d.edtf <= published && d.edtf >= earliest ? d.edtf : null;
  }
  return null;
}
