/** Hostile text of about `bytes` bytes: 10,000 unbalanced quote marks, then one long line without spaces. */
export function adversarialText(bytes: number): string {
  const quotes = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 'He said “' : 'She said "')).join(' ');
  return `Officials said.\n${quotes}\n${'x'.repeat(Math.max(0, bytes - quotes.length - 20))}\n`;
}
