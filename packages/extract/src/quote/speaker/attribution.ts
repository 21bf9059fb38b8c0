import type { Cluster } from '../../entity/grouping/types.js';

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

/** A speaker named by an entity mention. */
export function namedSpeaker(
  m: { cluster: Attribution['speaker']; from: number; to: number },
  cueFrom: number,
  cueTo: number,
): Attribution {
  return {
    speaker: m.cluster,
    description: null,
    cueFrom,
    cueTo,
    reportedBy: [],
    speakerFrom: m.from,
    speakerTo: m.to,
  };
}
