import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../text/segment.js';
import {
  CHRONO_PARSERS,
  parsersFor,
  parsersOfWindow,
  parseWithAllParsers,
  parseWithChrono,
} from './dates/chrono-parser.js';
import { phraseAlone } from './dates/phrase-alone.js';
import { findDates, findDatesWithChrono } from './find-dates.js';

const dates = (text: string, published: string | null) => {
  const doc = segment(text);
  return findDates(doc, 0, doc.tokens.length, published).map((d) => d.edtf);
};

/** Texts of every gold article, cut into windows of nine words as findDates reads around date words. */
function goldWindows(): string[] {
  const gold = new URL('../../../../tests/gold/', import.meta.url).pathname;
  const out: string[] = [];
  for (const dir of readdirSync(gold, { withFileTypes: true }))
    if (dir.isDirectory())
      for (const f of readdirSync(join(gold, dir.name)))
        if (f.endsWith('.txt')) {
          const words = readFileSync(join(gold, dir.name, f), 'utf8').split(/\s+/);
          for (let k = 0; k < words.length; k += 3) out.push(words.slice(k, k + 9).join(' '));
        }
  return out;
}

describe('findDates', () => {
  it('reads "on Monday last week" as that day of the calendar week before publication', () => {
    // published on Wednesday 3 December 2025: last week ran from Monday 24 to Sunday 30 November
    expect(dates('arrested on Monday last week', '2025-12-03')).toEqual(['2025-11-24']);
    expect(dates('arrested on Thursday last week', '2025-12-03')).toEqual(['2025-11-27']);
    expect(dates('arrested last Monday', '2025-12-03')).toEqual(['2025-12-01']);
  });

  it('reads explicit dates, ranges, years and parts of years as EDTF', () => {
    expect(dates('talks from 2004 to 2007', null)).toEqual(['2004/2007']);
    expect(dates('The talks fizzled out in 2007.', null)).toEqual(['2007']);
    expect(dates('By early 2007, both were ready; late 2008 too.', null)).toEqual([
      '2007-01/2007-04',
      '2008-09/2008-12',
    ]);
    expect(dates('on April 7, 2005 and 7 April 2005 and March 2007', null)).toEqual([
      '2005-04-07',
      '2005-04-07',
      '2007-03',
    ]);
    expect(dates('more than 2000 people and 136 dead', null)).toEqual([]);
    expect(dates('from April 2004 to March 2007, in mid-2007', null)).toEqual([
      '2004-04/2007-03',
      '2007-05/2007-08',
    ]);
  });

  it('reads "last June", "next March" and "June 3 last year" against the publication month and year', () => {
    // published 13 March 2026: "last June" is June 2025 (chrono implies the closer June 2026), "last March"
    // a year back, "last January" this year's
    expect(dates('arrested last June, last March and last January', '2026-03-13')).toEqual([
      '2025-06',
      '2025-03',
      '2026-01',
    ]);
    expect(dates('to be sentenced next March or next June', '2026-03-13')).toEqual(['2027-03', '2026-06']);
    expect(dates('arrested on June 3 last year and in May this year', '2026-03-13')).toEqual([
      '2025-06-03',
      '2026-05',
    ]);
  });

  it('reads a weekday of a clause told in the future as the next one, and one of a past clause as the last', () => {
    // published Tuesday 16 April 2024
    expect(dates('The office said he would appear in court on Wednesday.', '2024-04-16')).toEqual([
      '2024-04-17',
    ]);
    expect(dates('He was sentenced to eight years on Monday.', '2024-04-16')).toEqual(['2024-04-15']);
    expect(dates('The talks, which will resume in May, ended on Wednesday.', '2024-04-16')).toEqual([
      '2024-05',
      '2024-04-10',
    ]);
  });

  it('reads a weekday set for a day, or of a clause whose modal stands before names joined by "and", as the next one', () => {
    // published Friday 3 May 2024
    expect(dates('The union has scheduled a rally at the gate for Thursday.', '2024-05-03')).toEqual([
      '2024-05-09',
    ]);
    expect(
      dates('Park will meet his U.S. and Japanese counterparts in Tokyo on Tuesday.', '2024-05-03'),
    ).toEqual(['2024-05-07']);
    expect(dates('On Monday, Aoun will host talks.', '2024-05-03')).toEqual(['2024-05-06']);
  });

  it('reads a month without a year in a past clause as the last one, not the closest one ahead', () => {
    // chrono takes the closest January to 24 July 2024, January 2025
    expect(
      dates('Lactalis, which withdrew its offer in January, declined to comment.', '2024-07-24'),
    ).toEqual(['2024-01']);
    expect(dates('In June, the bloc put three companies on its list.', '2023-12-11')).toEqual(['2023-06']);
    expect(dates('The army will withdraw in January.', '2023-12-11')).toEqual(['2024-01']);
    expect(dates('Elections are due in January.', '2023-12-11')).toEqual(['2024-01']);
  });

  it('reads "between X and Y" as the interval from X to Y', () => {
    expect(dates('Rates rose between November 2021 and May 2023.', '2025-03-20')).toEqual([
      '2021-11/2023-05',
    ]);
    expect(dates('Talks were held between March 3 and March 5.', '2025-03-20')).toEqual([
      '2025-03-03/2025-03-05',
    ]);
  });

  it('does not read words as dates', () => {
    // "now", "may", "The Sun", "9/11", a date relative to another event, "the March on Washington": none is a
    // date of its own ("a day later" counts from the last day named, which the caller fills in)
    const text =
      'Theresa May said now that she may go; The Sun reported the 9/11 attacks a day later and the March on Washington.';
    expect(dates(text, '2005-04-07')).toEqual([null]);
    const doc = segment(text);
    expect(findDates(doc, 0, doc.tokens.length, '2005-04-07').map((d) => [d.sameDay, d.offsetDays])).toEqual([
      [true, 1],
    ]);
    expect(CHRONO_PARSERS).toContain('ENWeekdayParser');
    expect(CHRONO_PARSERS).toContain('ENTimeUnitAgoFormatParser');
    expect(CHRONO_PARSERS).not.toContain('ENTimeExpressionParser');
  });

  it('anchors relative dates on the publication date, and gives null without one', () => {
    // 2007-03-13 was a Tuesday
    expect(dates('since Friday', '2007-03-13')).toEqual(['2007-03-09/2007-03-13']);
    expect(dates('on Saturday', '2007-03-13')).toEqual(['2007-03-10']);
    expect(dates('Thursday night', '2007-10-18')).toEqual(['2007-10-18']);
    expect(dates('today and yesterday', '2005-04-07')).toEqual(['2005-04-07', '2005-04-06']);
    expect(dates("last month's election", '2007-11-03')).toEqual(['2007-10']);
    expect(dates('Earlier this week, guerrillas attacked', '2005-04-07')).toEqual(['2005-04-04/2005-04-06']);
    expect(dates('next week', '2005-04-07')).toEqual(['2005-04-11/2005-04-17']);
    expect(dates('last week, last Saturday, two days ago, last year', '2005-04-07')).toEqual([
      '2005-03-28/2005-04-03',
      '2005-04-02',
      '2005-04-05',
      '2004',
    ]);
    expect(dates('Earlier this month, police; Thursday, April 7, 2005', '2024-05-11')).toEqual([
      '2024-05-01/2024-05-10',
      '2005-04-07',
    ]);
    expect(dates('yesterday and on Nov. 3', '2007-11-05')).toEqual(['2007-11-04', '2007-11-03']);
    expect(dates('on Saturday and today, last month', null)).toEqual([null, null, null]);
    expect(dates('In 2005-04-07 news, Nov. 3, 2004 and Nov. 3', null)).toEqual([
      '2005-04-07',
      '2004-11-03',
      null,
    ]);
  });

  it('reads weekends as Friday to Sunday, and "this week" of a past event up to publication', () => {
    // 2016-09-07 was a Wednesday, 2016-09-03 a Saturday
    expect(dates('took place this weekend', '2016-09-07')).toEqual(['2016-09-02/2016-09-04']);
    expect(dates('ran throughout the weekend', '2016-09-07')).toEqual(['2016-09-02/2016-09-04']);
    expect(dates('last weekend', '2016-09-07')).toEqual(['2016-09-02/2016-09-04']);
    expect(dates('last weekend; this weekend', '2016-09-03')).toEqual([
      '2016-08-26/2016-08-28',
      '2016-09-02/2016-09-04',
    ]);
    expect(dates('next weekend', '2016-09-07')).toEqual(['2016-09-09/2016-09-11']);
    expect(dates('this weekend', null)).toEqual([null]);
    // relative to another event, or the weekend as a noun
    expect(dates('the weekend before, the weekend was quiet', '2016-09-07')).toEqual([]);
    // 2006-02-23 was a Thursday
    expect(dates('It was published this week.', '2006-02-23')).toEqual(['2006-02-20/2006-02-23']);
    expect(dates('She would open talks this week.', '2006-02-23')).toEqual(['2006-02-20/2006-02-26']);
  });

  it('marks phrases that refer back to the last day named, and skips a year that names an edition', () => {
    const doc = segment('In the first game of the day, Sweden won. Later that day, Belgium won.');
    expect(findDates(doc, 0, doc.tokens.length, '2018-06-19').map((d) => [d.sameDay, d.edtf])).toEqual([
      [true, null],
      [true, null],
    ]);
    expect(dates('during the 2018 FIFA World Cup, in the 2018 season, in 2018', null)).toEqual([
      '2018',
      '2018',
    ]);
  });

  it('runs only the chrono parsers that can match, with the same results as all of them', () => {
    const texts = [
      'on Friday, March 3, 2023 and 3 March 2023 and 2023-03-03 and 2023 March',
      'two days ago, last night, tonight, tomorrow, next week, this month, the past 3 days, Thurs. and Sat.',
      'the weekend before; a few weeks earlier; after this week; +2 days; -3 months; SEPT. 4; MAY 1',
      ...[
        'May 1',
        'in May',
        'may 2020',
        '2020 may',
        '1st of May',
        'May 3rd to 5th',
        'the 2nd of Jan.',
        'Nov. 3',
      ],
      ...[
        'Friday',
        'on sat.',
        'the weekend',
        'weekday',
        'THURS',
        '2 days ago',
        'a year before',
        'a week earlier',
      ],
      ...[
        'tonight',
        'last night',
        'LAST  NIGHT',
        '2005/04/07',
        '2005.4.7',
        '2005 Apr 7',
        'now',
        'today',
        'tmrw',
        'overmorrow',
        'yesterday',
        'this week',
        'past month',
      ],
      ...[
        'next year',
        'after this week',
        'after 2 days',
        '+2 days',
        '-3 months',
        'this 2 weeks',
        'last 3 days',
      ],
      // the weekday parser's gate without "week", the year-first parser's with a separator after the year
      ...[
        'Monday of next week',
        'Mon, this week',
        'last weekend',
        'next weekday',
        'monthis week',
        'this month',
        'sun. this week',
        'in 2007 and 2008',
        '2005-4-7',
        '2005 4 7',
        '2005 april 7',
        '2005.Sept.7',
        '2005/SEPT/07',
        '12005-04-07',
      ],
    ];
    texts.push(...goldWindows());
    const shape = (rs: ReturnType<typeof parseWithChrono>) =>
      rs.map((r) => [r.index, r.text, r.start.date().getTime(), r.end?.date().getTime(), [...r.tags()]]);
    const ref = { instant: new Date(Date.UTC(2024, 1, 29, 12)), timezone: 0 };
    for (const t of texts)
      expect(shape(parseWithChrono(t, ref)), t).toEqual(shape(parseWithAllParsers(t, ref)));
  });
});

