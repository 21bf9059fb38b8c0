import { describe, expect, it } from 'vitest';
import { renderDatasetsIndex } from './render-datasets-index.js';

describe('renderDatasetsIndex', () => {
  const entries = [
    {
      dataset: 'zeta',
      title: 'Zeta <news>',
      latest: '1.10.0',
      versions: [
        { version: '1.9.0', rootSha256: 'a'.repeat(64), withdrawn: 'wrong licence <b>' },
        { version: '1.10.0', rootSha256: 'b'.repeat(64), withdrawn: null },
      ],
    },
    { dataset: 'alpha', title: 'Alpha', latest: null, versions: [] },
  ];

  it('lists datasets by name and versions newest first, with links, hashes and withdrawals', () => {
    const html = renderDatasetsIndex(entries);
    expect(html.indexOf('alpha')).toBeLessThan(html.indexOf('zeta'));
    expect(html.indexOf('zeta/1.10.0/index.html')).toBeLessThan(html.indexOf('zeta/1.9.0/index.html'));
    expect(html).toContain('Latest: <a href="zeta/1.10.0/index.html">1.10.0</a>');
    expect(html).toContain('withdrawn</span> <span>wrong licence &lt;b&gt;</span>');
    expect(html).toContain('a'.repeat(64));
    expect(html).toContain('Zeta &lt;news&gt;');
    expect(renderDatasetsIndex([...entries].reverse())).toBe(html);
  });
});
