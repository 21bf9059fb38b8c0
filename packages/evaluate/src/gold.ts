/** One entity of a gold file. */
export interface GoldEntity {
  name: string;
  type: 'person' | 'organization' | 'location';
  aliases: string[];
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
}

/** An article text with its gold annotations. */
export interface GoldArticle {
  id: string;
  text: string;
  gold: GoldFile;
}
