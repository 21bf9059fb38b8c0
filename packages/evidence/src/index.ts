export type { CodePointText } from './code-points.js';
export { codePointLength, indexCodePoints } from './code-points.js';
export { sha256 } from './hash.js';
export type { SpanProblem } from './make-evidence.js';
export {
  CONTEXT_LENGTH,
  checkEvidence,
  findQuote,
  makeEvidence,
  makeEvidenceUtf16,
} from './make-evidence.js';
export { compareSpans, compareStrings, isSorted } from './order.js';
export {
  cleanName,
  cleanText,
  isTidyAscii,
  nameKey,
  normalizeCore,
  normalizeKey,
  normalizeText,
  slugify,
  spanWords,
  titleKey,
  wordTokens,
} from './text-forms.js';
