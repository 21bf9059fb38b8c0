import { existsSync } from 'node:fs';
import { evaluate, formatEvalReport, loadGoldDir } from '@newsfacts/evaluate';
import { processArticle } from '@newsfacts/runner';
import { SCHEMA_VERSION } from '@newsfacts/schemas';
import { CliError, EXIT } from '../errors.js';

/** Score extraction (extract + per-article normalization) against gold files, beside the compromise baseline. */
export function evalCommand(dir: string, opts: { json?: boolean }): number {
  if (!existsSync(dir)) throw new CliError(`${dir}: no such folder`, EXIT.usage, 'input/not-found');
  const articles = loadGoldDir(dir);
  if (articles.length === 0) throw new CliError(`${dir}: no <name>.txt + <name>.gold.json pairs`);
  const report = evaluate(articles, (a) => {
    const doc = processArticle({
      text: a.text,
      meta: { id: a.id, published: a.gold.published ?? null, outlet: a.gold.outlet ?? null },
    });
    return { ...doc, schema_version: SCHEMA_VERSION };
  });
  console.log(opts.json ? JSON.stringify(report, null, 2) : formatEvalReport(report));
  return EXIT.ok;
}
