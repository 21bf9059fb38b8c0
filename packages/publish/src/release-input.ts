import type { Dataset, PipelineConfig, Texts } from '@newsfacts/schemas';
import type { ReleaseSnapshot } from './release-snapshot.js';

/** What the pipeline hands to publish. */
export interface ReleaseInput {
  /** Dataset slug: the folder name under datasets/. */
  name: string;
  /** Title, description, licence (default CC-BY-4.0), keywords, contributors, homepage. */
  meta: PipelineConfig['dataset'];
  dataset: Dataset;
  /** Exact texts of every source (the non-redistributable ones are only used to validate). */
  texts: Texts;
  /** SHA-256 of the pipeline's inputs and the generator version, computed by the caller. */
  inputsSha256: string;
  /** An explicit version; it may only be higher than the latest. */
  version?: string;
  /** SOURCE_DATE_EPOCH in seconds: manifest.created. Never the wall clock. */
  sourceDateEpoch?: number | null;
}

export type BuildInput = ReleaseInput & { version: string; previous?: ReleaseSnapshot | null };

export const DEFAULT_LICENSE = 'CC-BY-4.0';
