import type { Cluster } from '../../entity/grouping/types.js';
import type { Doc } from '../../text/segment.js';

/** Who a quote is attributed to, and the cue words (a token range) that say so. */
export interface Attribution {
  speaker: Cluster | null;
  description: string | null;
  cueFrom: number;
  cueTo: number;
  /** Reporters relaying the speaker, nearest first. */
  reportedBy: { speaker: Cluster | null; description: string | null }[];
  /** Token range of the speaker phrase. */
  speakerFrom: number;
  speakerTo: number;
}

/** The speaker phrase [from, to): who it names (or null) and the words that describe the speaker (or null). */
export function spokenBy(
  speaker: Attribution['speaker'],
  description: string | null,
  from: number,
  to: number,
  cueFrom: number,
  cueTo: number,
): Attribution {
  return { speaker, description, cueFrom, cueTo, reportedBy: [], speakerFrom: from, speakerTo: to };
}

/** A speaker named by an entity mention. */
export function namedSpeaker(
  m: { cluster: Attribution['speaker']; from: number; to: number },
  cueFrom: number,
  cueTo: number,
): Attribution {
  return spokenBy(m.cluster, null, m.from, m.to, cueFrom, cueTo);
}

/** A speaker the phrase [from, to) describes in its words ("a council spokesperson"), with the body it names, if any. */
export function describedBy(
  doc: Doc,
  speaker: Attribution['speaker'],
  from: number,
  to: number,
  cueFrom: number,
  cueTo: number,
): Attribution {
  const description = doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
  return spokenBy(speaker, description, from, to, cueFrom, cueTo);
}
