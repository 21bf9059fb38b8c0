import { lexicon } from '../lexicon/load-lexicons.js';
import type { Doc } from '../text/segment.js';
import type { FoundEvent } from './find-events.js';

export interface FoundRelation {
  from: FoundEvent;
  to: FoundEvent;
  type: 'before' | 'after' | 'causes';
  cueFrom: number;
  cueTo: number;
  cue: string;
}

const cues = [...lexicon.relationCues.entries()].map(([cue, type]) => ({ words: cue.split(' '), type }));

/** Links two events of one sentence through a cue between their triggers ("A triggered B", "B after A"). */
export function findRelations(doc: Doc, events: readonly FoundEvent[]): FoundRelation[] {
  const { tokens } = doc;
  // (loops, not flatMap: V8 makes an array per event for it and does not inline it)
  const triggers: { e: FoundEvent; at: number; end: number; sentence: number }[] = [];
  for (const e of events)
    for (const m of e.mentions) triggers.push({ e, at: m.from, end: m.to, sentence: m.sentence });
  triggers.sort((a, b) => a.at - b.at);
  const out: FoundRelation[] = [];
  for (let i = 0; i + 1 < triggers.length; i++) {
    const a = triggers[i]!;
    const b = triggers[i + 1]!;
    if (a.sentence !== b.sentence || a.e === b.e) continue;
    for (let k = a.end; k < b.at; k++) {
      const cue = cues.find((c) => c.words.every((w, j) => tokens[k + j]?.lower === w));
      if (!cue) continue;
      const passive = tokens[k + cue.words.length]?.lower === 'by';
      const type = cue.type as FoundRelation['type'];
      const rel = type === 'causes' && passive ? { from: b.e, to: a.e, type } : { from: a.e, to: b.e, type };
      out.push({ ...rel, cueFrom: k, cueTo: k + cue.words.length, cue: cue.words.join(' ') });
      break;
    }
  }
  return out;
}
