import { spanWords } from '@newsfacts/evidence';
import type { Curation, CurationAnchor, CurationMatch, ExtractionDocument } from '@newsfacts/schemas';
import type { CurationFile } from './apply-curation.js';
import { matchableWords } from './match-words.js';
import { retargetSensitive } from './retarget.js';

type Entry = Curation['entries'][number];

/**
 * What a streamed run does with an article when curation has entries: `hold` it until every article
 * was seen (an entry names it, one of its records or may pick one of its records by words), `replay`
 * the entity retargets on it then (it refers to an entity an entry may retire), or nothing (null).
 */
export type ArticleNeed = 'hold' | 'replay' | null;

/**
 * The index of what curation files target, built before any article is read: source ids, record ids,
 * the match words of entries without a source, and the entity ids an entry may retire. Its size is
 * the curation's, never the corpus's.
 */
export class CurationPlan {
  private readonly sources = new Set<string>();
  private readonly ids = new Set<string>();
  /** The words of each match without a source, by record kind. */
  private readonly matches = new Map<CurationMatch['kind'], string[]>();
  private readonly retiring = new Set<string>();
  /** Some file has entries. */
  readonly active: boolean;

  constructor(readonly files: readonly CurationFile[]) {
    for (const f of files) for (const e of f.data.entries) this.index(e);
    this.active = files.some((f) => f.data.entries.length > 0);
  }

  private anchors(anchors: readonly (CurationAnchor | undefined)[]): void {
    for (const a of anchors) if (a) this.sources.add(a.source);
  }

  private target(entry: { id?: string; match?: CurationMatch }): void {
    if (entry.id !== undefined) this.ids.add(entry.id);
    if (entry.match?.source !== undefined) this.sources.add(entry.match.source);
    else if (entry.match) {
      const { kind, text } = entry.match;
      this.matches.set(kind, [...(this.matches.get(kind) ?? []), spanWords(text)]);
    }
  }

  private index(e: Entry): void {
    switch (e.op) {
      case 'merge':
        for (const id of e.ids) this.retiring.add(id);
        for (const id of [...e.ids, e.into]) this.ids.add(id);
        break;
      case 'split':
        this.retiring.add(e.id);
        for (const spec of e.into) this.anchors(spec.mentions);
        break;
      case 'link':
        this.retiring.add(e.id);
        break;
      case 'drop':
        if (e.id !== undefined) this.retiring.add(e.id);
        this.target(e);
        break;
      case 'set':
        this.target(e);
        break;
      case 'add': {
        const r = e.record;
        this.anchors([...(r.mentions ?? []), r.anchor, r.cue, ...(r.evidence ?? [])]);
        for (const id of [r.from, r.to]) if (id !== undefined) this.ids.add(id);
        break;
      }
    }
  }

  private namesRecordOf(doc: ExtractionDocument): boolean {
    const { ids } = this;
    if (ids.size === 0) return false;
    return (
      doc.entities.some((e) => e.mentions.some((m) => ids.has(m.id))) ||
      doc.quotes.some((q) => ids.has(q.id)) ||
      doc.events.some((v) => ids.has(v.id)) ||
      doc.relations.some((r) => ids.has(r.id))
    );
  }

  need(doc: ExtractionDocument): ArticleNeed {
    if (this.sources.has(doc.source.id) || this.namesRecordOf(doc)) return 'hold';
    for (const [kind, wanted] of this.matches) {
      // a record holding the words may be the one picked (idByWords decides once every article is seen)
      const words = matchableWords(kind, doc);
      if (wanted.some((w) => words.some((x) => x.includes(w)))) return 'hold';
    }
    if (doc.entities.some((e) => this.retiring.has(e.id))) return 'replay';
    return retargetSensitive(doc.quotes, doc.events) ? 'replay' : null;
  }
}
