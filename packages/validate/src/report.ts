import type { ValidationReport } from '@newsfacts/schemas';
import type { Problem } from './problem.js';

/** A report from problems: errors first, then warnings, otherwise in the order found (stable). */
export function makeReport(problems: readonly Problem[]): ValidationReport {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return {
    valid: errors.length === 0,
    errors: errors.length,
    warnings: warnings.length,
    problems: [...errors, ...warnings],
  };
}

/** One report from several (for example one per file). */
export function mergeReports(...reports: ValidationReport[]): ValidationReport {
  return makeReport(reports.flatMap((r) => r.problems));
}
