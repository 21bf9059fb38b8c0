import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CurationPlan, curateHeld, type HeldArticle, replayRetargets } from '@newsfacts/normalize';
import { articleRows, type ReleaseStream, sourceRepeat, validateArticle } from '@newsfacts/publish';
import type { ExtractionDocument } from '@newsfacts/schemas';
import { readLines, validateDataset } from '@newsfacts/validate';
import { articleError } from '../corpus/assemble-dataset.js';
import { curationFailed, datasetInvalid } from './curation-errors.js';
import type { Pipeline } from './load-pipeline.js';

/** About this many characters of replay lines are appended at once. */
const REPLAY_BATCH = 1 << 20;

interface Deferred extends HeldArticle {
  label: string;
}

/**
 * Curation applied per record to a streamed release. Articles that no entry can touch go straight to
 * the stream. An article an entry names (by source, record id or match words: CurationPlan) is held in
 * memory, one that refers to an entity an entry may retire is written to a scratch file; the entities
 * of both are tallied as they come. Once every article was seen, `finish` runs the entries over the
 * held articles and the whole entity table (curateHeld: the code of applyCuration), replays the entity
 * retargets on the written ones, and adds their rows: the release applyCuration would give, byte for
 * byte, with memory that grows with what curation names, not with the corpus.
 */
export class StreamCuration {
  private readonly held: Deferred[] = [];
  /** Text sha256 of each source held or written, for repeats of it (the stream knows the others). */
  private readonly deferred = new Map<string, string>();
  private readonly replayPath: string;
  /** Lines for the replay file not yet appended (written in batches, not one call per article). */
  private replayLines: string[] = [];
  private replayBytes = 0;

  constructor(
    private readonly p: Pipeline,
    private readonly plan: CurationPlan,
    private readonly stream: ReleaseStream,
  ) {
    this.replayPath = join(stream.work, 'curation-replay.jsonl'); // removed with the stream's scratch folder
  }

  /** One article's document, in input order. */
  add(doc: ExtractionDocument, text: string, label: string): void {
    const id = doc.source.id;
    if (sourceRepeat(id, this.deferred.get(id), doc.source.sha256) === 'repeat') return;
    // a source the stream has is its repeat (or a conflict): the stream says which
    const need = this.stream.slotOf.has(id) ? null : this.plan.need(doc);
    if (need === null) {
      this.stream.add(doc, text);
      return;
    }
    // checked after curation, as applyCuration's result is (an entry may drop a bad record)
    this.deferred.set(id, doc.source.sha256);
    for (const e of doc.entities) this.stream.entities.add(id, { ...e, mentions: [] }, e.mentions.length);
    if (need === 'hold') this.held.push({ doc, text, label });
    else this.toReplay(`${JSON.stringify({ label, text, doc })}\n`);
  }

  private toReplay(line: string): void {
    this.replayLines.push(line);
    this.replayBytes += line.length;
    if (this.replayBytes >= REPLAY_BATCH) this.flushReplay();
  }

  private flushReplay(): void {
    if (this.replayLines.length > 0) appendFileSync(this.replayPath, this.replayLines.join(''));
    this.replayLines = [];
    this.replayBytes = 0;
  }

  /** Curates, checks and adds the held and written articles; throws (nothing published) on a problem. */
  finish(): void {
    const c = curateHeld(this.plan.files, this.stream.entities.build(), this.held);
    if (c.problems.length > 0) throw curationFailed(this.p, c.problems);
    const report = validateDataset(c.dataset, c.texts);
    if (!report.valid) throw datasetInvalid(this.p, report);
    const labels = new Map(this.held.map((h) => [h.doc.source.id, h.label]));
    for (const doc of c.documents) {
      const id = doc.source.id;
      this.addRows(doc, c.texts.get(id)!, labels.get(id)!);
    }
    this.held.length = 0;
    this.flushReplay();
    if (existsSync(this.replayPath))
      for (const line of readLines(this.replayPath)) {
        const { label, text, doc } = JSON.parse(line) as Deferred;
        this.addRows(replayRetargets(doc, c.retargets), text, label, true);
      }
    this.stream.curated = { entities: c.entities, redirects: c.dataset.redirects };
  }

  /** Adds an article's curated rows; `check`: validate it first. */
  private addRows(doc: ExtractionDocument, text: string, label: string, check = false): void {
    try {
      if (check) validateArticle(doc, text);
      // its entities were tallied when it came
      this.stream.addRows({ ...articleRows(doc), entities: [] }, text);
    } catch (err) {
      throw articleError(err, label, this.p.name);
    }
  }
}
