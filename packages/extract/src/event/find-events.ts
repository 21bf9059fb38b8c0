import { lexicon, participantWords } from '../lexicon/load-lexicons.js';
import type { Doc, Sentence } from '../text/segment.js';
import { buildEvent } from './build-event.js';
import type { DateMention } from './dates/date-mention.js';
import { isAnaphoricAt, isPossessed } from './event-anaphora.js';
import { type DateContext, frontedDate, NO_DATE_CONTEXT } from './event-date.js';
import { findDates } from './find-dates.js';
import { triggersIn } from './find-triggers.js';
import type { EventInputs, FoundEvent } from './found-event.js';
import { mergeMentions } from './merge-event-mentions.js';
import { statementEvent } from './rules/statement.js';
import { splitClauses } from './split-clauses.js';
import type { TriggerHit } from './trigger-hit.js';

export type { EventInputs, FoundEvent, Statement } from './found-event.js';

/** Events from trigger words, one per clause and type, with date, participants, location and modality. */
export function findEvents(input: EventInputs): FoundEvent[] {
  const { doc } = input;
  const events: FoundEvent[] = [];
  const firstBodyPara = firstBodyParagraph(doc);
  const story = new StoryDates(input);
  doc.sentences.forEach((s, si) => {
    if (s.stamp || (s.headline && isDateOnly(doc, s))) return;
    const clauses = splitClauses(doc.tokens, s);
    // a sentence's dates are read once it has an event; a body sentence without one only tells later ones
    // what day it is, which they read when they need it (StoryDates)
    let dates: DateMention[] | undefined;
    let context: DateContext | undefined;
    for (const [cf, ct] of clauses) {
      const { kept, all } = triggersIn(input, cf, ct);
      if (kept.length === 0) continue;
      const types = new Set<string>();
      for (const f of kept) {
        // one event per type and clause: "killed in the bombing" is one attack
        if (types.has(f.t.type)) continue;
        types.add(f.t.type);
        dates ??= s.headline ? findDates(doc, s.from, s.to, input.published) : story.read(doc, s);
        context ??= s.headline ? NO_DATE_CONTEXT : story.contextFor(s);
        const ev = buildEvent(input, s, si, cf, ct, f, dates, firstBodyPara, context);
        // "the attack", "carried out the attack": a definite noun of this event refers back; a definite noun of
        // another kind is what the act is about ("welcomed the visit"), not this act told again
        ev.anaphoric = all.some(
          (g) => g.t.type === f.t.type && sameKind(g, f) && isAnaphoricAt(doc.tokens, g.from, cf, g.t.w),
        );
        ev.possessive = f.t.w === 1 && isPossessed(doc.tokens, f.from);
        ev.relative = participantWords.relativeOpeners.has(doc.tokens[cf]?.lower ?? '');
        if (ev.participants.length === 0)
          ev.participants.push(...subjectEventParticipants(doc, events, all, cf, f));
        events.push(ev);
      }
    }
    if (s.headline) return;
    if (dates) story.after(input, s, dates);
    else story.defer(s);
  });
  for (const st of input.statements) {
    const ev = statementEvent(input, st, events, firstBodyPara);
    if (ev) events.push(ev);
  }
  events.sort((a, b) => a.spans[0]!.from - b.spans[0]!.from);
  return mergeMentions(doc, events);
}

/** A sentence's DateContext, worked out when first asked (a class: an object literal with a getter is slow to make). */
class FrameContext implements DateContext {
  private value: string | null = null;
  private known = false;

  constructor(
    private readonly story: StoryDates,
    private readonly s: Sentence,
  ) {}

  get carried(): string | null {
    if (!this.known) {
      this.value = this.story.carriedFor(this.s);
      this.known = true;
    }
    return this.value;
  }
}

/** A day or an interval of days in EDTF. */
const DAYS = /^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/;

