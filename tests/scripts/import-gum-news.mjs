#!/usr/bin/env node
// Copies the GUM news development half into tests/gold/gum-news/, scored by our conventions
// (tests/gold/gum-news/README.md). Deterministic: same input folder, same bytes out.
// Usage: node tests/scripts/import-gum-news.mjs [/work/shared/corpus/gum-news-dev]
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2] ?? '/work/shared/corpus/gum-news-dev';
const to = new URL('../gold/gum-news/', import.meta.url).pathname;

// GUM annotates fictional characters (and one fictional place) as entities; our gold has real-world
// entities only (tests/gold/GUIDELINES.md), so these chains are left out. Keyed by GUM document.
const FICTIONAL = {
  GUM_news_expo: [
    'Batman',
    'Joker',
    'Nightwing',
    'Doctor Who',
    'Belle',
    'Black Widow',
    'Captain America',
    'Brampton Spider-Gwen',
    'Symbiote Spidey',
    'Epic Mickey',
    'Lady Cassandra',
    'Fawn',
    'Bat Cave',
  ],
};

for (const file of readdirSync(from).sort()) {
  if (file.endsWith('.txt')) copyFileSync(join(from, file), join(to, file));
  if (!file.endsWith('.gold.json')) continue;
  const gold = JSON.parse(readFileSync(join(from, file), 'utf8'));
  const drop = new Set(FICTIONAL[gold.doc] ?? []);
  const entities = gold.entities.filter((e) => !drop.has(e.name));
  if (gold.entities.length - entities.length !== drop.size)
    throw new Error(`${file}: a listed name is missing`);
  // GUM has no quote or event layer: its empty lists mean "not annotated", not "none". The quote and
  // event layers are ours (written blind by the newsfacts team, README.md) and are kept when the folder
  // already has them.
  const here = join(to, file);
  const ours = existsSync(here) ? JSON.parse(readFileSync(here, 'utf8')) : null;
  const has = (layer) => ours?.annotated?.includes(layer) === true;
  const quotes = has('quotes') ? ours.quotes : gold.quotes;
  const events = has('events') ? ours.events : gold.events;
  const annotated = ['entities', ...['quotes', 'events'].filter(has)];
  const out = { ...gold, entities, quotes, events, annotated };
  writeFileSync(join(to, file), `${JSON.stringify(out, null, 2)}\n`);
}
