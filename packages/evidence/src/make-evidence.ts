import type { Evidence } from '@newsfacts/schemas';
import type { CodePointText } from './code-points.js';

/** Code points of context kept on each side of a span (TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** Build an evidence object for code-point offsets start..end of a source text. */
export function makeEvidence(source: string, text: CodePointText, start: number, end: number): Evidence {
  if (
    !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)
  ) {
    throw new RangeError(`evidence span ${start}..${end} is outside 0..${text.length}`);
  }
  return {
    source,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)),
  };
}

/** Build evidence from UTF-16 indices (what RegExp and String methods give). */
export function makeEvidenceUtf16(source: string, text: CodePointText, from: number, to: number): Evidence {
  return makeEvidence(source, text, text.toCodePoint(from), text.toCodePoint(to));
}

export type SpanProblem = 'out-of-range' | 'text-mismatch' | 'prefix-mismatch' | 'suffix-mismatch';

/** Check that evidence matches a text exactly; returns the problems found (empty when exact). */
export function checkEvidence(evidence: Evidence, text: CodePointText): SpanProblem[] {
  const { start, end } = evidence;
  if (!(start >= 0 && end > start && end <= text.length)) return ['out-of-range'];
  const problems: SpanProblem[] = [];
  if (text.slice(start, end) !== evidence.exact) problems.push('text-mismatch');
  if (text.slice(Math.max(0, start - CONTEXT_LENGTH), start) !== evidence.prefix)
    problems.push('prefix-mismatch');
  if (text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)) !== evidence.suffix)
    problems.push('suffix-mismatch');
  return problems;
}

/** Re-anchor a TextQuoteSelector in a text: the offsets of the occurrence whose context matches best. */
export function findQuote(
  text: CodePointText,
  exact: string,
  occurrence = 1,
): { start: number; end: number } | null {
  let from = 0;
  let seen = 0;
  for (;;) {
    const at = text.text.indexOf(exact, from);
    if (at < 0) return null;
    seen++;
    if (seen === occurrence) {
      const start = text.toCodePoint(at);
      return { start, end: text.toCodePoint(at + exact.length) };
    }
    from = at + 1;
  }
}
