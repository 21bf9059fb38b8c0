import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mergeDocuments } from '@newsfacts/normalize';
import type { RedirectRow } from '@newsfacts/schemas';
import type { TableFormat } from '@newsfacts/validate';
import { describe, expect, it } from 'vitest';
import { docsOf } from '../fixtures/docs-of.js';
import { type Corpus, makeCorpus } from '../fixtures/make-corpus.js';
import { inputOf, tempDir } from '../fixtures/make-input.js';
import {
  buildReleaseFiles,
  loadVersions,
  PAGE_SOURCES,
  publishRelease,
  ReleaseError,
  ReleaseStream,
  readRelease,
} from '../index.js';
import type { ReleaseInput } from '../release-input.js';

/** Every file and folder under `dir` (a folder's value is empty), as latin1 text. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        out.set(`${relative(dir, full)}/`, '');
        walk(full);
      } else out.set(relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

/** Publish a corpus both ways: in memory (publishRelease) into `a`, streamed into `b`. */
async function bothWays(
  a: string,
  b: string,
  corpus: Corpus,
  epoch = 1_700_000_000,
  extra: { formats?: TableFormat[]; redirects?: RedirectRow[] } = {},
) {
  const docs = docsOf(corpus);
  const input = {
    ...inputOf('wire', {
      dataset: { ...mergeDocuments(docs), redirects: extra.redirects ?? [] },
      texts: corpus.texts,
    }),
    sourceDateEpoch: epoch,
  };
  if (extra.formats) input.meta = { ...input.meta, formats: extra.formats };
  const memory = await publishRelease(a, input);
  // the pure builder (what `newsfacts check` rebuilds with) gives the bytes published
  if (memory.status === 'published')
    expect(await rebuilt(a, input, memory.version)).toEqual(files(memory.dir));
  const stream = await ReleaseStream.open(b, 'wire');
  if (extra.redirects)
    stream.curated = {
      entities: mergeDocuments(docs).entities.map((entity) => ({
        entity,
        mentionCount: entity.mentions.length,
      })),
      redirects: extra.redirects,
    };
  // input order is not release order: the stream sorts
  for (const doc of [...docs].reverse()) stream.add(doc, corpus.texts.get(doc.source.id)!);
  const { dataset: _d, texts: _t, ...meta } = input;
  const streamed = await stream.publish(meta);
  return { memory, streamed };
}

