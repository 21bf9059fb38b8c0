import type { CurationProblem } from '@newsfacts/normalize';
import type { ValidationReport } from '@newsfacts/schemas';
import { EXIT, RunError } from '../run-error.js';
import type { Pipeline } from './load-pipeline.js';
import { shownPath } from './shown-path.js';

/** Curation problems, one line each with file and JSON pointer: nothing is published. */
export function curationFailed(p: Pipeline, problems: readonly CurationProblem[]): RunError {
  const lines = problems.map((x) => `${shownPath(p.dir, x.file)}#${x.pointer}: ${x.message} (${x.code})`);
  return new RunError(lines.join('\n'), EXIT.invalid, 'curation/failed');
}

/** Invalid records after curation: nothing is published. */
export function datasetInvalid(p: Pipeline, report: ValidationReport): RunError {
  const lines = report.problems
    .filter((x) => x.severity === 'error')
    .slice(0, 20)
    .map((x) => `${x.record ?? ''}${x.pointer ?? ''}: ${x.message} (${x.code})`);
  return new RunError(
    `pipeline '${p.name}' produced invalid records, nothing was published:\n${lines.join('\n')}`,
    EXIT.invalid,
    'pipeline/invalid',
  );
}
