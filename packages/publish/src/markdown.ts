/** Text safe inside a Markdown table cell or list item: one line, no table pipes, no HTML. */
export function mdText(value: unknown, max = 120): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const one = s.replace(/\s+/g, ' ').trim();
  const cut = Array.from(one).length > max ? `${Array.from(one).slice(0, max).join('')}…` : one;
  return cut.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** Inline code for ids and values (backticks inside are replaced, never escaped). */
export function mdCode(value: unknown, max = 80): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const one = s.replace(/\s+/g, ' ');
  const cut = Array.from(one).length > max ? `${Array.from(one).slice(0, max).join('')}…` : one;
  return `\`${cut.replaceAll('`', 'ˋ').replaceAll('|', '¦') || ' '}\``;
}
