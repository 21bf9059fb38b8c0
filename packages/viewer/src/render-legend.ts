const SAMPLES: [cls: string, tag: string, text: string][] = [
  ['hl-mention type-person', 'PER', 'Person mention (solid underline)'],
  ['hl-mention type-organization', 'ORG', 'Organization mention'],
  ['hl-mention type-location', 'LOC', 'Location mention'],
  ['hl-quote', 'QUOTE', 'Quote (double underline)'],
  ['hl-event', 'EVENT', 'Event evidence (dashed box)'],
];

/** What the highlight styles mean; each kind differs by colour, line style and its tag. */
export function renderLegend(): string {
  const items = SAMPLES.map(
    ([cls, tag, text]) =>
      `<li><mark class="hl ${cls}">${text}<span class="hl-tag" aria-hidden="true">${tag}</span></mark></li>`,
  ).join('');
  return `<ul class="legend" aria-label="Legend">${items}</ul>`;
}
