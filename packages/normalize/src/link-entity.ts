import { normalizeKey } from '@newsfacts/evidence';
import { countryCode, type Gazetteer, type GazetteerEntry } from '@newsfacts/gazetteer';
import type { Entity } from '@newsfacts/schemas';

export interface Link {
  type: Entity['type'];
  name: string;
  qid: string | null;
  iso3166_1_alpha2: string | null;
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

function fromEntry(entry: GazetteerEntry): Link {
  return {
    type: entry.type,
    name: entry.name,
    qid: entry.qid,
    iso3166_1_alpha2: entry.iso3166_1_alpha2 ?? (entry.type === 'location' ? countryCode(entry.name) : null),
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
 * Canonical name, type, Wikidata QID and ISO 3166-1 code of an entity from the gazetteer. Unknown
 * entities keep their name and get a null QID — never a guess.
 */
export function linkEntity(
  entity: Pick<Entity, 'type' | 'name' | 'aliases' | 'mentions'>,
  gazetteer: Gazetteer,
): Link {
  // A capital standing for its government ("New Delhi said") is the country; otherwise the place itself.
  const metonymic = entity.mentions.length > 0 && entity.mentions.every((m) => m.form === 'metonym');
  const country = metonymic ? gazetteer.metonymsOf(entity.name).find((c) => c.iso3166_1_alpha2) : undefined;
  if (country) return fromEntry(country);
  let entry = pick(entity, gazetteer.lookup(entity.name));
  for (const alias of entity.aliases) entry ??= pick(entity, gazetteer.lookup(alias));
  // The words a name mention quotes: "Washington D.C." ends a sentence, and the name lost its full stop.
  entry ??= byNameMentions(entity, gazetteer);
  if (entry) return fromEntry(entry);
  return {
    type: entity.type,
    name: entity.name,
    qid: null,
    iso3166_1_alpha2: entity.type === 'location' ? countryCode(entity.name) : null,
  };
}