/**
 * The dates the text has told so far, read sentence by sentence: the last day it named (what "later that
 * day" refers to; the publication date before any) and the date of the last sentence-initial frame ("On
 * Monday, …"), which later sentences told in the simple past and stating no date of their own take: through
 * its paragraph, and past it when the frame is a day or a few days, until the text states another date.
 *
 * A sentence without events tells later ones what day it is, and often tells them nothing they use: its dates
 * are read only when needed, with the same results as if read as they came. Such sentences wait in `pending`,
 * in text order. When an event asks for the frame, they are read from the last back to the one that tells a
 * date (which sets the frame whatever came before it); those before it can then only have named the last day
 * and move to `early`, read only when a "that day" needs the last day. An event's sentence that tells dates
 * sets the frame itself: the waiting sentences move to `early`, or are dropped when it names a day.
 */
class StoryDates {
  /** The last day named before the sentences in `early` (the publication date before any). */
  private lastDay: string | null;
  private carried: string | null = null;
  private para = -1;
  /** Sentences not taken in yet, with their dates once read ("that day" resolved). */
  private readonly pending: Waiting[] = [];
  /** Sentences before a frame: what they tell can only change the last day. */
  private readonly early: Waiting[] = [];
  private readonly published: string | null;

  constructor(private readonly input: EventInputs) {
    this.published = input.published;
    this.lastDay = this.published ? this.published.slice(0, 10) : null;
  }

  /** A body sentence without events: its dates are read only if a later sentence needs what they tell. */
  defer(s: Sentence): void {
    this.pending.push({ s });
  }

  /** The dates of an event's body sentence, "that day" resolved. */
  read(doc: Doc, s: Sentence): DateMention[] {
    const dates = findDates(doc, s.from, s.to, this.published);
    if (dates.some((d) => d.sameDay)) {
      this.settle();
      const day = this.dayNow();
      resolveSameDay(dates, day);
    }
    return dates;
  }

  /** What an earlier frame gives an event's sentence, worked out (waiting sentences read) when first asked. */
  contextFor(s: Sentence): DateContext {
    return new FrameContext(this, s);
  }

  carriedFor(s: Sentence): string | null {
    this.settleFrame();
    const keeps = s.para === this.para || (this.carried !== null && DAYS.test(this.carried));
    return keeps ? this.carried : null;
  }

  /**
   * Takes in what an event's sentence said. Dates it tells set the frame whatever came before: the waiting
   * sentences can then only have named the last day, and not even that when the sentence names a day.
   */
  after(input: EventInputs, s: Sentence, dates: readonly DateMention[]): void {
    const told = toldDates(input, dates);
    if (told.length === 0) {
      this.pending.push({ s, dates });
      return;
    }
    this.early.push(...this.pending);
    this.pending.length = 0;
    this.take(s, told);
  }

  /** Takes in the waiting sentences, reading them from the last back to the one that tells a date. */
  private settleFrame(): void {
    const { pending } = this;
    let i = pending.length - 1;
    let told: DateMention[] = [];
    for (; i >= 0; i--) {
      const p = pending[i]!;
      if (!p.dates) {
        const read = findDates(this.input.doc, p.s.from, p.s.to, this.published);
        // whether "that day" tells a date depends on the sentences before: read them all in order
        if (read.some((d) => d.sameDay)) {
          this.settle();
          return;
        }
        p.dates = read;
      }
      told = toldDates(this.input, p.dates);
      if (told.length > 0) break;
    }
    for (let j = 0; j < i; j++) this.early.push(pending[j]!);
    for (let j = Math.max(i, 0); j < pending.length; j++) this.take(pending[j]!.s, j === i ? told : []);
    pending.length = 0;
  }

  /** Reads the waiting sentences, in text order. */
  private settle(): void {
    const dayNow = () => this.dayNow();
    for (const p of this.pending) this.take(p.s, toldDates(this.input, this.datesOf(p, dayNow)));
    this.pending.length = 0;
  }

  /** The dates of a waiting sentence, "that day" resolved to `lastDay()`, the last day named before it. */
  private datesOf(p: Waiting, lastDay: () => string | null): readonly DateMention[] {
    if (p.dates) return p.dates;
    const dates = findDates(this.input.doc, p.s.from, p.s.to, this.published);
    if (dates.some((d) => d.sameDay)) {
      const day = lastDay();
      resolveSameDay(dates, day);
    }
    return dates;
  }

