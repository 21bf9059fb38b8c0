import type { CodePointText } from '@newsfacts/evidence';
import type { Source } from '@newsfacts/schemas';
import type { Layers } from './layers.js';

/** What every annotated document starts with: the source record and its text indexed by code point. */
export interface BaseDocument {
  readonly source: Source;
  readonly cp: CodePointText;
}

export type LayerName = keyof Layers;

/** A document with the base fields and the layers `L` already added. */
type AnnotatedDocument<L extends LayerName = never> = BaseDocument & Pick<Layers, L>;

/**
 * One step of extraction, like a spaCy component: it reads the layers it `needs` and returns the
 * layers it `adds`. It never changes a layer another annotator added, so the order of annotators is
 * the only coupling between them.
 */
export interface Annotator<N extends LayerName = LayerName, A extends LayerName = LayerName> {
  readonly name: string;
  readonly needs: readonly N[];
  readonly adds: readonly A[];
  run(doc: AnnotatedDocument<N>): Pick<Layers, A>;
}

/** Any annotator, whatever its layers (what a pipeline holds). */
export interface SomeAnnotator {
  readonly name: string;
  readonly needs: readonly LayerName[];
  readonly adds: readonly LayerName[];
  run(doc: never): Partial<Layers>;
}

/** An ordered list of annotators whose needs were checked once, when it was made. */
export interface Pipeline {
  readonly annotators: readonly SomeAnnotator[];
}

/** Builds an annotator with its layer names checked by the type system. */
export function defineAnnotator<N extends LayerName, A extends LayerName>(
  a: Annotator<N, A>,
): Annotator<N, A> {
  return a;
}

/**
 * Checks that every annotator's needs are added by an earlier one and that no layer is added twice;
 * a misordered pipeline is a bug, so it throws.
 */
export function definePipeline(annotators: readonly SomeAnnotator[]): Pipeline {
  const added = new Set<string>();
  for (const a of annotators) {
    const missing = a.needs.filter((n) => !added.has(n));
    if (missing.length > 0)
      throw new Error(`annotator ${a.name} needs ${missing.join(', ')}, added by no earlier annotator`);
    for (const layer of a.adds) {
      if (added.has(layer)) throw new Error(`annotator ${a.name} adds ${layer}, already added`);
      added.add(layer);
    }
  }
  return { annotators: [...annotators] };
}

/** Runs a pipeline over one document; returns the document with every layer added. */
export function runPipeline(pipeline: Pipeline, base: BaseDocument): BaseDocument & Partial<Layers> {
  let doc: BaseDocument & Partial<Layers> = base;
  for (const a of pipeline.annotators) {
    doc = { ...doc, ...a.run(doc as never) };
  }
  return doc;
}
