#!/usr/bin/env node
/**
 * Proves a performance change leaves extraction output alone: one sha256 per article of the JSON
 * document `processArticle` gives, over every gold article (tests/gold/<set>/*.txt) and generated
 * articles (@newsfacts/bench, seed 42). Run on the built packages:
 *
 *   node packages/bench/scripts/fingerprint-extraction.mjs --write /tmp/before.txt   # before the change
 *   node packages/bench/scripts/fingerprint-extraction.mjs --check /tmp/before.txt   # after: exit 1 on any difference
 *
 * Options: --generated <n> (default 200). Deterministic: same code, same lines.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '@newsfacts/bench';
import { processArticle } from '@newsfacts/runner/process-article';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const mode = args.includes('--write') ? 'write' : args.includes('--check') ? 'check' : null;
const file = opt('--write') ?? opt('--check');
if (!mode || !file) {
  console.error('usage: fingerprint-extraction.mjs --write <file> | --check <file> [--generated <n>]');
  process.exit(2);
}

function* articles() {
  const gold = join(root, 'tests', 'gold');
  for (const set of readdirSync(gold, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort())
    for (const f of readdirSync(join(gold, set))
      .filter((f) => f.endsWith('.txt'))
      .sort())
      yield { name: `gold/${set}/${f}`, text: readFileSync(join(gold, set, f), 'utf8'), meta: {} };
  const n = Number(opt('--generated') ?? 200);
  for (const a of generateCorpus({ seed: 42, count: n }))
    yield {
      name: `generated/${a.id}`,
      text: a.text,
      meta: { id: a.id, title: a.title, outlet: a.outlet, published: a.published },
    };
}

const lines = [];
for (const a of articles()) {
  const doc = processArticle({ text: a.text, meta: a.meta });
  lines.push(`${createHash('sha256').update(JSON.stringify(doc)).digest('hex')}  ${a.name}`);
}
const out = `${lines.join('\n')}\n`;
if (mode === 'write') {
  writeFileSync(file, out);
  console.log(`${lines.length} articles fingerprinted into ${file}`);
} else {
  const before = readFileSync(file, 'utf8').split('\n');
  const changed = lines.filter((l, i) => l !== before[i]);
  if (changed.length === 0 && before.length === lines.length + 1)
    console.log(`${lines.length} articles: extraction unchanged`);
  else {
    for (const l of changed.slice(0, 20)) console.error(`changed: ${l.slice(66)}`);
    console.error(`${changed.length} of ${lines.length} articles differ from ${file}`);
    process.exitCode = 1;
  }
}
