import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc, Sentence } from '../text/segment.js';
import { buildEvent } from './build-event.js';
import { isAnaphoricAt, isPossessed } from './event-anaphora.js';
import { type DateContext, frontedDate, NO_DATE_CONTEXT } from './event-date.js';
import { type DateMention, findDates } from './find-dates.js';
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
  const story = new StoryDates(input.published);
  doc.sentences.forEach((s, si) => {
    if (s.headline && isDateOnly(doc, s)) return;
    const clauses = splitClauses(doc.tokens, s);
    // headline dates matter only to its events: read them once it has one; body sentences tell later ones
    // what day it is
    let dates: DateMention[] | undefined = s.headline ? undefined : story.read(doc, s);
    const context = s.headline ? NO_DATE_CONTEXT : story.contextFor(s);
    for (const [cf, ct] of clauses) {
      const { kept, all } = triggersIn(input, cf, ct);
      if (kept.length === 0) continue;
      const types = new Set<string>();
      for (const f of kept) {
        // one event per type and clause: "killed in the bombing" is one attack
        if (types.has(f.t.type)) continue;
        types.add(f.t.type);
        dates ??= findDates(doc, s.from, s.to, input.published);
        const ev = buildEvent(input, s, si, cf, ct, f, dates, firstBodyPara, context);
        ev.anaphoric = all.some((g) => g.t.type === f.t.type && isAnaphoricAt(doc.tokens, g.from, cf, g.t.w));
        ev.possessive = f.t.w === 1 && isPossessed(doc.tokens, f.from);
        ev.relative = /^(which|who|that)$/.test(doc.tokens[cf]?.lower ?? '');
        if (ev.participants.length === 0)
          ev.participants.push(...subjectEventParticipants(doc, events, all, cf, f));
        events.push(ev);
      }
    }
    if (!s.headline) story.after(input, s, dates!);
  });
  for (const st of input.statements) {
    const ev = statementEvent(input, st, events, firstBodyPara);
    if (ev) events.push(ev);
  }
  events.sort((a, b) => a.spans[0]!.from - b.spans[0]!.from);
  return mergeMentions(doc, events);
}

/** A day or an interval of days in EDTF. */
const DAYS = /^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/;

/**
 * The dates the text has told so far, read sentence by sentence: the last day it named (what "later that
 * day" refers to; the publication date before any) and the date of the last sentence-initial frame ("On
 * Monday, …"), which later sentences told in the simple past and stating no date of their own take: through
 * its paragraph, and past it when the frame is a day or a few days, until the text states another date.
 */
class StoryDates {
  private lastDay: string | null;
  private carried: string | null = null;
  private para = -1;

  constructor(private readonly published: string | null) {
    this.lastDay = published ? published.slice(0, 10) : null;
  }

  /** The dates of a body sentence, "that day" resolved. */
  read(doc: Doc, s: Sentence): DateMention[] {
    const dates = findDates(doc, s.from, s.to, this.published);
    for (const d of dates) if (d.sameDay) d.edtf = d.point = this.lastDay;
    return dates;
  }

  contextFor(s: Sentence): DateContext {
    const keeps = s.para === this.para || (this.carried !== null && DAYS.test(this.carried));
    return { carried: keeps ? this.carried : null };
  }

  /**
   * Takes in what a body sentence said: the last day it names, and the date that frames it ("Yesterday, …",
   * "In the first game of the day, …"), which carries on through its paragraph until another date is stated.
   * Dates inside direct quotes are the speaker's, not the story's.
   */
  after(input: EventInputs, s: Sentence, dates: readonly DateMention[]): void {
    if (s.para !== this.para) {
      this.para = s.para;
      // a day ("Yesterday, …", "In the first game of the day, …") frames an episode told over several
      // paragraphs; a year or a month ("This year, …") only the paragraph that names it
      if (this.carried && !DAYS.test(this.carried)) this.carried = null;
    }
    // "since 1958" measures a span up to now, it tells no time of the story
    const { tokens } = input.doc;
    const told = dates.filter(
      (d) =>
        d.edtf !== null &&
        !d.since &&
        tokens[d.from - 1]?.lower !== 'since' &&
        !input.quoted[d.from] &&
        !input.shortQuoted[d.from],
    );
    if (told.length === 0) return;
    for (const d of told) if (/^\d{4}-\d{2}-\d{2}$/.test(d.edtf!)) this.lastDay = d.edtf;
    const frame = frontedDate(input.doc.tokens, s, told);
    const past = frame && (!this.published || frame.edtf!.slice(0, 10) <= this.published);
    this.carried = past && told.every((d) => d.edtf === frame.edtf) ? frame.edtf : null;
  }
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
