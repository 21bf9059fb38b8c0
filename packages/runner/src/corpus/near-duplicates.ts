/**
 * Near-duplicate detection with MinHash over 5-word shingles of the normalized text, and LSH banding
 * to find candidates in constant time per article. Deterministic: fixed hash constants, no randomness.
 */
const HASHES = 64;
const BANDS = 8;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;
/** Estimated Jaccard similarity at or above which two texts are the same article. */
const NEAR_DUPLICATE_JACCARD = 0.9;

const MULT = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const ADD = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca77) >>> 0);

function fnv(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Non-ASCII characters that are neither letters nor digits and that lower-casing leaves alone. */
const SEPARATORS = new Set([0xa0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/**
 * FNV hashes of the lower-cased words (runs of letters and digits), in one scan without building the
 * lower-cased text or the words; null when the text has a character it does not know (the regexp path
 * handles those, with the same result).
 */
function asciiWordHashes(text: string): number[] | null {
  const words: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
      continue;
    }
    if (c >= 0x80 && !SEPARATORS.has(c)) return null;
    if (inWord) words.push(h >>> 0);
    h = 0x811c9dc5;
    inWord = false;
  }
  if (inWord) words.push(h >>> 0);
  return words;
}

function wordHashes(text: string): number[] {
  const fast = asciiWordHashes(text);
  if (fast) return fast;
  const words: number[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) words.push(fnv(m[0]));
  return words;
}

/** MinHash signature of a text: lower-cased words (letters and digits), shingles of 5 words. */
export function minhash(text: string): Uint32Array {
  const words = wordHashes(text);
  const n = Math.max(1, words.length - SHINGLE + 1);
  const shingles = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0;
    const end = Math.min(i + SHINGLE, words.length);
    for (let j = i; j < end; j++) h = Math.imul(h ^ words[j]!, 0x5bd1e995) + (j - i);
    shingles[i] = h >>> 0;
  }
  // one hash function at a time over every shingle: the minimum stays in a register
  const sig = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k++) {
    const mult = MULT[k]!;
    const add = ADD[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < n; i++) {
      const v = (Math.imul(shingles[i]!, mult) + add) >>> 0;
      if (v < min) min = v;
    }
    sig[k] = min;
  }
  return sig;
}

/** Share of equal minimums: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** A 53-bit number per band (a collision only costs one extra similarity check). */
function bandKey(sig: Uint32Array, band: number): number {
  let lo = 0x811c9dc5 ^ band;
  let hi = 0x01000193 + band;
  for (let k = band * ROWS; k < (band + 1) * ROWS; k++) {
    lo = Math.imul(lo ^ sig[k]!, 0x5bd1e995);
    hi = Math.imul(hi ^ sig[k]!, 0x27d4eb2d) ^ (lo >>> 13);
  }
  return (hi & 0x1fffff) * 0x100000000 + (lo >>> 0);
}

/**
 * Remembers every canonical article's signature; `match` finds an earlier near-identical one.
 * Signatures live in one growing array (256 bytes per article, no object each).
 */
export class NearDuplicateIndex {
  private readonly buckets = new Map<number, number>();
  private signatures = new Uint32Array(1024 * HASHES);
  private readonly ids: string[] = [];

  private signature(n: number): Uint32Array {
    return this.signatures.subarray(n * HASHES, (n + 1) * HASHES);
  }

  /** The earliest added article similar enough to this one, with the estimated similarity. */
  match(sig: Uint32Array): { id: string; similarity: number } | null {
    let best: { id: string; similarity: number; n: number } | null = null;
    for (let b = 0; b < BANDS; b++) {
      const n = this.buckets.get(bandKey(sig, b));
      if (n === undefined || (best && best.n <= n)) continue;
      const s = similarity(sig, this.signature(n));
      if (s >= NEAR_DUPLICATE_JACCARD) best = { id: this.ids[n]!, similarity: s, n };
    }
    return best && { id: best.id, similarity: best.similarity };
  }

  add(id: string, sig: Uint32Array): void {
    const n = this.ids.length;
    if ((n + 1) * HASHES > this.signatures.length) {
      const bigger = new Uint32Array(this.signatures.length * 2);
      bigger.set(this.signatures);
      this.signatures = bigger;
    }
    this.signatures.set(sig, n * HASHES);
    this.ids.push(id);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      if (!this.buckets.has(key)) this.buckets.set(key, n);
    }
  }
}
