import { ReleaseError } from './release-error.js';

/**
 * The one rule for an article whose source id was seen before (both writers and the runner's in-memory
 * assembler use it): the same text again is a repeat, to be dropped; another text is an error.
 */
export function sourceRepeat(id: string, seenSha256: string | undefined, sha256: string): 'new' | 'repeat' {
  if (seenSha256 === undefined) return 'new';
  if (seenSha256 === sha256) return 'repeat';
  throw new ReleaseError('release/duplicate-source', `source id '${id}' is used by two different texts`);
}
