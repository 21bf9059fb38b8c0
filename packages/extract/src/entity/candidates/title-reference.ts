import type { Doc } from '../../text/segment.js';
import { type Candidate, makeCandidate } from './candidate.js';

/** "the Chief Justice": a run of titles alone (tokens from..to) refers to a person who carries them. */
export function titleReference(doc: Doc, from: number, to: number, titles: string[]): Candidate {
  return makeCandidate(doc, from, to, to, to, {
    type: 'person',
    form: 'title',
    titles,
    uncertain: false,
    rule: 'entity/title-reference',
  });
}
