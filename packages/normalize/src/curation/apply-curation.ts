import type { Curation, CurationMatch, Dataset, Texts } from '@newsfacts/schemas';
import { sortDataset } from '../sort-dataset.js';
import { type Anchor, CurationContext, type CurationProblem } from './context.js';
import {
  addEntity,
  addMention,
  linkEntityQid,
  mergeEntities,
  renameEntity,
  retypeEntity,
  splitEntity,
} from './entity-ops.js';
import { idByWords } from './match-words.js';
import { addRecord, dropRecord, mergeEvents, setFields } from './record-ops.js';

export interface CurationFile {
  /** File name as shown in provenance and problems (e.g. 'curation.json'). */
  file: string;
  data: Curation;
}

/** A drop or set names its record by id or by its words. */
function targetOf(ctx: CurationContext, entry: { id?: string; match?: CurationMatch }): string | null {
  return entry.match ? idByWords(ctx, entry.match) : (entry.id ?? null);
}

/**
 * Apply curation files in order to a working state: the whole dataset (applyCuration) or the articles
 * the entries name with every entity (the streamed writer, `curateHeld`). Every applied entry is
 * recorded in the provenance of the records it changed; an entry that matches nothing is a problem,
 * never silently ignored.
 */
export function runEntries(ctx: CurationContext, files: readonly CurationFile[]): void {
  for (const { file, data } of files) {
    ctx.file = file;
    data.entries.forEach((entry, index) => {
      ctx.index = index;
      switch (entry.op) {
        case 'merge':
          if (ctx.events.has(entry.into)) mergeEvents(ctx, entry.ids, entry.into, entry.reason);
          else mergeEntities(ctx, entry.ids, entry.into, entry.reason);
          break;
        case 'split':
          splitEntity(ctx, entry.id, entry.into as never, entry.reason);
          break;
        case 'rename':
          renameEntity(ctx, entry.id, entry.name, entry.reason);
          break;
        case 'retype':
          retypeEntity(ctx, entry.id, entry.type, entry.reason);
          break;
        case 'link':
          linkEntityQid(ctx, entry.id, entry.qid, entry.reason);
          break;
        case 'drop': {
          const id = targetOf(ctx, entry);
          if (id !== null) dropRecord(ctx, id);
          break;
        }
        case 'add': {
          const r = entry.record;
          if (entry.kind === 'entity') {
            addEntity(
              ctx,
              {
                id: r.id,
                type: r.type as never,
                name: r.name ?? '',
                qid: r.qid ?? null,
                mentions: (r.mentions ?? []) as Anchor[],
              },
              entry.reason,
            );
          } else if (entry.kind === 'mention') {
            addMention(ctx, r.entity ?? '', r.form ?? 'name', r.anchor as Anchor, entry.reason);
          } else addRecord(ctx, entry.kind, r, entry.reason);
          break;
        }
        case 'set': {
          const id = targetOf(ctx, entry);
          if (id !== null) setFields(ctx, id, entry.fields, entry.reason);
          break;
        }
      }
    });
  }
}

/** Apply curation files in order to a whole dataset (see runEntries). */
export function applyCuration(
  dataset: Dataset,
  texts: Texts,
  files: readonly CurationFile[],
): { dataset: Dataset; problems: CurationProblem[] } {
  // Nothing to apply: skip the working copy (a deep clone of the whole dataset).
  if (files.every((f) => f.data.entries.length === 0)) return { dataset: sortDataset(dataset), problems: [] };
  const ctx = new CurationContext(dataset, texts);
  runEntries(ctx, files);
  return { dataset: sortDataset(ctx.result()), problems: ctx.problems };
}