  /** The last day named so far: the days the `early` sentences name, read in order. */
  private dayNow(): string | null {
    for (const p of this.early) {
      const dates = this.datesOf(p, () => this.lastDay);
      for (const d of toldDates(this.input, dates)) if (DAY.test(d.edtf!)) this.lastDay = d.edtf;
    }
    this.early.length = 0;
    return this.lastDay;
  }

  /**
   * Takes in the dates a body sentence told: the last day it names, and the date that frames it ("Yesterday,
   * …", "In the first game of the day, …"), which carries on through its paragraph until another date is stated.
   */
  private take(s: Sentence, told: readonly DateMention[]): void {
    if (s.para !== this.para) {
      this.para = s.para;
      // a day ("Yesterday, …", "In the first game of the day, …") frames an episode told over several
      // paragraphs; a year or a month ("This year, …") only the paragraph that names it
      if (this.carried && !DAYS.test(this.carried)) this.carried = null;
    }
    if (told.length === 0) return;
    for (const d of told) {
      if (!DAY.test(d.edtf!)) continue;
      // a day named now is the last day, whatever the sentences before it named
      this.early.length = 0;
      this.lastDay = d.edtf;
    }
    const frame = frontedDate(this.input.doc.tokens, s, told);
    const past = frame && (!this.published || frame.edtf!.slice(0, 10) <= this.published);
    this.carried = past && told.every((d) => d.edtf === frame.edtf) ? frame.edtf : null;
  }
}

/** A body sentence whose dates are not taken in yet, and its dates once read. */
interface Waiting {
  s: Sentence;
  dates?: readonly DateMention[];
}

/** A single day in EDTF. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dates a sentence tells of the story: not "since 1958", which measures a span up to now, nor dates
 * inside direct quotes, which are the speaker's.
 */
function toldDates(input: EventInputs, dates: readonly DateMention[]): DateMention[] {
  const { tokens } = input.doc;
  return dates.filter(
    (d) =>
      d.edtf !== null &&
      !d.since &&
      tokens[d.from - 1]?.lower !== 'since' &&
      !input.quoted[d.from] &&
      !input.shortQuoted[d.from],
  );
}

/**
 * "The talks fizzled out in 2007": a trigger stated of a definite mention of an earlier event ("The talks"
 * before it in the clause) is done by that event's participants (the last factual event of its class).
 */
function subjectEventParticipants(
  doc: Doc,
  earlier: readonly FoundEvent[],
  all: readonly TriggerHit[],
  cf: number,
  f: TriggerHit,
): FoundEvent['participants'] {
  for (const g of all) {
    if (g.from >= f.from || !isAnaphoricAt(doc.tokens, g.from, cf, g.t.w)) continue;
    const cls = g.t.class ?? g.t.t;
    for (let i = earlier.length - 1; i >= 0; i--) {
      const e = earlier[i]!;
      if (e.eventClass === cls && e.modality !== 'hypothetical' && e.modality !== 'negated')
        return [...e.participants];
    }
  }
  return [];
}

/** The lede's paragraph: undated events up to the one after it are the news of the day. */
function firstBodyParagraph(doc: Doc): number {
  for (const s of doc.sentences) if (!s.headline) return s.para;
  return 0;
}

/** A headline that is only a date ("Monday, March 3") names no event. */
function isDateOnly(doc: Doc, s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'word' && !lexicon.weekdays.has(t.lower) && !lexicon.months.has(t.lower)) return false;
  }
  return true;
}

/** Two triggers of one kind of happening: the same hit, or the same class (or word) of the lexicon. */
function sameKind(g: TriggerHit, f: TriggerHit): boolean {
  return g === f || (g.t.class ?? g.t.t) === (f.t.class ?? f.t.t);
}

/**
 * "later that day": the last day named before (the caller's `day`); "five days later": that many days after
 * the last day named before it in its own sentence, else after `day`.
 */
function resolveSameDay(dates: DateMention[], day: string | null): void {
  let before: string | null = null;
  for (const d of dates) {
    if (d.sameDay) {
      const base = d.offsetDays ? (before ?? day) : day;
      d.edtf = d.point = base && d.offsetDays ? addIsoDays(base, d.offsetDays) : base;
    } else if (d.edtf && DAY.test(d.edtf)) before = d.edtf;
  }
}

/** An ISO day plus n days. */
function addIsoDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
