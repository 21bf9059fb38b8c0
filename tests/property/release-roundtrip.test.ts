import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSource, mergeDocuments, normalizeArticle } from '@newsfacts/normalize';
import { buildReleaseFiles, readRelease } from '@newsfacts/publish';
import { type PipelineConfig, TABLE_NAMES } from '@newsfacts/schemas';
import { decodeCsv, encodeCsv, encodeJson, encodeJsonl, fromRows, toRows } from '@newsfacts/tables';
import { validateDataset, validateRelease } from '@newsfacts/validate';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { articleText } from '../helpers/arbitraries.js';
import { params, TIMEOUT } from '../helpers/property.js';
import { planArb, syntheticCandidates } from '../helpers/synthetic-candidates.js';

/** One or two articles of any text, with candidates on random spans, merged into a valid dataset. */
const datasetArb = fc
  .array(
    fc.tuple(
      articleText.filter((t) => t.length > 0),
      planArb,
    ),
    { minLength: 1, maxLength: 2 },
  )
  .map((articles) => {
    const texts = new Map<string, string>();
    const docs = articles.map(([text, plan], i) => {
      const id = `article-${i}`;
      texts.set(id, text);
      return normalizeArticle(
        buildSource({ id, redistributable: i === 0, license: 'CC-BY-4.0' }, text),
        syntheticCandidates(id, text, plan),
      );
    });
    return { dataset: mergeDocuments(docs), texts };
  });

const META: PipelineConfig['dataset'] = {
  title: 'Property test',
  description: 'Generated.',
  license: 'CC-BY-4.0',
  keywords: [],
  contributors: [{ title: 'tests', roles: ['creator'] }],
};

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('tables and releases round-trip (property)', () => {
  it('the generated datasets are valid (so the round trips below test real data)', {
    timeout: TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(datasetArb, ({ dataset, texts }) => {
        const report = validateDataset(dataset, texts);
        expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      }),
      params(300),
    );
  });

  it('rows → CSV, JSON and JSON Lines → rows → records gives the same records', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(datasetArb, ({ dataset, texts }) => {
        const rows = toRows(dataset);
        for (const t of TABLE_NAMES) {
          const csv = decodeCsv(t, encodeCsv(t, rows[t]));
          expect(csv.problems, t).toEqual([]);
          expect(csv.rows, t).toEqual(rows[t]);
          expect(JSON.parse(encodeJson(rows[t])), t).toEqual(rows[t]);
          const lines = encodeJsonl(rows[t]).split('\n').filter(Boolean);
          expect(
            lines.map((l) => JSON.parse(l)),
            t,
          ).toEqual(rows[t]);
        }
        expect(fromRows(rows, texts)).toEqual(dataset);
      }),
      params(500),
    );
  });

  it('a release written to disk and read back gives the same records and validates', {
    timeout: TIMEOUT,
  }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsfacts-roundtrip-'));
    temps.push(root);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(datasetArb, async ({ dataset, texts }) => {
        const dir = join(root, String(n++));
        const files = await buildReleaseFiles({
          name: 'roundtrip',
          meta: META,
          dataset,
          texts,
          inputsSha256: '0'.repeat(64),
          version: '1.0.0',
        });
        for (const [path, bytes] of files) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), bytes);
        }
        const back = await readRelease(dir);
        expect(back.dataset.sources).toEqual(dataset.sources);
        expect(back.tables).toEqual(
          toRows(dataset, new Map(back.manifest.sources.map((s) => [s.id, s.text_path]))),
        );
        // Texts that are not redistributable are not shipped: a downloader supplies them.
        expect(fromRows(back.tables, texts)).toEqual(dataset);
        const report = await validateRelease(dir, { texts });
        expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      params(60, 0.01),
    );
  });
});
