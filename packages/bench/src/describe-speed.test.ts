import { describe, expect, it } from 'vitest';
import { describeSpeed } from './describe-speed.js';

// Regression (issue 15.8): the bench said "2 workers is 0.5× faster" for a run twice as slow.
describe('describeSpeed', () => {
  it('says slower when it is slower', () => {
    expect(describeSpeed(100, 200)).toBe('2.0× slower');
    expect(describeSpeed(300, 100)).toBe('3.0× faster');
    expect(describeSpeed(100, 100)).toBe('1.0× faster');
  });
});
