import { normalizeCore } from '@newsfacts/evidence';
import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { spanText } from '../name-shape.js';
import { type Candidate, MAX_NAME_TOKENS, makeCandidate, type NameType } from './candidate.js';
import { gazetteer } from './entity-gazetteer.js';

/** Names in a Title Case headline: spans that the body (or a word list) knows, longest first. */
export function namesInTitleCase(
  doc: Doc,
  from: number,
  to: number,
  body: readonly Candidate[],
): Candidate[] {
  const { tokens } = doc;
  const known = new Map<string, Candidate>();
  for (const c of body)
    if (c.type !== null && c.coreTo > c.coreFrom && !known.has(c.key)) known.set(c.key, c);
  const out: Candidate[] = [];
  let i = from;
  while (i < to) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    let found = 0;
    for (let n = Math.min(MAX_NAME_TOKENS, to - i); n >= 1 && !found; n--) {
      const text = spanText(tokens, i, i + n);
      const key = normalizeCore(text).toLowerCase();
      const model = known.get(key);
      const country = lexicon.country(key);
      const type: NameType | null =
        model?.type ??
        (country || lexicon.places.has(key) ? 'location' : (gazetteer.lookup(text)[0]?.type ?? null));
      if (!type || (n === 1 && !model && !country && lexicon.common.has(key))) continue;
      const c = makeCandidate(doc, i, i + n, i, i + n, {
        type,
        form: 'name',
        titles: [],
        uncertain: false,
        rule: 'entity/headline-known-name',
        gaz: model?.gaz ?? gazetteer.lookup(text)[0] ?? null,
        iso: model?.iso ?? country?.iso ?? null,
        canonical: model?.canonical ?? (country ? country.name : null),
      });
      if (model) c.key = model.key;
      out.push(c);
      found = n;
    }
    i += found || 1;
  }
  return out;
}

/** A headline in Title Case: most of its words of four letters or more are capitalized. */
export function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}
