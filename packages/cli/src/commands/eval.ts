import { existsSync } from 'node:fs';
import {
  formatEvalReport,
  formatPloverReport,
  GoldFormatError,
  type GoldSet,
  loadGoldSet,
} from '@newsfacts/evaluate';
import { CliError, EXIT } from '../errors.js';
import { scoreGoldSet } from '../pipeline/score-gold-set.js';

/**
 * Score extraction against a gold folder: article gold (entity/quote/event P/R/F1 beside the compromise
 * baseline, linking coverage) or PLOVER sentences (`cases.jsonl`: event type hit, detection).
 */
export function evalCommand(dir: string, opts: { json?: boolean; details?: boolean }): number {
  if (!existsSync(dir)) throw new CliError(`${dir}: no such folder`, EXIT.usage, 'input/not-found');
  const set = readGoldSet(dir);
  const report = scoreGoldSet(set);
  if (opts.json) console.log(JSON.stringify(report, null, 2));
  else if (report.kind === 'plover') console.log(formatPloverReport(report, opts));
  else console.log(formatEvalReport(report, opts));
  return EXIT.ok;
}

function readGoldSet(dir: string): GoldSet {
  let set: GoldSet;
  try {
    set = loadGoldSet(dir);
  } catch (e) {
    if (e instanceof GoldFormatError) throw new CliError(e.message, EXIT.invalid, 'input/invalid');
    throw e;
  }
  const empty = set.kind === 'plover' ? set.cases.length === 0 : set.articles.length === 0;
  if (empty) throw new CliError(`${dir}: no <name>.txt + <name>.gold.json pairs and no cases.jsonl`);
  return set;
}
