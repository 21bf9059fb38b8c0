import { normalizeCore } from '@newsfacts/evidence';
import type { Doc } from '../../text/segment.js';
import type { Candidate } from '../candidates/candidate.js';
import { nearest } from './nearest.js';
import { findByWords, personWords } from './person-words.js';
import type { Cluster, Grouping } from './types.js';

/**
 * A personal name of step 1: "Ursula von der Leyen" joins the person so named (or makes one) and files its
 * words; "Von der Leyen" after it is her surname.
 */
export function groupPersonName(
  doc: Doc,
  g: Grouping,
  personIndex: Map<string, Cluster[]>,
  c: Candidate,
): void {
  const words = personWords(doc, c);
  // "Von der Leyen" after "Ursula von der Leyen": a surname with its particles
  // ("Judge Reyes" after "U.S. District Judge Carolyn M. Reyes": a titled surname of the one person so named)
  const owners =
    words.length === 1 && (c.titles.length === 0 || personIndex.get(words[0]!)?.length === 1)
      ? personIndex.get(words[0]!)
      : undefined;
  if (owners && owners.length > 0) {
    g.add(nearest(owners, c.from), c, 'surname');
    return;
  }
  let cl = g.known(c, 'person') ?? findByWords(personIndex, words);
  if (!cl) cl = g.create(c, 'person');
  for (const w of words) {
    cl.words.add(w);
    const list = personIndex.get(w) ?? [];
    if (!list.includes(cl)) list.push(cl);
    personIndex.set(w, list);
  }
  if (!c.gaz || cl.gaz === null) cl.gaz ??= c.gaz;
  if (c.gaz) g.byGaz.set(c.gaz, cl);
  const full = normalizeCore(c.core);
  if (!cl.fullName || full.length > cl.fullName.length) cl.fullName = full;
  g.add(cl, c, c.form === 'title' || c.form === 'byline' ? c.form : 'name');
}
