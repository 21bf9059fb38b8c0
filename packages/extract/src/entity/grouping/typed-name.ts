import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Candidate, NameType } from '../candidates/candidate.js';
import { isAcronym } from '../name-shape.js';
import type { Cluster, Grouping } from './types.js';

/**
 * An organization's or a place's name of step 1: "(SQM)" after a name is its abbreviation, "the High
 * Court" after "High Court of Kenya" its head; any other joins the entity so named or makes one.
 */
export function groupTypedName(
  g: Grouping,
  acronyms: Map<string, Cluster>,
  ofHeads: Map<string, Cluster>,
  c: Candidate,
  type: NameType,
  len: number,
): void {
  // "(SQM)" after a name: the bracketed abbreviation and its later uses name that organization
  const expanded = len === 1 && isAcronym(c.core) ? acronyms.get(c.core.replace(/\./g, '')) : undefined;
  if (expanded) {
    g.add(expanded, c, 'abbreviation');
    return;
  }
  // "the High Court" after "High Court of Kenya": the head of an "X of Y" name
  const head = type === 'organization' ? ofHeads.get(c.key) : undefined;
  const cl = g.known(c, type) ?? head ?? g.create(c, type);
  g.add(cl, c, c.form === 'title' ? 'name' : c.form);
  if (c.acronym && !acronyms.has(c.acronym)) acronyms.set(c.acronym, cl);
  fileOfHeads(ofHeads, c, type, cl);
}

/** "High Court" of "High Court of Kenya" (and "Supreme Court" of "Italian Supreme Court of Cassation"). */
function fileOfHeads(ofHeads: Map<string, Cluster>, c: Candidate, type: NameType, cl: Cluster): void {
  const ofAt = c.key.indexOf(' of ');
  if (type === 'organization' && ofAt > 0 && !ofHeads.has(c.key.slice(0, ofAt)))
    ofHeads.set(c.key.slice(0, ofAt), cl);
  // "the Supreme Court" after "Italian Supreme Court of Cassation": the head without its demonym too
  const firstSpace = c.key.indexOf(' ');
  if (type === 'organization' && ofAt > firstSpace && firstSpace > 0) {
    const bareHead = c.key.slice(firstSpace + 1, ofAt);
    if (lexicon.demonym(c.key.slice(0, firstSpace)) && !ofHeads.has(bareHead)) ofHeads.set(bareHead, cl);
  }
  if (c.gaz && type === 'organization') {
    const name = c.gaz.name.toLowerCase();
    const gazOf = name.indexOf(' of ');
    if (gazOf > 0 && !ofHeads.has(name.slice(0, gazOf))) ofHeads.set(name.slice(0, gazOf), cl);
  }
}
