import { readFileSync } from 'node:fs';

export type EntityType = 'person' | 'organization' | 'location';

/** One verified entry of a gazetteer data file (see data/SOURCES.md for where each QID comes from). */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  qid: string | null;
  aliases: string[];
  iso3166_1_alpha2?: string;
  iso3166_1_alpha3?: string;
  source: string | null;
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** Entries whose name or alias equals the key (see normalizeKey), in file order. */
  lookup(surface: string): readonly GazetteerEntry[];
  /**
   * Entries a place name can stand for by metonymy ("New Delhi said" → India): aliases written as
   * "New Delhi (as the Indian government)" in the data.
   */
  metonymsOf(surface: string): readonly GazetteerEntry[];
}

const METONYM_ALIAS = /^(.+?) \(as (?:the )?[^)]*\)$/u;

/** Lookup key: NFC, curly apostrophes straightened, whitespace collapsed, case folded, leading "the" dropped. */
export function normalizeKey(surface: string): string {
  return surface
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const index = new Map<string, GazetteerEntry[]>();
  const metonyms = new Map<string, GazetteerEntry[]>();
  const add = (map: Map<string, GazetteerEntry[]>, form: string, e: GazetteerEntry) => {
    const key = normalizeKey(form);
    const list = map.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    map.set(key, list);
  };
  for (const e of entries) {
    add(index, e.name, e);
    for (const alias of e.aliases) {
      const metonym = METONYM_ALIAS.exec(alias);
      if (metonym) add(metonyms, metonym[1]!, e);
      else add(index, alias, e);
    }
  }
  return {
    entries,
    lookup: (surface) => index.get(normalizeKey(surface)) ?? [],
    metonymsOf: (surface) => metonyms.get(normalizeKey(surface)) ?? [],
  };
}

const DATA_FILES = ['south-asia-entities.json'];
let bundled: Gazetteer | undefined;

/** The gazetteer shipped with this package (read once; immutable). */
export function defaultGazetteer(): Gazetteer {
  bundled ??= buildGazetteer(
    DATA_FILES.flatMap(
      (f) => JSON.parse(readFileSync(new URL(`../data/${f}`, import.meta.url), 'utf8')) as GazetteerEntry[],
    ),
  );
  return bundled;
}
