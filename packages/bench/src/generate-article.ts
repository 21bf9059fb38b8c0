import type { Random } from './random.js';
import * as V from './vocabulary.js';

/** A generated article in the shape of input-article.schema.json. */
export interface GeneratedArticle {
  id: string;
  text: string;
  title: string;
  outlet: string;
  published: string;
  language?: string;
}

interface Person {
  full: string;
  short: string;
  role: string | null;
  mentioned: boolean;
}

const MIN_BYTES = 1000;
const MAX_BYTES = 50_000;

/** Article sizes: log-normal around ~6 KB, clamped to 1–50 KB. */
function targetSize(r: Random): number {
  const u = Math.max(r.next(), 1e-9);
  const gauss = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
  return Math.round(Math.min(MAX_BYTES - 2000, Math.max(MIN_BYTES, Math.exp(Math.log(5400) + 0.55 * gauss))));
}

function makePerson(r: Random): Person {
  const first = r.pick(V.FIRST_NAMES);
  const last = r.pick(V.SURNAMES);
  const titled = r.chance(0.5);
  return {
    full: titled ? `${r.pick(V.TITLES)} ${first} ${last}` : `${first} ${last}`,
    short: last,
    role: titled ? null : `${r.pick(V.ROLES)} ${r.pick(V.ORGANIZATIONS)}`,
    mentioned: false,
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Past dates only: the statements are reported facts, dated before publication. */
function dateExpr(r: Random, year: number, month: number): string {
  switch (r.int(9)) {
    case 0:
      return `on ${r.pick(V.WEEKDAYS)}`;
    case 1:
      return `on ${r.pick(V.MONTHS)} ${r.between(1, 28)}, ${year - 1 - r.int(3)}`;
    case 2:
      return 'last week';
    case 3:
      return `in ${year - r.between(1, 20)}`;
    case 4:
      return 'earlier this month';
    case 5:
      return 'yesterday';
    case 6:
      return `from ${year - r.between(5, 15)} to ${year - r.between(1, 4)}`;
    case 7: {
      // "between February and November 2022" is read with February in the publication year by the
      // extractor today (reported); the generator writes the year on both ends.
      const y = year - 1 - r.int(2);
      return `between ${r.pick(V.MONTHS.slice(0, 6))} ${y} and ${r.pick(V.MONTHS.slice(6))} ${y}`;
    }
    default:
      // With the year: the extractor today anchors a yearless "on 6 January" after the publication
      // date even in a past-tense sentence (reported), which validation rightly refuses.
      return month > 0 ? `on ${r.between(1, 28)} ${V.MONTHS[r.int(month)]} ${year}` : `in ${year - 1}`;
  }
}

/** Writes sentences about one cast of people, organizations and places. */
class Writer {
  private readonly people: Person[];
  private readonly orgs: string[];
  private readonly places: string[];

  constructor(
    private readonly r: Random,
    private readonly year: number,
    private readonly month: number,
  ) {
    this.people = Array.from({ length: r.between(3, 6) }, () => makePerson(r));
    this.orgs = Array.from({ length: r.between(2, 4) }, () => r.pick(V.ORGANIZATIONS));
    this.places = Array.from({ length: r.between(2, 4) }, () => r.pick(V.PLACES));
  }

  /** First mention: full name with title or role; later mentions: the surname. */
  person(subject = true): string {
    const p = this.r.pick(this.people);
    if (p.mentioned) return p.short;
    p.mentioned = true;
    return p.role && subject ? `${p.full}, ${p.role},` : p.full;
  }

  private who(): string {
    return this.r.chance(0.3) ? this.r.pick(this.orgs) : this.person();
  }

  sentence(): string {
    const r = this.r;
    const date = dateExpr(r, this.year, this.month);
    const claim = r.pick(V.CLAIMS);
    switch (r.int(15)) {
      case 0:
      case 1:
        return `${cap(this.who())} ${r.pick(V.EVENTS)} ${r.chance(0.5) ? this.person(false) : r.pick(V.COUNTRIES)} in ${r.pick(this.places)} ${date}.`;
      case 2:
        return `${cap(this.who())} ${r.pick(V.INTRANSITIVE_EVENTS)} ${date}, ${r.pick(this.orgs)} said.`;
      case 3:
        return `"${cap(claim)}," ${this.person(false)} said ${date}.`;
      case 4:
        return `${this.person().replace(/,$/, '')} told reporters in ${r.pick(this.places)}: "${cap(claim)}."`;
      case 5:
        return `${cap(this.person())} said that ${r.pick(V.TOPICS)} would be discussed again ${date}.`;
      case 6:
        return `According to ${r.pick(this.orgs)}, ${r.pick(V.TOPICS)} will cost more than ${r.between(2, 900)} million dollars.`;
      case 7:
        return `"${cap(claim)}," said ${this.person(false)}. "${cap(r.pick(V.CLAIMS))}."`;
      default:
        return r.pick(V.FILLER);
    }
  }
}

/** One news-like article: headline line, dateline, paragraphs of events, quotes and dates. */
export function generateArticle(r: Random, id: string): GeneratedArticle {
  const year = r.between(2012, 2024);
  const month = r.int(12);
  const day = r.between(1, 28);
  const outlet = r.pick(V.OUTLETS);
  const w = new Writer(r, year, month);
  const place = r.pick(V.PLACES);
  const title = `${w.person(false)} ${r.pick(['warns on', 'defends', 'rejects', 'welcomes', 'questions'])} ${r.pick(V.TOPICS)}`;
  const size = targetSize(r);
  const paragraphs = [
    `${place.toUpperCase()}, ${V.MONTHS[month]} ${day} (${outlet}) - ${w.sentence()} ${w.sentence()}`,
  ];
  let bytes = title.length + paragraphs[0]!.length;
  while (bytes < size) {
    const p = Array.from({ length: r.between(2, 4) }, () => w.sentence()).join(' ');
    paragraphs.push(p);
    bytes += p.length + 2;
  }
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { id, text: `${cap(title)}\n\n${paragraphs.join('\n\n')}\n`, title: cap(title), outlet, published };
}

/** A non-English article (French, Spanish or German paragraphs) for the language filter. */
export function generateForeignArticle(r: Random, id: string): GeneratedArticle {
  const n = r.between(5, 10);
  const body = Array.from({ length: n }, () => r.pick(V.FOREIGN)).join('\n\n');
  return {
    id,
    text: `${body}\n`,
    title: body.slice(0, 60),
    outlet: r.pick(V.OUTLETS),
    published: '2024-01-15',
  };
}
