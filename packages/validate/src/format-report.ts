import type { ValidationReport } from '@newsfacts/schemas';
import type { Problem } from './problem.js';

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', reset: '\u001b[0m', dim: '\u001b[2m' };
const HEADER = ['severity', 'code', 'file', 'record', 'location', 'message'];
const MAX_CELL = 60;

function locationOf(p: Problem): string {
  const parts: string[] = [];
  if (p.row !== null) parts.push(`row ${p.row}`);
  if (p.column !== null) parts.push(`column ${p.column}`);
  if (p.pointer !== null && p.pointer !== '') parts.push(p.pointer);
  return parts.join(', ') || '-';
}

function cell(s: string): string {
  // One line per problem: control characters could forge lines or terminal escapes.
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const cps = Array.from(clean);
  return cps.length > MAX_CELL ? `${cps.slice(0, MAX_CELL - 1).join('')}…` : clean;
}

/** A readable table: errors first, then warnings, aligned columns, and a summary line. */
export function formatReport(report: ValidationReport, opts: { color?: boolean } = {}): string {
  const ordered = [
    ...report.problems.filter((p) => p.severity === 'error'),
    ...report.problems.filter((p) => p.severity === 'warning'),
  ];
  const rows = ordered.map((p) => [
    p.severity,
    p.code,
    cell(p.file ?? '-'),
    cell(p.record ?? '-'),
    cell(locationOf(p)),
    p.message.replace(/[\u0000-\u001f\u007f]/g, ' '),
  ]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => Array.from(r[i]!).length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - Array.from(c).length)))
      .join('  ')
      .trimEnd();
  const paint = (severity: string, text: string) =>
    opts.color ? `${COLORS[severity as 'error' | 'warning']}${text}${COLORS.reset}` : text;
  const summary = report.valid
    ? `valid: 0 errors, ${report.warnings} warning(s)`
    : `invalid: ${report.errors} error(s), ${report.warnings} warning(s)`;
  if (rows.length === 0) return `${summary}\n`;
  const body = rows.map((r) => paint(r[0]!, line(r)));
  const head = opts.color ? `${COLORS.dim}${line(HEADER)}${COLORS.reset}` : line(HEADER);
  return [head, ...body, '', summary].join('\n') + '\n';
}
