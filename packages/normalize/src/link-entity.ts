import { normalizeKey } from '@newsfacts/evidence';
import { countryCode, type Gazetteer, type GazetteerEntry } from '@newsfacts/gazetteer';
import type { Entity } from '@newsfacts/schemas';

export interface Link {
  type: Entity['type'];
  name: string;
  qid: string | null;
  iso3166_1_alpha2: string | null;
  /**
   * The country (ISO 3166-1 alpha-2) a place linked to a QID is or lies in, when the gazetteer states it:
   * what tells an article's country (see articleCountry). Null for anything else.
   */
  country: string | null;
}

function pick(
  entity: Pick<Entity, 'type' | 'name'>,
  candidates: readonly GazetteerEntry[],
): GazetteerEntry | null {
  if (candidates.length === 0) return null;
  const key = normalizeKey(entity.name);
  const sameType = candidates.filter((c) => c.type === entity.type);
  // A place never renames a person or an organization: "Sweden" the football team is not the country.
  const pool =
    sameType.length > 0 ? sameType : candidates.filter((c) => c.type !== 'location' && !c.sameTypeOnly);
  if (pool.length === 0) return null;
  const exact = pool.filter((c) => normalizeKey(c.name) === key);
  if (exact.length === 1) return exact[0]!;
  // Several different entries share this alias: ambiguous, so no link rather than a guess.
  return new Set(pool).size === 1 ? pool[0]! : null;
}

/** The country a place entry with a QID is (a country) or lies in (a region, a city, a capital). */
function countryOf(entry: GazetteerEntry, gazetteer: Gazetteer): string | null {
  if (entry.type !== 'location' || !entry.qid) return null;
  return (
    entry.iso3166_1_alpha2 ??
    entry.country ??
    gazetteer.countryOfCapital(entry.name)?.iso3166_1_alpha2 ??
    null
  );
}

function fromEntry(entry: GazetteerEntry, gazetteer: Gazetteer): Link {
  return {
    type: entry.type,
    name: entry.name,
    qid: entry.qid,
    iso3166_1_alpha2: entry.iso3166_1_alpha2 ?? (entry.type === 'location' ? countryCode(entry.name) : null),
    country: countryOf(entry, gazetteer),
  };
}

/**
 * The entry the words of the entity's name mentions find, the first in mention order. An entity is
 * often named the same way many times: each distinct form is looked up once (it finds the same entry
 * every time).
 */
function byNameMentions(
  entity: Pick<Entity, 'type' | 'name' | 'mentions'>,
  gazetteer: Gazetteer,
): GazetteerEntry | null {
  const tried = new Set<string>();
  for (const m of entity.mentions) {
    const words = m.evidence.exact;
    if (m.form !== 'name' || tried.has(words)) continue;
    tried.add(words);
    const entry = pick(entity, gazetteer.lookup(words));
    if (entry) return entry;
  }
  return null;
}

/**
 * The link of a place whose name places in other countries share (`Gazetteer.shared`), chosen by the country
 * the article is about (see articleCountry): the one candidate that lies in that country while none of the
 * name's other claimants does. For an entity `linkEntity` left without a QID; null when a place `lookup`
 * knows has one of the entity's forms, or when no candidate or two are left.
 */
export function linkByArticleCountry(
  entity: Pick<Entity, 'type' | 'name' | 'aliases' | 'mentions'>,
  gazetteer: Gazetteer,
  articleCountry: string,
): Link | null {
  if (entity.type !== 'location') return null;
  const names = entity.mentions.filter((m) => m.form === 'name').map((m) => m.evidence.exact);
  const forms = [...new Set([entity.name, ...entity.aliases, ...names])];
  if (forms.some((f) => gazetteer.lookup(f).some((e) => e.type === 'location'))) return null;
  const fit = new Map<string, GazetteerEntry>();
  for (const f of forms)
    for (const e of gazetteer.shared(f))
      if (e.qid && e.country === articleCountry && !(e.sharedWith ?? []).includes(articleCountry))
        fit.set(e.qid, e);
  return fit.size === 1 ? fromEntry([...fit.values()][0]!, gazetteer) : null;
}

/**
 * Canonical name, type, Wikidata QID and ISO 3166-1 code of an entity from the gazetteer. Unknown
 * entities keep their name and get a null QID — never a guess (a place whose name is shared abroad:
 * linkByArticleCountry).
 */
export function linkEntity(
  entity: Pick<Entity, 'type' | 'name' | 'aliases' | 'mentions'>,
  gazetteer: Gazetteer,
): Link {
  // A capital standing for its government ("New Delhi said") is the country; otherwise the place itself.
  const metonymic = entity.mentions.length > 0 && entity.mentions.every((m) => m.form === 'metonym');
  const country = metonymic ? gazetteer.metonymsOf(entity.name).find((c) => c.iso3166_1_alpha2) : undefined;
  if (country) return fromEntry(country, gazetteer);
  let entry = pick(entity, gazetteer.lookup(entity.name));
  for (const alias of entity.aliases) entry ??= pick(entity, gazetteer.lookup(alias));
  // The words a name mention quotes: "Washington D.C." ends a sentence, and the name lost its full stop.
  entry ??= byNameMentions(entity, gazetteer);
  if (entry) return fromEntry(entry, gazetteer);
  return {
    type: entity.type,
    name: entity.name,
    qid: null,
    iso3166_1_alpha2: entity.type === 'location' ? countryCode(entity.name) : null,
    country: null,
  };
}

/**
 * The country an article is about, from the places it links without it: each place linked to a QID whose
 * country the gazetteer states (a country, a first-level region, a city) gives that country one vote per
 * mention. The country with strictly the most votes; null on a tie or without any.
 */
export function articleCountry(
  links: readonly { link: Pick<Link, 'qid' | 'country'>; mentions: number }[],
): string | null {
  const votes = new Map<string, number>();
  for (const { link, mentions } of links)
    if (link.qid && link.country) votes.set(link.country, (votes.get(link.country) ?? 0) + mentions);
  let best: string | null = null;
  let most = 0;
  let tie = false;
  for (const [country, n] of votes) {
    if (n > most) [best, most, tie] = [country, n, false];
    else if (n === most) tie = true;
  }
  return tie ? null : best;
}
