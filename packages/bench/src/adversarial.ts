/**
 * Hostile texts that grow with the size asked for: every pattern repeats its unit until the text has about
 * `bytes` characters, so a path that is quadratic in the number of cues, marks, names, dates or nesting
 * levels — or in the length of a sentence or line — takes four times as long when the text doubles.
 */
export const HOSTILE_PATTERNS: Readonly<Record<string, (bytes: number) => string>> = {
  'reporting cues in one unterminated sentence': (n) => repeatTo('the minister said the army said ', n),
  'cues with "that" clauses': (n) => repeatTo('Smith said that Jones told reporters that ', n),
  '"according to" cues': (n) => repeatTo('troops moved, according to officials, and ', n),
  'parenthetical cues': (n) => repeatTo('the talks failed, Smith writes, but ', n),
  'pronoun speakers': (n) => repeatTo('he said she said they told him ', n),
  'unbalanced curly quote marks': (n) => repeatTo('He said “', n),
  'unbalanced straight quote marks': (n) => repeatTo('She said "', n),
  'quotes in one sentence': (n) => repeatTo('“we will go,” said Jane Doe, and ', n),
  'short partial quotes': (n) => repeatTo('he called it “strong action” and ', n),
  'nested quote marks': (n) => `${'“‘'.repeat(n / 8)}${'’”'.repeat(n / 8)} said Velkin.`,
  'capitalized words (name candidates)': (n) => repeatTo('Ab Cd Ef ', n),
  'person names joined by "and"': (n) => repeatTo('John Smith and Mary Jones said ', n),
  dates: (n) => repeatTo('on Monday 3 March 2009 and on 4 April 2010 ', n),
  'one long sentence of clauses': (n) =>
    repeatTo('officials in the region, who met, discussed trade, and ', n),
  'no sentence ends': (n) => repeatTo('word ', n),
  'a line without spaces': (n) => `Officials said.\n${'x'.repeat(n)}\n`,
  'sentence dots': (n) => repeatTo('A. ', n),
  'block-quote lead-ins': (n) =>
    repeatTo('The minister said:\n\n“We will not accept this, ever,” he said.\n\n', n),
  'quotes open at paragraph ends': (n) => repeatTo('He said “go\n\n', n),
};

/** Hostile text of about `bytes` characters: every hostile pattern, each scaled with the text. */
export function adversarialText(bytes: number): string {
  const parts = Object.values(HOSTILE_PATTERNS);
  const share = Math.floor(bytes / parts.length);
  return `Officials said.\n\n${parts.map((make) => make(share)).join('\n\n')}\n`;
}

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.round(bytes / unit.length)));
}
