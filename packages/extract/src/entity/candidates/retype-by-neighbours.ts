import { entityWords, lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { listWithOrganizations } from './list-with-organizations.js';

/**
 * Names typed only by default take the type of a place they are listed with ("Arizona and Nevada",
 * "Baton Rouge, Louisiana", "Cairns and the Atherton Tableland"): one pass each way over the candidates.
 */
export function retypeByNeighbours(doc: Doc, cands: Candidate[]): void {
  const { tokens } = doc;
  const named = cands.filter((c) => c.coreTo > c.coreFrom);
  const isPlace = (c: Candidate) => c.type === 'location';
  const linked = (x: Candidate, y: Candidate) => linkBetween(tokens, x, y);
  const retype = (c: Candidate) => {
    c.type = 'location';
    c.weak = false;
    c.uncertain = false;
    c.rule = 'entity/listed-with-place';
  };
  // "Sophie Lindqvist in Brussels and Marco Bellandi in Milan": a person's name (a known given name first, or
  // a name that is itself placed "in" somewhere) is not a place for being listed with one
  const personal = (c: Candidate) =>
    c.type === 'person' &&
    c.coreTo - c.coreFrom >= 2 &&
    (lexicon.givenNames.has(tokens[c.coreFrom]!.lower) ||
      (tokens[c.coreTo]?.lower === 'in' && tokens[c.coreTo + 1]?.cap === true));
  const soft = (c: Candidate) => (c.weak || c.uncertain || c.type === null) && !personal(c);
  for (let i = 0; i + 1 < named.length; i++) {
    const x = named[i]!;
    const y = named[i + 1]!;
    const link = linked(x, y);
    if (!link) continue;
    // "Baton Rouge, Louisiana": a place before the larger place that contains it; not "Jan Roe, Panama
    // coach", where the place only qualifies the person's role
    const role = tokens[y.coreTo];
    const qualifies =
      link === 'apposition' &&
      role !== undefined &&
      !role.cap &&
      (lexicon.titles.has(role.lower) || entityWords.memberNouns.has(role.lower));
    if (isPlace(y) && soft(x) && x.titles.length === 0 && !qualifies) retype(x);
    else if (link === 'list' && isPlace(x) && soft(y) && y.titles.length === 0) retype(y);
  }
  for (let i = named.length - 2; i >= 0; i--) {
    const x = named[i]!;
    const y = named[i + 1]!;
    if (linked(x, y) === 'list' && isPlace(y) && soft(x) && x.titles.length === 0) retype(x);
  }
  listWithOrganizations(doc, named, linked);
}

/**
 * How two names are joined by the (at most three) words between them, "the" left out: "and", "or",
 * ", and", ", or" list them, "," sets one in apposition to the other. No array or string is made: this runs
 * for every pair of neighbouring names, several times.
 */
function linkBetween(tokens: readonly Token[], x: Candidate, y: Candidate): 'list' | 'apposition' | null {
  let k = x.coreTo;
  if (tokens[k]?.text === '.' && tokens[k]!.start === tokens[k - 1]!.end) k++;
  if (k > y.from || y.from - k > 3) return null;
  let first: string | undefined;
  let second: string | undefined;
  let n = 0;
  for (; k < y.from; k++) {
    const w = tokens[k]!.lower;
    if (w === 'the') continue;
    if (n === 0) first = w;
    else if (n === 1) second = w;
    n++;
  }
  const conjunction = (w: string | undefined) => lexicon.listConjunctions.has(w ?? '');
  if (n === 1 && conjunction(first)) return 'list';
  if (n === 2 && first === ',' && conjunction(second)) return 'list';
  return n === 1 && first === ',' ? 'apposition' : null;
}
