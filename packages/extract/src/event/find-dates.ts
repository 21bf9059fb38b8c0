import type { Doc } from '../text/segment.js';
import { joinBetween } from './dates/between.js';
import { parsePublished } from './dates/calendar.js';
import { isDateCue, MAX_WINDOW, readWindow, WINDOW_AFTER, WINDOW_BEFORE } from './dates/chrono-window.js';
import type { DateMention } from './dates/date-mention.js';
import { isDateline } from './dates/dateline.js';
import { readByHand } from './dates/read-by-hand.js';

/*
 * Who does what:
 * - chrono-node reads calendar dates ("Thursday, April 7, 2005", "Nov. 3", "7 April 2005", "2005-04-07",
 *   "April 2004 to March 2007"), weekdays ("on Saturday", "last Friday"), and dates relative to the
 *   publication date ("yesterday", "tonight", "last week", "last month", "this week", "two days ago").
 * - Hand-written code reads what chrono does not: bare years after a preposition ("in 2007"), year ranges
 *   ("from 2004 to 2007"), parts of years ("early 2007", "mid-2007"), "this morning", weekends ("this
 *   weekend", "throughout the weekend", as the days data/time-words.json gives), phrases that refer back to
 *   the last day named ("later that day", marked `sameDay`); and it decides what
 *   chrono leaves open: which Saturday (the last one on or before publication, as news reports the past),
 *   the precision of the EDTF value, "since …" and "earlier this week" intervals, and false readings
 *   ("now", "may", "The Sun", "9/11", "a day later" — relative to another event, not to publication).
 * - A window whose one date is "yesterday", "today", "last week", "this month" … is read without chrono
 *   when chrono would find that phrase alone there, with the mention chrono's reading would give
 *   ("Phrases read without chrono", dates/phrase-alone.ts).
 * Each reader and rule has its file in dates/: chrono's configuration (chrono-parser.ts), its windows and
 * what their results mean (chrono-window.ts, mention-of.ts), the hand-written readers in the order
 * readByHand tries them (read-by-hand.ts), calendar and EDTF helpers (calendar.ts), time zones
 * (time-zones.ts).
 */

/** Finds date expressions in tokens [from, to) and resolves them against the publication date. */
export function findDates(doc: Doc, from: number, to: number, published: string | null): DateMention[] {
  return readDates(doc, from, to, published, true);
}

/** findDates with chrono reading every window, phrases too (what findDates must equal; tests compare them). */
export function findDatesWithChrono(
  doc: Doc,
  from: number,
  to: number,
  published: string | null,
): DateMention[] {
  return readDates(doc, from, to, published, false);
}

/**
 * The dates of tokens [from, to): the hand-written readers at each token first (readByHand), then chrono in
 * windows around the date cues they leave (readWindow, less datelines), the hand-read mention kept where the
 * two overlap, and "between … and …" joined.
 */
function readDates(
  doc: Doc,
  from: number,
  to: number,
  published: string | null,
  readPhrases: boolean,
): DateMention[] {
  const { tokens } = doc;
  const pub = published ? parsePublished(published) : null;
  const hand: DateMention[] = [];
  // chrono reads only windows around words that can start or end a date ("Friday", "ago", "last week")
  const windows: [number, number][] = [];
  const addWindow = (k: number) => {
    const a = Math.max(from, k - WINDOW_BEFORE);
    const b = Math.min(to, k + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    // merged windows stay short, so chrono's work grows linearly with the text
    if (last && a <= last[1] && b - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], b);
    else windows.push([last ? Math.max(a, last[1]) : a, b]);
  };
  for (let k = from; k < to; k++) {
    const found = readByHand(tokens, k, to, pub);
    const stop = found ? Math.max(k + 1, found.to) : k + 1;
    for (let j = k; j < stop; j++) if (isDateCue(tokens, j)) addWindow(j);
    if (found) {
      hand.push(found);
      k = stop - 1;
    }
  }
  if (windows.length === 0) return hand;
  const read: DateMention[] = [];
  for (const [a, b] of windows) {
    for (const m of readWindow(doc, a, b, from, pub, readPhrases)) {
      const last = read[read.length - 1];
      if ((!last || last.to <= m.from) && !isDateline(tokens, from, m)) read.push(m);
    }
  }
  // both lists are in text order: keep the hand-read mention where they overlap
  const out: DateMention[] = [];
  let h = 0;
  for (const m of read) {
    while (h < hand.length && hand[h]!.to <= m.from) out.push(hand[h++]!);
    if (h < hand.length && hand[h]!.from < m.to) continue;
    out.push(m);
  }
  while (h < hand.length) out.push(hand[h++]!);
  return joinBetween(tokens, out);
}
