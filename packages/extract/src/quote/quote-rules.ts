/** One quote rule: what it finds, a fixture article and the quote it must emit there. */
export interface QuoteRule {
  readonly description: string;
  readonly fixture: string;
  readonly expected: {
    readonly kind: 'direct' | 'block' | 'indirect';
    readonly text: string;
    /** The speaker entity's name, or the speaker description when the speaker is unnamed; null: neither. */
    readonly speaker: string | null;
  };
}

/**
 * Every rule id a quote's provenance can carry. Partial quotes (a few words in quotation marks) count only
 * when a cue in their sentence attributes them; scare quotes, names and titles of works are not quotes.
 */
export const QUOTE_RULES = {
  'quote/direct': {
    description:
      'Words between paired quotation marks attributed by a speech or framing cue in the sentence.',
    fixture: 'Talks resume\n\n"The door is open," said Foreign Minister Ana Lopez on Monday.\n',
    expected: { kind: 'direct', text: 'The door is open', speaker: 'Ana Lopez' },
  },
  'quote/direct:repeated': {
    description: 'A quote without a cue whose words are quoted with a cue elsewhere in the article.',
    fixture:
      'No turning back on reform\n\nFinance Minister Ana Lopez told parliament there would be "no retreat" on reform.\n\nThe words "no retreat" were printed on every front page the next day.\n',
    expected: { kind: 'direct', text: 'no retreat', speaker: 'Ana Lopez' },
  },
  'quote/direct:continued': {
    description: 'A quote without a cue opening a sentence right after a quote by a known speaker.',
    fixture:
      'Vote count\n\n"We will win," opposition leader Jane Doe said on Sunday. "The count is clear and the people have spoken."\n',
    expected: { kind: 'direct', text: 'The count is clear and the people have spoken', speaker: 'Jane Doe' },
  },
  'quote/direct:same-sentence': {
    description:
      'A quote without a cue of its own after a quote by a known speaker in the same sentence (\'called it "X" and "Y"\').',
    fixture:
      'Budget vote\n\nSenator Maria Okafor told reporters the bill was "rushed", and said that the final vote came "far too late in the night".\n',
    expected: { kind: 'direct', text: 'far too late in the night', speaker: 'Maria Okafor' },
  },
  'quote/direct:colon-lead-in': {
    description:
      'A quote without a cue after a lead-in ending with a colon: the first person named as its subject speaks.',
    fixture:
      'Harbour plan\n\nAt the council meeting on Tuesday, Mayor Lena Brandt defended the harbour plan against its critics: "We will not give up on the port."\n',
    expected: { kind: 'direct', text: 'We will not give up on the port', speaker: 'Lena Brandt' },
  },
  'quote/direct:signed': {
    description:
      "A quotation that is a paragraph of its own, signed by the next paragraph: a dash and the speaker's name (the quotes of a government news release).",
    fixture:
      'Patrol ship deployed\n\nQuotes\n\n“Our sailors will keep the sea lanes open.”\n\n– The Honourable Ana Lopez, Minister of Defence\n',
    expected: { kind: 'direct', text: 'Our sailors will keep the sea lanes open', speaker: 'Ana Lopez' },
  },
  'quote/direct:previous-sentence': {
    description:
      'A quote standing alone as a sentence, spoken by the person who is the subject of the sentence before.',
    fixture:
      'Talks resume\n\nForeign Secretary Tom Reyes spoke to reporters after the meeting on Monday.\n\n"We have made progress on every issue and we will meet again next month."\n',
    expected: {
      kind: 'direct',
      text: 'We have made progress on every issue and we will meet again next month',
      speaker: 'Tom Reyes',
    },
  },
  'quote/direct:headline': {
    description:
      'Quoted words of two or more words in a headline, not all capitalized (not a title of a work).',
    fixture:
      "'Large-scale attack' kills dozens in the capital\n\nA bomb exploded in the capital on Thursday.\n",
    expected: { kind: 'direct', text: 'Large-scale attack', speaker: null },
  },
  'quote/block': {
    description: 'A paragraph set off after a lead-in that ends with a colon.',
    fixture:
      'Press review\n\nThe Daily Ledger wrote in its editorial on Monday:\n\nThe government has failed to explain why the plan was dropped, and voters deserve an answer.\n',
    expected: {
      kind: 'block',
      text: 'The government has failed to explain why the plan was dropped, and voters deserve an answer',
      speaker: 'Daily Ledger',
    },
  },
  'quote/indirect:reporting-verb': {
    description: 'Reported speech after a reporting verb: "X said (that) CLAUSE".',
    fixture: 'Talks resume\n\nForeign Minister Ana Lopez said that the talks would resume next month.\n',
    expected: { kind: 'indirect', text: 'the talks would resume next month', speaker: 'Ana Lopez' },
  },
  'quote/indirect:according-to': {
    description: 'Reported speech attributed by "according to X".',
    fixture:
      'Floods\n\nAccording to the regional governor, the floods have displaced thousands of families.\n',
    expected: {
      kind: 'indirect',
      text: 'the floods have displaced thousands of families',
      speaker: 'the regional governor',
    },
  },
  'quote/indirect:parenthetical': {
    description: 'Reported speech around a parenthetical attribution: "CLAUSE, X writes, but …".',
    fixture: 'Markets\n\nThe recovery will be slow, Jane Doe writes, but the worst is over for exporters.\n',
    expected: {
      kind: 'indirect',
      text: 'The recovery will be slow, Jane Doe writes, but the worst is over for exporters',
      speaker: 'Jane Doe',
    },
  },
  'quote/indirect:trailing': {
    description: 'Reported speech before a sentence-final attribution: "CLAUSE, prosecutors said."',
    fixture: 'Trial\n\nThe suspect had fled the country before the raid, prosecutors said on Monday.\n',
    expected: {
      kind: 'indirect',
      text: 'The suspect had fled the country before the raid',
      speaker: 'prosecutors',
    },
  },
} as const satisfies Record<string, QuoteRule>;

export type QuoteRuleId = keyof typeof QUOTE_RULES;
