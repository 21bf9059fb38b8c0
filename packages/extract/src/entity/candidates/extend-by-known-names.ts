import type { Doc } from '../../text/segment.js';
import { spanText } from '../name-shape.js';
import type { Candidate, NameType } from './candidate.js';

/** "Amnesty international" after "Amnesty International": extend a run by lower-case words that complete a known name. */
export function extendByKnownNames(doc: Doc, cands: Candidate[]): void {
  const known = new Map<string, Candidate>();
  for (const c of cands) if (c.coreTo - c.coreFrom > 1 && !known.has(c.key)) known.set(c.key, c);
  for (const c of cands) {
    const next = doc.tokens[c.coreTo];
    if (next?.kind !== 'word' || next.cap) continue;
    const longer = `${c.key} ${next.lower}`;
    const model = known.get(longer);
    if (model) {
      c.type = model.type;
      c.gaz = model.gaz;
      c.rule = model.rule;
      c.coreTo++;
      c.to = c.coreTo;
      c.key = longer;
      c.core = spanText(doc.tokens, c.coreFrom, c.coreTo);
      c.uncertain = false;
    }
  }
  const typed = new Map<string, NameType>();
  for (const c of cands) if (c.type !== null && !typed.has(c.key)) typed.set(c.key, c.type);
  for (const c of cands) if (c.type === null) c.type = typed.get(c.key) ?? null;
}
