// The repository's schemas/ folder is the single source; the package ships a copy made here at build time.
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../schemas/', import.meta.url));
const to = fileURLToPath(new URL('../schemas/', import.meta.url));
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true, filter: (p) => !p.endsWith('.md') });