describe("the parsers a window's words let through", () => {
  it('are those its text lets through (more only where a capital lower-cases to ASCII)', () => {
    const texts = [
      ...goldWindows(),
      ...['Thursday, April 7, 2005', 'Nov. 3', 'on Saturday', 'last Friday', 'two days ago', 'in March'],
      ...['2005-04-07', 'in 2005-04-07', '2005/SEPT/07', '12005-04-07', 'x2005-04-07', '2005 april 7'],
      ...['x.monday', 'a.b.tuesday', 'e.g.Mon', "Jan's", 'Mon-based', 'this+week', 'last-week', 'ago2'],
      ...[`${'a'.repeat(199)}mon day`, `${'a'.repeat(198)}sun`, `${'1'.repeat(98)}2005-04-07`, 'pre​mon'],
      ...['FRİDAY', 'frİday', 'todKy', 'MONTH', 'Last Week', 'YESTERDAY and TODAY'],
    ];
    let differ = 0;
    for (const t of texts) {
      const doc = segment(t);
      if (doc.tokens.length === 0) continue;
      const slice = t.slice(doc.tokens[0]!.start, doc.tokens[doc.tokens.length - 1]!.end);
      const byText = parsersFor(slice);
      const byWords = parsersOfWindow(doc, 0, doc.tokens.length, slice);
      expect(byWords & byText, t).toBe(byText);
      if (byWords !== byText) differ++;
    }
    // only the texts with a capital that lower-cases to ASCII ("İ", the Kelvin sign)
    expect(differ).toBeLessThanOrEqual(3);
  });
});

