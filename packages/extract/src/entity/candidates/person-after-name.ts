import { normalizeCore } from '@newsfacts/evidence';
import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { hasOfHead, isLikelyPersonName, spanText } from '../name-shape.js';
import { type Candidate, MAX_NAME_TOKENS, makeCandidate } from './candidate.js';
import { gazetteer } from './entity-gazetteer.js';

/** Where a two- or three-word personal name starts after an organization or place name in one run, or 0. */
export function personAfterName(tokens: readonly Token[], a: number, to: number): number {
  if (to - a < 3 || to - a > MAX_NAME_TOKENS) return 0;
  for (let k = Math.max(a + 1, to - 3); k <= to - 2; k++) {
    // a three-word name must open with a given name ("… Arlington Amneh Jafari" is two words)
    if (!isLikelyPersonName(tokens, k, to) || (to - k === 3 && !lexicon.givenNames.has(tokens[k]!.lower)))
      continue;
    // ("Salto del Guairá": a name after a particle goes on the first; a person's name opens capitalized)
    // ("African Party for the Independence of Cape Verde": nor is a country's or a place's name a person's)
    if (!tokens[k]!.cap || isPlaceName(tokens, k, to)) continue;
    const head = spanText(tokens, a, k);
    const last = tokens[k - 1]!.lower;
    // ("Santos Tepec Yat", "Estancia Santa Clara": one word of the place list alone, no country, is as likely
    // the first word of the whole name)
    if (k - a === 1 && lexicon.country(last) === undefined && !lexicon.orgHeads.has(last)) {
      if (lexicon.places.has(last) && gazetteer.lookup(head).length === 0) continue;
    }
    // ("Club Atlético Sarandí", "Grupo Santa Fe": a word that opens organizations' names, alone, opens this one)
    if (k - a === 1 && lexicon.orgFirstWords.has(last)) continue;
    const key = normalizeCore(head).toLowerCase();
    if (
      lexicon.orgHeads.has(last) ||
      // "the House Rajiv Menon", "Parliament Jane Doe": an institution named by its head word alone
      (k - a === 1 && (entityWords.institutions.has(last) || entityWords.buildings.has(last))) ||
      hasOfHead(tokens, a, k) ||
      // ("Republic of Kenya Joseph Kamau Njoroge": a name that ends "of" a country or a place)
      (k - a >= 3 &&
        tokens[k - 2]!.lower === 'of' &&
        (lexicon.country(last) !== undefined || lexicon.places.has(last))) ||
      lexicon.country(key) !== undefined ||
      lexicon.places.has(key) ||
      (lexicon.actorType(key) ?? 'person') !== 'person' ||
      gazetteer.lookup(head).length > 0
    )
      return k;
  }
  return 0;
}

/** "Red Cross Tamsin Okoro": the personal name after the organization or place name. */
export function personAfter(doc: Doc, split: number, to: number): Candidate {
  return makeCandidate(doc, split, to, split, to, {
    type: 'person',
    form: 'name',
    titles: [],
    uncertain: false,
    rule: 'entity/person-after-name',
  });
}

function isPlaceName(tokens: readonly Token[], k: number, to: number): boolean {
  const rest = spanText(tokens, k, to);
  return lexicon.country(rest) !== undefined || lexicon.places.has(rest.toLowerCase());
}
