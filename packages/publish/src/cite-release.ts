import type { ReleaseInput } from './release-input.js';

/** How to cite a release. No year: the release date is optional and must not change other files. */
export function citeRelease(input: Pick<ReleaseInput, 'name' | 'meta'> & { version: string }): string {
  const who = input.meta.contributors.map((c) => c.title).join('; ');
  const where = input.meta.homepage ? ` ${input.meta.homepage}` : '';
  return `${who ? `${who}. ` : ''}${input.meta.title} (version ${input.version}) [Data set]. newsfacts dataset ${input.name}.${where}`;
}