describe('phrases read without chrono', () => {
  // expressions chrono reads, the phrases read without it among them, and what stands next to them
  const EXPRESSIONS = [
    ...['yesterday', 'today', 'Yesterday', 'TODAY', 'last week', 'this week', 'next week', 'past week'],
    ...['this month', 'this year', 'Last Week', 'THIS MONTH', 'the past week', 'earlier this week'],
    ...['earlier this month', 'earlier this year', 'since yesterday', 'since last week', 'until today'],
    ...['yesterday morning', 'yesterday night', 'today, Monday', 'Monday, yesterday', 'yesterday (Monday)'],
    ...['yesterday, April 7', 'yesterday, April 7, 2005', 'April 7 yesterday', 'yesterday 2005'],
    ...['today, 2005', 'the end of yesterday'],
    ...['yesterday to today', 'from yesterday until today', 'today and yesterday', 'yesterday and last week'],
    ...['tonight and yesterday', 'known yesterday', 'snow today', 'yesterday at 5 pm', "yesterday's vote"],
    ...['yesterday-morning', 'x-yesterday', '_yesterday', 'yesterday_', 'yesterday2', '2 yesterday'],
    ...['by the end of this month', 'the last day of this month', 'end of last week', 'end of the this year'],
    ...["last week's", 'last weekend', 'last weekday', 'last week-end', 'LAST  WEEK', 'last\nweek'],
    ...['this month-long', 'this monthly', 'this month, May', 'May this month', 'in May this year'],
    ...['this month 2005', 'this year 2005', 'this week Monday', 'Monday this week', 'Monday of this week'],
    ...['this week on Monday', 'past weeks', 'after this week', 'after last week', 'lastly this week'],
    ...['this-week', 'this week.', 'two weeks this month', 'two days ago this week', 'a week ago last week'],
    ...['three weeks earlier this month', '+1 week', '-1 week this month', 'this month - May', 'the 2nd'],
    ...['last month', 'next year', 'last year', 'past month', 'this week 2005-04-07', 'this quarter'],
    ...['a year before this year', 'the day before yesterday', 'the day after today', 'tomorrow or today'],
    ...['Thursday, April 7, 2005', 'Nov. 3', 'on Saturday', 'last Friday', 'two days ago', 'in March'],
  ];
  const CONTEXTS = [
    (e: string) => e,
    (e: string) => `Officials said the two sides met ${e} in the capital.`,
    (e: string) => `${e}, the ministry said`,
    (e: string) => `The talks will resume ${e}, the envoy said.`,
    (e: string) => `It was published ${e}.`,
    (e: string) => `BRISBANE, Australia, ${e} — officials met`,
  ];
  // weekdays, month and year ends, a leap day, half a year from March, no publication date
  const PUBLISHED = [null, '2005-04-07', '2016-09-03', '2016-09-04', '2016-09-05', '2009-05-31'];
  PUBLISHED.push('2009-06-01', '2008-12-31', '2009-01-01', '2008-02-29', '2024-03-31', '2009-09-30');
  PUBLISHED.push('0099-06-15');

  it('is all chrono finds in the window, where it is read', () => {
    const ref = { instant: new Date(Date.UTC(2024, 1, 29, 12)), timezone: 0 };
    const texts = [...EXPRESSIONS.flatMap((e) => CONTEXTS.map((c) => c(e))), ...goldWindows()];
    let read = 0;
    for (const t of texts) {
      const phrase = phraseAlone(t, ref);
      if (!phrase) continue;
      read++;
      expect(
        parseWithAllParsers(t, ref).map((r) => [r.index, r.text]),
        t,
      ).toEqual([[phrase.index, phrase.text]]);
    }
    expect(read).toBeGreaterThan(100);
    expect(phraseAlone('Officials met in Paris last week.', ref)?.text).toBe('last week');
    expect(phraseAlone('Kyiv earlier this month.', ref)?.text).toBe('this month');
    expect(phraseAlone('by the end of this month', ref)).toBeNull();
    expect(phraseAlone('yesterday and last week', ref)).toBeNull();
  });

  it('gives the dates chrono gives, for every publication date and in every zone', () => {
    const docs = [
      ...EXPRESSIONS.flatMap((e) => CONTEXTS.map((c) => segment(c(e)))),
      // the gold windows with a word of a phrase
      ...goldWindows()
        .filter((t) => /yesterday|today|week|month|year/i.test(t))
        .map((t) => segment(t)),
    ];
    const saved = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Chatham']) {
        process.env.TZ = zone;
        for (const doc of docs)
          for (const p of PUBLISHED) {
            const n = doc.tokens.length;
            expect(findDates(doc, 0, n, p), `${zone} ${p} ${doc.text}`).toEqual(
              findDatesWithChrono(doc, 0, n, p),
            );
          }
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('finds every expression chrono reads (a window is never skipped)', () => {
    for (const e of EXPRESSIONS) {
      const doc = segment(`Officials said the two sides met ${e} in the capital.`);
      const chronoFound = findDatesWithChrono(doc, 0, doc.tokens.length, '2005-04-07');
      expect(findDates(doc, 0, doc.tokens.length, '2005-04-07'), e).toEqual(chronoFound);
    }
    // each phrase read without chrono is found, with its value
    const at = (e: string) => dates(`Officials said the two sides met ${e} in the capital.`, '2005-04-07');
    expect(at('yesterday')).toEqual(['2005-04-06']);
    expect(at('today')).toEqual(['2005-04-07']);
    expect(at('last week')).toEqual(['2005-03-28/2005-04-03']);
    expect(at('this week')).toEqual(['2005-04-04/2005-04-07']);
    expect(at('next week')).toEqual(['2005-04-11/2005-04-17']);
    expect(at('past week')).toEqual(['2005-03-31/2005-04-07']);
    expect(at('this month')).toEqual(['2005-04']);
    expect(at('this year')).toEqual(['2005']);
    expect(at('earlier this month')).toEqual(['2005-04-01/2005-04-06']);
  });
});

describe('findDates and the time zone of the machine', () => {
  // chrono reads some values in local time (dates/time-zones.ts, "Time zones"): the same text and publication
  // date must give the same dates on a machine in any zone. The zones: UTC, the Pacific east of UTC+11
  // where "this month" of 31 May read June, a half-hour and a 45-minute zone, daylight saving both sides.
  const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Auckland', 'Pacific/Chatham', 'America/St_Johns'];
  const EXPRESSIONS = [
    'this month',
    'this year',
    'in March',
    'in December',
    'last December',
    'on March 3',
    'on 3 March',
    'Dec. 31',
    'on Thursday, March 3',
    'since March',
    'from March to May',
    'from March 3 to 5',
    'from November 28 to December 2',
    'by the end of March',
    'yesterday',
    'last week',
  ];
  const PUBLISHED: string[] = [];
  for (let d = Date.UTC(2009, 0, 1); d < Date.UTC(2010, 0, 1); d += 86_400_000) {
    const day = new Date(d);
    // month ends and starts, and the days around half a year from March (where the implied year turns)
    if (day.getUTCDate() >= 29 || day.getUTCDate() <= 2) PUBLISHED.push(day.toISOString().slice(0, 10));
  }
  const readAll = () =>
    EXPRESSIONS.flatMap((e) => {
      const doc = segment(`Officials said the two sides met ${e} in the capital.`);
      return PUBLISHED.map((p) => `${e} | ${p} | ${JSON.stringify(findDates(doc, 0, doc.tokens.length, p))}`);
    });

  it('gives the same dates in every zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = readAll();
      expect(utc).toContain(
        'this month | 2009-05-31 | [{"from":6,"to":8,"edtf":"2009-05","since":false,"point":"2009-05"}]',
      );
      for (const zone of ZONES) {
        process.env.TZ = zone;
        expect(new Date(Date.UTC(2009, 4, 31, 12)).getTimezoneOffset() === 0).toBe(zone === 'UTC');
        const here = readAll();
        expect(
          here.filter((line, i) => line !== utc[i]),
          zone,
        ).toEqual([]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
