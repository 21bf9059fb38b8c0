import { lexicon } from '../../lexicon/load-lexicons.js';
import type { Doc } from '../../text/segment.js';
import type { Candidate } from '../candidates/candidate.js';
import { lastIndexBefore } from './nearest.js';
import type { Cluster, Grouping } from './types.js';

/** The portfolio part of a title ("minister of labour", "secretary for health"). */
const PORTFOLIO_OF = / (of|for) /;

type Holders = Map<string, { at: number; cl: Cluster }[]>;

/**
 * Step 3: a title reference in apposition names the person after it ("the Minister of Economy, Henrique
 * Sampaio,"); other title references ("the Chief Justice", "the minister") go to the last person who carried
 * that title.
 */
export function referToTitleHolders(doc: Doc, g: Grouping, cands: readonly Candidate[]): void {
  const appositive = appositiveTitles(doc, g, cands);
  const holders = titleHolders(g.persons);
  for (const c of cands) {
    if (!(c.form === 'title' && c.coreTo === c.coreFrom) || appositive.has(c)) continue;
    const holder = lastBefore(c.titles, holders, c.from);
    if (holder) g.add(holder, c, 'title', c.from, c.to);
  }
}

/**
 * "the Minister of Economy, Henrique Sampaio, of the bid": a title reference, a comma, then a person's name
 * closed by a comma or a full stop; the title joins that person (their titles, a 'title' mention). Returns
 * the title references so placed.
 */
function appositiveTitles(doc: Doc, g: Grouping, cands: readonly Candidate[]): Set<Candidate> {
  const placed = new Set<Candidate>();
  const { tokens } = doc;
  let personAt: Map<number, Cluster> | undefined;
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i]!;
    if (!(c.form === 'title' && c.coreTo === c.coreFrom) || tokens[c.to]?.text !== ',') continue;
    const next = cands[i + 1]!;
    if (next.from !== c.to + 1 || !/^[,.]$/.test(tokens[next.to]?.text ?? '')) continue;
    personAt ??= personStarts(g.persons);
    const person = personAt.get(next.from);
    if (!person) continue;
    g.add(person, c, 'title', c.from, c.to);
    placed.add(c);
  }
  return placed;
}

/** The person each mention start belongs to. */
function personStarts(persons: readonly Cluster[]): Map<number, Cluster> {
  const at = new Map<number, Cluster>();
  for (const p of persons) for (const m of p.mentions) at.set(m.from, p);
  return at;
}

/** Each title ("energy minister", "minister", its roles) with where persons carried it, ascending. */
function titleHolders(persons: readonly Cluster[]): Holders {
  const holders: Holders = new Map();
  for (const p of persons) {
    for (const m of p.mentions) {
      if (m.form !== 'title') continue;
      // Push, never copy: an article may repeat one titled name thousands of times.
      const file = (title: string) => {
        const list = holders.get(title) ?? [];
        list.push({ at: m.from, cl: p });
        holders.set(title, list);
      };
      for (const t of p.titles) {
        file(t);
        // "Energy Minister X" … "the minister": a title's head word refers to its holder too ("Minister of
        // Labour X" … "the minister": the word before the portfolio's "of" or "for")
        const portfolio = t.search(PORTFOLIO_OF);
        const base = portfolio > 0 ? t.slice(0, portfolio) : t;
        const head = base.slice(base.lastIndexOf(' ') + 1);
        if (base !== t && base !== head) file(base);
        if (head !== t) file(head);
        // "Justice X" … "the judge", "Sen. X" … "the senator"
        for (const role of lexicon.titleRoles.get(t.replace(/\.$/, '')) ?? []) file(role);
      }
    }
  }
  for (const list of holders.values()) list.sort((x, y) => x.at - y.at);
  return holders;
}

function lastBefore(titles: readonly string[], holders: Holders, at: number): Cluster | undefined {
  let best: { at: number; cl: Cluster } | undefined;
  for (const t of titles) {
    const list = holders.get(t);
    if (!list) continue;
    const k = lastIndexBefore(
      list.map((x) => x.at),
      at,
    );
    const h = list[k];
    if (h && (!best || h.at > best.at)) best = h;
  }
  return best?.cl;
}
