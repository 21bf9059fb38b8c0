import { describe, expect, it, vi } from 'vitest';
import { main } from './program.js';

async function capture(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
  const l = vi.spyOn(console, 'log').mockImplementation((...a) => {
    out.push(`${a.join(' ')}\n`);
  });
  try {
    const code = await main(['node', 'newsfacts', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
    l.mockRestore();
  }
}

describe('newsfacts command line', () => {
  it('lists every command in --help and exits 0', async () => {
    const r = await capture(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['run', 'extract', 'validate', 'release', 'verify', 'diff', 'eval', 'check']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    }
    expect(r.stdout).toContain('Exit codes: 0 ok, 1 invalid data, 2 usage or I/O error.');
  });

  it('gives each command help with examples', async () => {
    const r = await capture(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--published <YYYY-MM-DD>');
  });

  it('answers usage errors with one line and exit 2', async () => {
    const unknown = await capture(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')[0]).toMatch(/unknown command 'frobnicate'/);
    const bad = await capture(['extract', 'x.txt', '--published', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("newsfacts: --published must be a date YYYY-MM-DD, got 'yesterday'\n");
    const missing = await capture(['extract', '/nonexistent/article.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('newsfacts: /nonexistent/article.txt: no such file or folder\n');
  });
});
