import { describe, expect, it } from 'vitest';
import {
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

/** Each variant's rule written plainly (regular expressions only, no fast path): the reference. */
const reference = {
  cleanText: (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu, ' ')
      .trim(),
  spanWords: (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim(),
  normalizeCore: (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/^the /i, '')
      .trim(),
  normalizeKey: (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/\s+/gu, ' ')
      .trim()
      .toLowerCase()
      .replace(/^the /, ''),
  nameKey: (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\u2018\u2019']/g, '')
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^the /, ''),
  wordTokens: (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\u2018\u2019']/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  normalizeText: (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu, ' ')
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .trim()
      .replace(/[.,;:!?\u2013\u2014]+$/u, '')
      .replace(/ +$/u, ''),
};

const PIECES = [
  'Ana',
  'Ruiz',
  'the',
  'The',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u200b',
  '\u3000',
  '\ufeff',
  '\u2019',
  '\u2018',
  '\u02bc',
  '\u2032',
  '\u201c',
  '\u201d',
  '\u2010',
  '-',
  '.',
  ',',
  ';',
  '!',
  '?',
  '\u2013',
  '\u2014',
  'e\u0301',
  'é',
  "'s",
  '(',
  ')',
  '_',
  'U.S.',
  'Ñandú',
  '&',
  '3',
  'x',
];

/** Deterministic strings of 0–7 pieces (a linear congruential sequence; no randomness at run time). */
function* samples(count: number): Generator<string> {
  let seed = 20261205;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let n = next() % 8; n > 0; n--) s += PIECES[next() % PIECES.length];
    yield s;
  }
}

describe('text forms', () => {
  it('every fast path gives what its plain rule gives, on 10,000 mixed strings', () => {
    for (const s of samples(10_000)) {
      expect(cleanText(s), JSON.stringify(s)).toBe(reference.cleanText(s));
      expect(spanWords(s), JSON.stringify(s)).toBe(reference.spanWords(s));
      expect(normalizeCore(s), JSON.stringify(s)).toBe(reference.normalizeCore(s));
      expect(normalizeKey(s), JSON.stringify(s)).toBe(reference.normalizeKey(s));
      expect(nameKey(s), JSON.stringify(s)).toBe(reference.nameKey(s));
      expect(wordTokens(s), JSON.stringify(s)).toEqual(reference.wordTokens(s));
      expect(normalizeText(s), JSON.stringify(s)).toBe(reference.normalizeText(s));
    }
  });

  it('tells tidy ASCII (nothing to clean) from the rest', () => {
    expect(isTidyAscii('Ana Ruiz')).toBe(true);
    expect(isTidyAscii('')).toBe(true);
    for (const s of [
      ' Ana',
      'Ana ',
      'Ana  Ruiz',
      'Ana\tRuiz',
      'Ana\u00a0Ruiz',
      'Pakistan\u2019s',
      'Caf\u00e9',
    ])
      expect(isTidyAscii(s), JSON.stringify(s)).toBe(false);
  });

  it('cleans names without losing abbreviations, and slugs them', () => {
    expect(cleanName('Pakistan’s')).toBe('Pakistan');
    expect(cleanName(' Steve\u00a0Coll, ')).toBe('Steve Coll');
    expect(cleanName('U.S.')).toBe('U.S.');
    expect(cleanName('Cafe\u0301')).toBe('Café');
    expect(slugify('Iftikhar Muhammad Chaudhry')).toBe('iftikhar-muhammad-chaudhry');
    expect(slugify('Ñandú & Co.')).toBe('nandu-and-co');
    expect(slugify('\u2019')).toBe('unnamed');
  });

  it('keys names and titles for matching', () => {
    expect(normalizeKey('The  Pakistan’s')).toBe("pakistan's");
    expect(normalizeCore('the White House')).toBe('White House');
    expect(nameKey('The New People’s Party')).toBe('new peoples party');
    expect(titleKey('São_Paulo_(city)')).toBe('sao paulo');
    expect(wordTokens('Pakistan’s 2 talks')).toEqual(['pakistans', '2', 'talks']);
    expect(normalizeText('said:\u00a0“Yes.”  ')).toBe('said: “Yes.”');
  });
});
