import { describe, expect, it } from 'vitest';
import { nextSpanId, spanId, spanIds } from './stable-ids.js';

const span = (start: number, exact = 'Ruiz') => ({ start, end: start + exact.length, exact });

describe('nextSpanId', () => {
  it('ranks a new span among the spans with the same words, by position', () => {
    const [a, b] = spanIds('mention', 's', [span(10), span(50)]);
    const existing = [
      { ...span(10), id: a! },
      { ...span(50), id: b! },
    ];
    expect(nextSpanId('mention', 's', span(80), existing)).toBe(spanId('mention', 's', 'Ruiz', 3));
    expect(nextSpanId('mention', 's', span(80, 'Ana'), existing)).toBe(spanId('mention', 's', 'Ana', 1));
  });

  it('takes the next free rank when its own rank is held by an existing span', () => {
    // the span at 50 holds rank 1 (the one at 10 was removed); a span added at 30 ranks 1 by position
    const existing = [{ ...span(50), id: spanId('mention', 's', 'Ruiz', 1) }];
    expect(nextSpanId('mention', 's', span(30), existing)).toBe(spanId('mention', 's', 'Ruiz', 2));
  });
});
