import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion } from './version-order.js';

describe('version order', () => {
  it('parses MAJOR.MINOR.PATCH only', () => {
    expect(parseVersion('1.10.0')).toEqual([1, 10, 0]);
    for (const bad of ['1.0', '01.0.0', '1.0.0-rc.1', 'v1.0.0', '1.0.0 ', ''])
      expect(parseVersion(bad), bad).toBeNull();
  });

  it('orders by numbers, not characters', () => {
    const sorted = ['1.10.0', '1.9.0', '2.0.0', '1.9.10', '1.9.2'].sort(compareVersions);
    expect(sorted).toEqual(['1.9.0', '1.9.2', '1.9.10', '1.10.0', '2.0.0']);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });

  it('refuses to order what is not a version (a bug in the caller)', () => {
    expect(() => compareVersions('1.0.0', 'latest')).toThrow(/^bug:/);
  });
});
