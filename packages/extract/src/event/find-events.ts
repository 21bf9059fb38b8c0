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
