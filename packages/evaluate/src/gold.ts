/** One entity of a gold file. */
export interface GoldEntity {
  name: string;
  type: 'person' | 'organization' | 'location';
  aliases: string[];
  /** The entity's English Wikipedia title, when the gold gives one (GUM), to check linking. */
  wikipedia?: string | null;
}

/** One quote of a gold file. */
export interface GoldQuote {
  text: string;
  speaker: string | null;
  speaker_description: string | null;
  kind: 'direct' | 'block' | 'indirect';
}

/** One event of a gold file. */
export interface GoldEvent {
  type: string;
  date: string | null;
  participants: string[];
  location: string | null;
  evidence: string;
}

/** The NN.gold.json shape (tests/gold/GUIDELINES.md). */
export interface GoldFile {
  source_url: string | null;
  outlet: string | null;
  published: string | null;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  events: GoldEvent[];
  /** The layers this gold annotates (default: all); GUM annotates entities only. */
  annotated?: GoldLayer[];
}

export type GoldLayer = 'entities' | 'quotes' | 'events';

/** An article text with its gold annotations. */
export interface GoldArticle {
  id: string;
  text: string;
  gold: GoldFile;
}

/** One PLOVER gold sentence (tests/gold/plover-gsr/README.md): one coded event type per sentence. */
export interface PloverCase {
  id: string;
  text: string;
  type: string;
}

/** A gold folder: articles with full gold, or PLOVER sentences with one event type each. */
export type GoldSet = { kind: 'articles'; articles: GoldArticle[] } | { kind: 'plover'; cases: PloverCase[] };
