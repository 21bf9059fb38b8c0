import fc from 'fast-check';

/** Any text: every Unicode code point (astral ones too), no lone surrogates (UTF-8 cannot carry them). */
export const anyText = (maxLength = 300) => fc.string({ unit: 'binary', maxLength });

/** Any JavaScript string, lone surrogates included: what a JSON article's "\ud800" escape can give. */
export const anyUtf16 = (maxLength = 300) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

const NAMES = [
  'Pervez Musharraf',
  'Manmohan Singh',
  'Steve Coll',
  'Ms. Roe',
  'Dr. Ana María Núñez',
  'President Obama',
  'the minister',
  'Mr. Ó Briain',
  'محمد علي',
  'Zoë Ångström',
  'U.S.',
  'the United Nations',
  'Pakistan',
  'India',
  'New Delhi',
  'Islamabad',
  'Geneva',
  '習近平',
];
const CUES = [' said', ' said,', ' told reporters', ' says', ', according to', ' wrote', ' added', ' asked'];
const DATES = [
  'on 12 March 2004',
  'last Tuesday',
  'in 2007',
  'on Monday',
  'between 2004 and 2007',
  'on 29 February 2023',
  'in the spring of 2005',
  '31/12/1999',
];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」'];
const ODD = [
  '\r\n',
  '\r',
  '\n\n',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u2028',
  '\t',
  '\u0007',
  '\u001b[31m',
  '😀',
  '👩🏽‍⚕️',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'שלום',
  'مرحبا',
  'e\u0301',
  '\ufeff',
  '...',
  '—',
  ' ',
];
const WORDS = [
  'talks',
  'met',
  'agreed',
  'attacked',
  'the',
  'backchannel',
  'officials',
  'peace',
  'Kashmir',
  'ceasefire',
  'signed',
  'protest',
  'will',
  'not',
  'may',
  'visit',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const words = fc.array(pick(WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

const sentence = fc.oneof(
  fc
    .tuple(pick(NAMES), pick(CUES), pick(MARKS), words, pick(MARKS))
    .map((p) => `${p[0]}${p[1]} ${p[2]}${p[3]}${p[4]}`),
  fc
    .tuple(pick(MARKS), words, pick(MARKS), pick(CUES), pick(NAMES))
    .map((p) => `${p[0]}${p[1]},${p[2]}${p[3]} ${p[4]}.`),
  fc.tuple(pick(NAMES), words, pick(NAMES), pick(DATES)).map((p) => `${p[0]} ${p[1]} ${p[2]} ${p[3]}.`),
  fc.tuple(pick(NAMES), pick(CUES), words).map((p) => `${p[0]}${p[1]} that ${p[2]}.`),
  words.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}.`),
  pick(MARKS),
  pick(ODD),
  anyText(12),
);

/** News-like text: names, quote marks (balanced or not), cues, dates, odd characters and line ends mixed. */
const newsText = fc
  .array(fc.tuple(sentence, fc.constantFrom(' ', ' ', '\n', '\r\n', '', '\n\n')), { maxLength: 25 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));

/** Either kind of text, weighted towards news-like. */
export const articleText = fc.oneof({ arbitrary: newsText, weight: 3 }, { arbitrary: anyText(), weight: 1 });
