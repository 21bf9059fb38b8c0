import type { TableName } from '@newsfacts/schemas';

/** One line per table for the data card. */
export const TABLE_DESCRIPTIONS: Record<TableName, string> = {
  sources: 'The articles: metadata, licence, and the SHA-256 and code-point length of the exact text.',
  entities: 'People, organizations and locations (the only three entity types), merged across articles.',
  mentions: 'Each place an entity is named or described, with its span in the source.',
  quotes: 'Direct and indirect quotes with their speakers, cues and spans.',
  events: 'What happened: type, summary, trigger word, EDTF date, location, modality.',
  event_evidence: 'The spans that support each event, in order.',
  event_participants: 'Entities taking part in events, with their roles.',
  event_relations: 'Relations between events, with the span that states each.',
  redirects: 'Ids retired by a merge or split, with their successors.',
};
