import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';

const MAX_SINGLE = 40;

/** Pairs quotation marks paragraph by paragraph in one pass (unbalanced marks are dropped). */
export function pairQuotes(doc: Doc): { open: number; close: number }[] {
  const { tokens } = doc;
  const pairs: { open: number; close: number }[] = [];
  let dbl = -1;
  let sgl = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (prev && prev.para !== t.para) {
      // a quote running to the end of a paragraph continues when the next one opens with a mark
      if (dbl >= 0 && (t.text === '“' || t.text === '"')) pairs.push({ open: dbl, close: k });
      // the same with single marks (British style): 'Paragraph one.↵↵'Paragraph two.'
      if (sgl >= 0 && dbl < 0 && isParagraphEndQuote(tokens, sgl, k) && (t.text === '‘' || t.text === "'"))
        pairs.push({ open: sgl, close: k });
      dbl = -1;
      sgl = -1;
    }
    if (t.kind !== 'punct') continue;
    const next = tokens[k + 1];
    const glueLeft = prev !== undefined && prev.end === t.start && prev.para === t.para;
    const glueRight = next !== undefined && next.start === t.end && next.para === t.para;
    if (t.text === '“' || t.text === '„' || t.text === '«') {
      dbl = k;
    } else if (t.text === '”' || t.text === '»') {
      if (dbl >= 0) pairs.push({ open: dbl, close: k });
      dbl = -1;
    } else if (t.text === '"') {
      if (dbl >= 0 && glueLeft) {
        pairs.push({ open: dbl, close: k });
        dbl = -1;
      } else if (glueRight || !glueLeft) {
        dbl = k;
      }
    } else if (t.text === '‘' || ((t.text === "'" || t.text === '’') && !glueLeft && glueRight)) {
      sgl = k;
    } else if ((t.text === '’' || t.text === "'") && glueLeft && !glueRight && sgl >= 0) {
      if (k - sgl <= MAX_SINGLE) pairs.push({ open: sgl, close: k });
      sgl = -1;
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  return pairs;
}

/** A single mark opened a paragraph-long quotation: it starts the paragraph or follows a colon or comma. */
function isParagraphEndQuote(tokens: readonly Token[], open: number, next: number): boolean {
  const before = tokens[open - 1];
  const last = tokens[next - 1];
  if (!last || !/^[.!?]$/.test(last.text)) return false;
  return !before || before.para !== tokens[open]!.para || before.text === ':' || before.text === ',';
}
