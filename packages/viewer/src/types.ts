import type {
  EntityRow,
  EventEvidenceRow,
  EventParticipantRow,
  EventRelationRow,
  EventRow,
  MentionRow,
  QuoteRow,
  RedirectRow,
  SourceRow,
} from '@newsfacts/schemas';

/** The published tables of one release, as rows. */
export interface ReleaseTables {
  sources: SourceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  event_evidence: EventEvidenceRow[];
  event_participants: EventParticipantRow[];
  event_relations: EventRelationRow[];
  redirects: RedirectRow[];
}

/** A downloadable file of the release (never `index.html` itself). */
export interface ReleaseFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ReleasePageInput {
  dataset: string;
  version: string;
  title: string;
  description: string;
  license: string;
  citation: string;
  tables: ReleaseTables;
  /** Source id → exact text, only for redistributable sources. */
  texts: Record<string, string>;
  files: ReleaseFile[];
}

export interface DatasetIndexVersion {
  version: string;
  rootSha256: string;
  /** Reason the version was withdrawn, or null. */
  withdrawn: string | null;
}

export interface DatasetIndexEntry {
  dataset: string;
  title: string;
  versions: DatasetIndexVersion[];
  latest: string | null;
}
