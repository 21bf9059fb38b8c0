import type { ValidationReport } from '@newsfacts/schemas';

/** One line for a failed validation: the count and the first few errors. */
export function summarizeReport(report: ValidationReport): string {
  const errors = report.problems.filter((p) => p.severity === 'error');
  const first = errors
    .slice(0, 3)
    .map((p) =>
      `${p.code} ${[p.file, p.record].filter(Boolean).join(' ')}: ${p.message}`.replace(/\s+/g, ' '),
    )
    .join('; ');
  return `${report.errors} error(s): ${first}`;
}
