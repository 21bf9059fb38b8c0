import { cleanText, codePointLength, sha256 } from '@newsfacts/evidence';
import type { Source } from '@newsfacts/schemas';
import { GENERATOR } from '@newsfacts/schemas';
import { sourceIdFor } from './stable-ids.js';

export interface SourceMetadata {
  id?: string;
  title?: string | null;
  outlet?: string | null;
  authors?: string[];
  published?: string | null;
  url?: string | null;
  language?: string;
  license?: string;
  license_note?: string | null;
  attribution?: string | null;
  redistributable?: boolean;
}

const orNull = (s: string | null | undefined) => (s ? cleanText(s) || null : null);

/** The source record of a text: metadata cleaned, defaults filled, sha256 and code-point length of the text. */
export function buildSource(meta: SourceMetadata, text: string): Source {
  const hash = sha256(text);
  return {
    id: meta.id ?? sourceIdFor(hash),
    title: orNull(meta.title),
    outlet: orNull(meta.outlet),
    authors: (meta.authors ?? []).map(cleanText).filter(Boolean),
    published: meta.published ?? null,
    url: meta.url ?? null,
    language: meta.language ?? 'en',
    license: meta.license ?? 'LicenseRef-Unknown',
    license_note: orNull(meta.license_note),
    attribution: orNull(meta.attribution),
    redistributable: meta.redistributable ?? false,
    sha256: hash,
    length: codePointLength(text),
    provenance: { method: 'declared', rule: null, confidence: 1, generator: GENERATOR, changes: [] },
  };
}
