import { describe, expect, it } from 'vitest';
import type { Span } from './nest-spans.js';
import { renderArticle } from './render-article.js';

function span(id: string, kind: Span['kind'], start: number, end: number): Span {
  return { id, kind, start, end, tag: kind[0]!.toUpperCase(), label: id, variant: 'v', ordinal: null };
}

// Drop the tags and attributes to read back which text each element wraps.
const strip = (html: string) => html.replace(/<span class="hl-tag"[^>]*>.*?<\/span>/g, '');

describe('renderArticle', () => {
  it('counts offsets in code points, not UTF-16 units', () => {
    const html = strip(renderArticle('😀 ab 🤝 cd', [span('m1', 'mention', 7, 8)]));
    expect(html).toMatch(/^😀 ab 🤝 <mark[^>]*data-record-id="m1"[^>]*>c<\/mark>d$/);
  });

  it('escapes the text around and inside highlights', () => {
    const html = renderArticle('</script><b>x</b>', [span('m1', 'mention', 9, 17)]);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('</script>');
    expect(html).toContain('&lt;/script&gt;<mark');
  });

  it('nests a mention inside a quote', () => {
    const html = strip(
      renderArticle('say "hi Bob" now', [span('q', 'quote', 5, 11), span('m', 'mention', 8, 11)]),
    );
    expect(html).toMatch(
      /<mark[^>]*data-record-id="q"[^>]*>hi <mark[^>]*data-record-id="m"[^>]*>Bob<\/mark><\/mark>/,
    );
  });

  it('splits a span crossing the end of another; only the first piece carries the id', () => {
    const html = strip(renderArticle('abcdefgh', [span('q', 'quote', 0, 4), span('e', 'event', 2, 6)]));
    expect(html.match(/data-record-id="e"/g)).toHaveLength(1);
    expect(html.match(/data-kind=/g)).toHaveLength(2);
    expect(html).toMatch(
      />ab<mark[^>]*data-record-id="e"[^>]*>cd<\/mark><\/mark><mark[^>]*data-part-of="e"[^>]*>ef<\/mark>gh$/,
    );
  });

  it('renders identical spans of different kinds and clamps offsets past the end', () => {
    const html = renderArticle('abc', [
      span('m', 'mention', 0, 3),
      span('q', 'quote', 0, 3),
      span('x', 'event', 2, 99),
    ]);
    expect(html.match(/data-record-id=/g)).toHaveLength(3);
  });
});

describe('renderArticle on many random overlapping spans', () => {
  it('keeps the text intact and gives every span exactly one element with its id', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = 'a😀b<c>&d🤝e"f\'g'.repeat(4);
    const length = Array.from(text).length;
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: 1 + random(12) }, (_, i) => {
        const start = random(length);
        const kind = (['mention', 'quote', 'event'] as const)[random(3)]!;
        return span(`r${i}`, kind, start, start + 1 + random(length - start));
      });
      const html = renderArticle(text, spans);
      for (const s of spans) expect(html.split(`data-record-id="${s.id}"`)).toHaveLength(2);
      const plain = strip(html)
        .replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
      expect(plain).toBe(text);
    }
  });
});
