import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc, Sentence } from '../text/segment.js';
import { buildEvent } from './build-event.js';
import { isAnaphoricAt, isPossessed } from './event-anaphora.js';
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
  doc.sentences.forEach((s, si) => {
    if (s.headline && isDateOnly(doc, s)) return;
    const clauses = splitClauses(doc.tokens, s);
    // dates matter only to events: read them once the sentence has one
    let dates: DateMention[] | undefined;
    for (const [cf, ct] of clauses) {
      const { kept, all } = triggersIn(input, cf, ct);
      if (kept.length === 0) continue;
      const types = new Set<string>();
      for (const f of kept) {
        // one event per type and clause: "killed in the bombing" is one attack
        if (types.has(f.t.type)) continue;
        types.add(f.t.type);
        dates ??= findDates(doc, s.from, s.to, input.published);
        const ev = buildEvent(input, s, si, cf, ct, f, dates, firstBodyPara);
        ev.anaphoric = all.some((g) => g.t.type === f.t.type && isAnaphoricAt(doc.tokens, g.from, cf, g.t.w));
        ev.possessive = f.t.w === 1 && isPossessed(doc.tokens, f.from);
        ev.relative = /^(which|who|that)$/.test(doc.tokens[cf]?.lower ?? '');
        if (ev.participants.length === 0)
          ev.participants.push(...subjectEventParticipants(doc, events, all, cf, f));
        events.push(ev);
      }
    }
  });
  for (const st of input.statements) {
    const ev = statementEvent(input, st, events, firstBodyPara);
    if (ev) events.push(ev);
  }
  events.sort((a, b) => a.spans[0]!.from - b.spans[0]!.from);
  return mergeMentions(doc, events);
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
