import type { Doc } from '../../text/segment.js';
import { isPossessiveMark } from '../../text/tokenize.js';
import { spanText } from '../name-shape.js';
import { type Candidate, makeCandidate } from './candidate.js';
import { gazetteer } from './entity-gazetteer.js';
import { extendRun } from './extend-run.js';

/** "Kenya's Supreme Court": a known name written as a possessive. */
export function possessiveName(doc: Doc, i: number, j: number, end: number): Candidate | null {
  const { tokens } = doc;
  const apostrophe = tokens[j];
  const next = tokens[j + 1];
  if (!apostrophe || !next || !isPossessiveMark(apostrophe) || !next.cap || j + 1 >= end) return null;
  const k = extendRun(tokens, j + 1, end);
  const text = spanText(tokens, i, k);
  const gaz = gazetteer.lookup(text)[0];
  if (!gaz) return null;
  return makeCandidate(doc, i, k, i, k, {
    type: gaz.type,
    form: 'possessive',
    titles: [],
    uncertain: false,
    rule: 'entity/possessive',
    gaz,
    canonical: gaz.name,
  });
}
