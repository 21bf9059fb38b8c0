import { sha256 } from '@newsfacts/evidence';
import type { Source, Texts } from '@newsfacts/schemas';
import { ReleaseError } from './release-error.js';
import { utf8 } from './stringify-json.js';
import { textPathFor } from './text-path.js';

/** The path of every source's text in the release (null when it may not ship), and the shipped bytes. */
export function buildTextFiles(
  sources: readonly Source[],
  texts: Texts,
): { textPaths: Map<string, string | null>; files: Map<string, Uint8Array> } {
  const textPaths = new Map<string, string | null>();
  const files = new Map<string, Uint8Array>();
  for (const s of sources) {
    if (!s.redistributable) {
      textPaths.set(s.id, null);
      continue;
    }
    const text = texts.get(s.id);
    if (text === undefined)
      throw new ReleaseError('release/missing-text', `no text given for source ${s.id}`);
    const bytes = utf8(text);
    if (sha256(bytes) !== s.sha256) {
      throw new ReleaseError(
        'release/missing-text',
        `the text given for source ${s.id} does not match its sha256`,
      );
    }
    const path = textPathFor(s.id);
    if (files.has(path))
      throw new ReleaseError('release/invalid-dataset', `two sources share the text path ${path}`);
    textPaths.set(s.id, path);
    files.set(path, bytes);
  }
  return { textPaths, files };
}
