import { sha256 } from '@newsfacts/evidence';
import { slugify } from './clean-text.js';

/**
 * Id rules (docs/ids.md). Ids depend only on what defines the record, never on processing order or
 * on other articles: entities on their QID or type + name, spans on the source text's hash + offsets.
 */
const HASH_LENGTH = 16;

function digest(...parts: (string | number)[]): string {
  return sha256(parts.join('\u0000')).slice(0, HASH_LENGTH);
}

export function entityId(type: string, name: string, qid: string | null): string {
  return qid ?? `${type}:${slugify(name)}`;
}

export function spanId(
  kind: 'mention' | 'quote' | 'event',
  sourceSha256: string,
  start: number,
  end: number,
): string {
  return `${kind}:${digest(kind, sourceSha256, start, end)}`;
}

export function relationId(from: string, type: string, to: string): string {
  return `relation:${digest(from, type, to)}`;
}

/** A source without a declared id is named by its text. */
export function sourceIdFor(textSha256: string): string {
  return `source:${textSha256.slice(0, HASH_LENGTH)}`;
}
