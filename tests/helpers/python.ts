import { spawnSync } from 'node:child_process';

// Debian's packages (python3-pandas, python3-jsonschema; .ci/run installs them) live with /usr/bin/python3,
// which a python3 earlier on PATH (pyenv, a virtualenv) may not see: try both.
const CANDIDATES = ['/usr/bin/python3', 'python3'];

/** A Python interpreter that imports every module given, or null when none does. */
export function pythonWith(...modules: string[]): string | null {
  const probe = modules.map((m) => `import ${m}`).join('; ') || 'pass';
  for (const python of CANDIDATES) {
    const r = spawnSync(python, ['-c', probe], { encoding: 'utf8' });
    if (r.status === 0) return python;
  }
  return null;
}

/** Run a Python script; fails the caller's expectation with its stderr when it exits non-zero. */
export function runPython(
  python: string,
  script: string,
  args: string[],
  cwd: string,
  input?: string,
): string {
  const r = spawnSync(python, ['-c', script, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${python} failed: ${r.stderr || r.error}`);
  return r.stdout;
}