/** buildReleaseFiles of `input` as `version`, against the version published before it in `root`. */
async function rebuilt(root: string, input: ReleaseInput, version: string): Promise<Map<string, string>> {
  const { versions } = await loadVersions(join(root, input.name), input.name);
  const before = versions[versions.findIndex((v) => v.version === version) - 1];
  const previous = before ? await readRelease(join(root, input.name, before.version)) : null;
  const built = await buildReleaseFiles({ ...input, version, previous });
  const out = new Map<string, string>();
  for (const path of [...built.keys()].sort()) {
    const parts = path.split('/');
    for (let k = 1; k < parts.length; k++) out.set(`${parts.slice(0, k).join('/')}/`, '');
    out.set(path, Buffer.from(built.get(path)!).toString('latin1'));
  }
  return new Map([...out].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/** The corpus with the records of article `i` under new ids, as an edit of its text would give them. */
function renamed(corpus: Corpus, i: number, tag: string): Corpus {
  const d = structuredClone(corpus.dataset);
  const rename = (id: string) =>
    id.startsWith(`quote:${i}`) ||
    id.startsWith(`mention:${i}-`) ||
    id.startsWith(`event:${i}-`) ||
    id.startsWith(`relation:${i}`)
      ? `${id}~${tag}`
      : id;
  for (const e of d.entities) for (const m of e.mentions) m.id = rename(m.id);
  for (const q of d.quotes) q.id = rename(q.id);
  for (const v of d.events) v.id = rename(v.id);
  for (const r of d.relations) Object.assign(r, { id: rename(r.id), from: rename(r.from), to: rename(r.to) });
  return { dataset: d, texts: corpus.texts };
}

describe('ReleaseStream', { timeout: 60_000 }, () => {
  it('writes the bytes publishRelease writes: a sampled page, then a next version with its changelog', async () => {
    const [a, b] = [await tempDir('memory'), await tempDir('stream')];
    const first = makeCorpus({ articles: PAGE_SOURCES + 10, closed: [7] });
    const one = await bothWays(a, b, first);
    expect(one.streamed).toEqual({ ...one.memory, dir: one.streamed.dir });
    expect(one.streamed.counts.sources).toBe(PAGE_SOURCES + 10);
    const page = readFileSync(join(b, 'wire/1.0.0/index.html'), 'utf8');
    expect(page).toContain(`first ${PAGE_SOURCES} of ${PAGE_SOURCES + 10} articles`);

    const next = makeCorpus({ articles: PAGE_SOURCES + 12, closed: [7], corrected: [3] });
    const two = await bothWays(a, b, next);
    expect(two.streamed.version).toBe('1.1.0');
    expect(two.streamed.changes).toEqual(two.memory.changes);
    expect(files(b)).toEqual(files(a));
    const changelog = readFileSync(join(b, 'wire/1.1.0/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('- Changed (1):');

    const again = await bothWays(a, b, next);
    expect(again.streamed.status).toBe('unchanged');
    expect(files(b)).toEqual(files(a));
    expect(readdirSync(join(b, 'wire')).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('carries redirects from the previous release as publishRelease does, in every table format', async () => {
    for (const formats of [undefined, ['parquet', 'csv'] as TableFormat[]]) {
      const [a, b] = [await tempDir('memory'), await tempDir('stream')];
      const first = makeCorpus({ articles: 4 });
      await bothWays(a, b, first, 1_700_000_000, { ...(formats ? { formats } : {}) });
      const curated: RedirectRow[] = [
        { old_id: 'person:max-p2', new_id: 'person:max-park2', kind: 'entity', reason: 'merged' },
      ];
      const two = await bothWays(a, b, renamed(first, 2, 'x'), 1_700_000_000, {
        ...(formats ? { formats } : {}),
        redirects: curated,
      });
      expect(two.streamed.changes).toEqual(two.memory.changes);
      expect(files(b)).toEqual(files(a));
      const three = await bothWays(
        a,
        b,
        renamed(renamed(first, 2, 'x'), 3, 'y'),
        1_700_000_000,
        formats ? { formats } : {},
      );
      expect(three.streamed.version).toBe(three.memory.version);
      expect(files(b)).toEqual(files(a));
      const redirects = readFileSync(join(b, `wire/${three.streamed.version}/data/redirects.csv`), 'utf8');
      expect(redirects).toContain('quote:2,quote:2~x,quote,"same words, moved');
      expect(redirects).toContain('mention:3-park,mention:3-park~y,mention,');
      expect(redirects).toContain('person:max-p2,person:max-park2,entity,merged');
    }
  });

  it('removes its scratch files before the release folder is synced', async () => {
    const root = await tempDir('scratch');
    const corpus = makeCorpus({ articles: 3 });
    const stream = await ReleaseStream.open(root, 'wire');
    for (const doc of docsOf(corpus)) stream.add(doc, corpus.texts.get(doc.source.id)!);
    const scratch: Record<string, boolean> = {};
    const { dataset: _d, texts: _t, ...meta } = inputOf('wire', corpus);
    await stream.publish(meta, { onStage: (s) => (scratch[s] ??= existsSync(stream.work)) });
    expect(scratch).toMatchObject({ built: true, written: false });
    expect(readdirSync(join(root, 'wire')).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('writes no texts/ folder when no text may be redistributed, as publishRelease', async () => {
    const [a, b] = [await tempDir('memory'), await tempDir('stream')];
    const one = await bothWays(a, b, makeCorpus({ articles: 3, closed: [1, 2, 3] }));
    expect(existsSync(join(one.streamed.dir, 'texts'))).toBe(false);
    expect(files(b)).toEqual(files(a));
  });

  it('drops the same article twice, refuses another text under its id, and leaves nothing behind', async () => {
    const root = await tempDir('conflict');
    const corpus = makeCorpus({ articles: 2 });
    const [doc] = docsOf(corpus);
    const text = corpus.texts.get(doc!.source.id)!;
    const stream = await ReleaseStream.open(root, 'wire');
    expect(stream.add(doc!, text)).toBe('added');
    expect(stream.add(doc!, text)).toBe('repeat');
    expect(() => stream.add(doc!, `${text} `)).toThrow(/^release\/duplicate-source: /);
    await stream.abort();
    expect(readdirSync(join(root, 'wire'))).toEqual([]);
  });

  it('refuses an article whose records do not match its text; nothing is published', async () => {
    const root = await tempDir('invalid');
    const corpus = makeCorpus({ articles: 1 });
    const [doc] = docsOf(corpus);
    const text = corpus.texts.get(doc!.source.id)!;
    const broken = structuredClone(doc!);
    broken.quotes[0]!.evidence.exact = 'words the article does not have';
    const stream = await ReleaseStream.open(root, 'wire');
    expect(() => stream.add(broken, text)).toThrow(ReleaseError);
    expect(() => stream.add(broken, text)).toThrow(/^release\/invalid-dataset: article-1: /);
    await stream.abort();
    expect(readdirSync(join(root, 'wire'))).toEqual([]);
  });
});
