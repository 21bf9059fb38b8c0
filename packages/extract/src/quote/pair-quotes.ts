import type { Doc } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';

const MAX_SINGLE = 40;

/**
 * A pair of quotation marks; `bare`: the quote has no opening mark, `open` is its first word (a quote
 * carried over a paragraph break without the mark that should reopen it).
 */
export interface QuotePair {
  open: number;
  close: number;
  bare?: true;
}

/** Pairs quotation marks paragraph by paragraph in one pass (unbalanced marks are dropped). */
export function pairQuotes(doc: Doc): QuotePair[] {
  const { tokens } = doc;
  const pairs: QuotePair[] = [];
  let dbl = -1;
  let sgl = -1;
  let bare = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (prev && prev.para !== t.para) {
      // a quote running to the end of a paragraph continues when the next one opens with a mark
      const reopened = t.text === '“' || t.text === '"';
      if (dbl >= 0 && reopened) pairs.push({ open: dbl, close: k });
      // '…said, "Paragraph one.↵↵Paragraph two." Next …': no mark reopens it, but the next paragraph's
      // first double mark closes a quote, so the quote runs on through it
      const carried = dbl >= 0 && !reopened && dbl < k - 1 && closesFirst(tokens, k);
      if (carried) pairs.push({ open: dbl, close: k });
      // the same with single marks (British style): 'Paragraph one.↵↵'Paragraph two.'
      if (sgl >= 0 && dbl < 0 && isParagraphEndQuote(tokens, sgl, k) && (t.text === '‘' || t.text === "'"))
        pairs.push({ open: sgl, close: k });
      dbl = carried ? k : -1;
      bare = carried;
      sgl = -1;
    }
    if (t.kind !== 'punct') continue;
    const next = tokens[k + 1];
    const glueLeft = prev !== undefined && prev.end === t.start && prev.para === t.para;
    const glueRight = next !== undefined && next.start === t.end && next.para === t.para;
    if (t.text === '“' || t.text === '„' || t.text === '«') {
      dbl = k;
      bare = false;
    } else if (t.text === '”' || t.text === '»') {
      if (dbl >= 0) pairs.push(bare ? { open: dbl, close: k, bare } : { open: dbl, close: k });
      dbl = -1;
      bare = false;
    } else if (t.text === '"') {
      if (dbl >= 0 && glueLeft) {
        pairs.push(bare ? { open: dbl, close: k, bare } : { open: dbl, close: k });
        dbl = -1;
        bare = false;
      } else if (glueRight || !glueLeft) {
        dbl = k;
        bare = false;
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

/** The first double mark of the paragraph starting at k closes a quote (glued to the word before it). */
function closesFirst(tokens: readonly Token[], k: number): boolean {
  const para = tokens[k]!.para;
  for (let j = k; j < tokens.length && tokens[j]!.para === para; j++) {
    const t = tokens[j]!;
    if (t.text === '”' || t.text === '»') return true;
    if (t.text === '“' || t.text === '„' || t.text === '«') return false;
    if (t.text !== '"') continue;
    const before = tokens[j - 1]!;
    const after = tokens[j + 1];
    const glueRight =
      after !== undefined && after.start === t.end && after.para === para && after.kind !== 'punct';
    return j > k && before.end === t.start && !glueRight;
  }
  return false;
}

/** A single mark opened a paragraph-long quotation: it starts the paragraph or follows a colon or comma. */
function isParagraphEndQuote(tokens: readonly Token[], open: number, next: number): boolean {
  const before = tokens[open - 1];
  const last = tokens[next - 1];
  if (!last || !/^[.!?]$/.test(last.text)) return false;
  return !before || before.para !== tokens[open]!.para || before.text === ':' || before.text === ',';
}
