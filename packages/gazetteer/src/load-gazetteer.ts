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
}

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
  for (const e of entries) {
    for (const form of [e.name, ...e.aliases]) {
      const key = normalizeKey(form);
      const list = index.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      index.set(key, list);
    }
  }
  return { entries, lookup: (surface) => index.get(normalizeKey(surface)) ?? [] };
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
