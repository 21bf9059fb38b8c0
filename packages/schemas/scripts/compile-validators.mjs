// Build step: compile JSON Schemas into one standalone CommonJS module of validators keyed by $id (Ajv's
// standalone code), so that a process loads them instead of compiling them (hundreds of ms per worker).
// Same Ajv options as the runtime instance (`newAjv` in src/ajv.ts), so the same errors.
//   node scripts/compile-validators.mjs <out.cjs> <schema folder>...   (folders read flat, *.schema.json, sorted)
// Run by this package's build (the project's schemas) and by @newsfacts/extract's (its word-list schemas).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { newAjv } from '../dist/ajv.js';

const [out, ...dirs] = process.argv.slice(2);
if (!out || dirs.length === 0) {
  console.error('usage: compile-validators.mjs <out.cjs> <schema folder>...');
  process.exit(2);
}
const ajv = newAjv(true);
const ids = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.schema.json'))
    .sort()) {
    const schema = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (typeof schema.$id !== 'string') {
      console.error(`${join(dir, f)}: no $id, cannot be compiled by id`);
      process.exit(1);
    }
    ajv.addSchema(schema);
    ids.push(schema.$id);
  }
}
const code = standaloneCode(ajv, Object.fromEntries(ids.map((id) => [id, id])));
mkdirSync(dirname(resolve(out)), { recursive: true });
writeFileSync(out, code);
