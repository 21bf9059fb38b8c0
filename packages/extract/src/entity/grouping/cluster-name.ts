import { normalizeCore } from '@newsfacts/evidence';
import type { Doc } from '../../text/segment.js';
import { isUpperCase, spanText } from '../name-shape.js';
import type { Cluster, MentionSpan } from './types.js';

/**
 * The entity's name: a country's common name, else the fullest name written, else the gazetteer name
 * ("Ruth Ames" for "Ruth Ames" … "Ames"; "Nairobi" rather than a dateline's "NAIROBI").
 */
export function clusterName(doc: Doc, cl: Cluster): string {
  if (cl.canonical && cl.iso) return countryName(doc, cl, cl.canonical);
  let best: string | null = null;
  let bestWords = 0;
  for (const m of cl.mentions) {
    if (m.form !== 'name' && m.form !== 'title' && m.form !== 'byline') continue;
    const core = coreOf(doc, m);
    // a dateline in capitals ("NAIROBI") loses to the same name in normal case
    const words = wordCount(core) - (core.length > 4 && isUpperCase(core) ? 0.5 : 0);
    if (core && words > bestWords) {
      best = core;
      bestWords = words;
    }
  }
  if (cl.type === 'person' && cl.fullName && cl.fullName.split(' ').length >= bestWords) best = cl.fullName;
  return best ?? cl.canonical ?? cl.gaz?.name ?? coreOf(doc, cl.mentions[0]!);
}

/**
 * A country is named as the gazetteer names it unless the article never writes that name and calls it by
 * another full name ("Turkey" for Türkiye, "Czech Republic" for Czechia): then the article's own name,
 * which its readers and the gold search for. Abbreviations ("US", "DRC") still give the gazetteer's name.
 */
function countryName(doc: Doc, cl: Cluster, canonical: string): string {
  let own: string | null = null;
  const key = canonical.toLowerCase();
  for (const m of cl.mentions) {
    if (m.form !== 'name') continue;
    const core = coreOf(doc, m);
    if (core.toLowerCase() === key) return canonical;
    if (core.length > 3 && !isUpperCase(core) && (own === null || core.length > own.length)) own = core;
  }
  return own ?? canonical;
}

/** `s.split(' ').length`, without the array (clusterName runs for every mention, several times). */
function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

function coreOf(doc: Doc, m: MentionSpan): string {
  return normalizeCore(spanText(doc.tokens, m.coreFrom, m.to));
}
