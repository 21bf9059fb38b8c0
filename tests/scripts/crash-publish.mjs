#!/usr/bin/env node
/**
 * Kill `newsfacts run` with SIGKILL at random moments and check what is left (issue 10):
 *   node tests/scripts/crash-publish.mjs [--kills 50] [--seed 1] [--keep] [--corpus]
 *
 * In a scratch copy of the seed pipeline, each round changes the article (so the run must publish a new
 * version), starts `newsfacts run`, kills it after a delay drawn from a seeded PRNG over the length of a
 * whole run, then checks the datasets folder: only version folders (and dead writers' .tmp-* folders,
 * which no reader takes for a version), every version verifies (validateRelease), the versions index
 * names only existing folders, and a version once seen never changes. A rerun must then finish the job.
 * With --corpus the pipeline is a corpus of 60 short articles instead of the seed, so the release is
 * streamed (scratch files, texts written as they come, one folder sync) rather than built in memory.
 * Prints one line per kill and a JSON summary last; exits 1 on the first broken guarantee.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRelease } from '@newsfacts/validate';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const CORPUS = process.argv.includes('--corpus');
const PIPELINE = CORPUS ? 'wire' : 'kashmir-backchannel';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const KILLS = opt('kills', 50);
const SEED = opt('seed', 1);
const KEEP = args.includes('--keep');

/** mulberry32: a small seeded PRNG, so a failing sequence of delays can be replayed with --seed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);

const PEOPLE = ['Anna Keller', 'David Okafor', 'Maria Haddad', 'James Tanaka', 'Olga Novak', 'Carlos Mendes'];
const PLACES = ['Geneva', 'Nairobi', 'Paris', 'Cairo', 'Tokyo', 'Lima', 'Oslo', 'Quito'];
const TOPICS = ['trade', 'water', 'fisheries', 'customs', 'energy', 'health', 'railway', 'border'];

/** A short wire story; i picks its people, place, topic and figures, so no two are near-copies. */
function story(i) {
  const who = PEOPLE[i % PEOPLE.length];
  const other = PEOPLE[(i * 7 + 3) % PEOPLE.length];
  const where = PLACES[(i * 5) % PLACES.length];
  const topic = TOPICS[(i * 3) % TOPICS.length];
  return [
    `${who} and ${other} hold ${topic} talks in ${where} (report ${i})`,
    '',
    `${where.toUpperCase()} (Example Wire) - Foreign Minister ${who} met ${other} in ${where} on Monday to discuss ${topic} agreement number ${i}, the ministry said.`,
    `"We have made real progress on ${topic}," ${who.split(' ')[1]} told reporters after ${i + 2} hours of talks.`,
    `According to the World Bank, the ${topic} programme ran from ${1990 + (i % 20)} to ${2000 + (i % 20)} and cost ${i + 3} million dollars.`,
    `${other} said the ${topic} plan would be signed in ${PLACES[(i + 1) % PLACES.length]} next month.`,
    '',
  ].join('\n');
}

const project = mkdtempSync(join(tmpdir(), 'newsfacts-crash-'));
let article;
if (CORPUS) {
  const dir = join(project, 'pipelines', PIPELINE);
  mkdirSync(dir, { recursive: true });
  const dataset = {
    title: 'Wire',
    description: 'Test corpus.',
    license: 'CC-BY-4.0',
    keywords: [],
    contributors: [],
  };
  const sources = [
    { corpus: 'articles/', defaults: { redistributable: true, license: 'CC0-1.0', published: '2024-03-06' } },
  ];
  writeFileSync(
    join(dir, 'pipeline.json'),
    JSON.stringify({ name: PIPELINE, dataset, sources, curation: [] }),
  );
  mkdirSync(join(dir, 'articles'));
  for (let i = 0; i < 60; i++)
    writeFileSync(join(dir, 'articles', `s${String(i).padStart(3, '0')}.txt`), story(i));
  article = join(dir, 'articles', 's007.txt');
} else {
  cpSync(join(ROOT, 'pipelines', PIPELINE), join(project, 'pipelines', PIPELINE), { recursive: true });
  article = join(project, 'pipelines', PIPELINE, `${PIPELINE}.txt`);
  // Curation entries name spans of the seed text by id; the text changes here, so curate nothing.
  writeFileSync(join(project, 'pipelines', PIPELINE, 'curation.json'), '{ "entries": [] }\n');
}
const datasetDir = join(project, 'datasets', PIPELINE);
const env = { ...process.env, NO_COLOR: '1', CI: 'true' };

function fail(message) {
  process.stderr.write(`crash-publish: ${message}\n  (seed ${SEED}; project kept at ${project})\n`);
  process.exit(1);
}

function startRun() {
  const child = spawn(process.execPath, [BIN, 'run', PIPELINE, '--quiet', '--json'], {
    cwd: project,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Root hash of every version already checked: a published version must never change. */
const known = new Map();

async function checkFolder(when) {
  const names = existsSync(datasetDir) ? readdirSync(datasetDir) : [];
  for (const n of names) {
    if (!/^(\d+\.\d+\.\d+|versions\.json|latest|\.tmp-.+)$/.test(n)) fail(`${when}: unexpected entry ${n}`);
  }
  const versions = names.filter((n) => /^\d+\.\d+\.\d+$/.test(n));
  for (const v of versions) {
    const root = createHash('sha256')
      .update(readFileSync(join(datasetDir, v, 'SHA256SUMS')))
      .digest('hex');
    if (known.has(v)) {
      if (known.get(v) !== root) fail(`${when}: version ${v} changed after it was published`);
      continue;
    }
    const report = await validateRelease(join(datasetDir, v));
    if (!report.valid) fail(`${when}: ${v} does not verify: ${JSON.stringify(report.problems.slice(0, 3))}`);
    known.set(v, root);
  }
  if (names.includes('versions.json')) {
    const index = JSON.parse(readFileSync(join(datasetDir, 'versions.json'), 'utf8'));
    for (const e of index.versions) {
      if (!versions.includes(e.version)) fail(`${when}: versions.json names missing ${e.version}`);
      if (known.get(e.version) !== e.root_sha256)
        fail(`${when}: versions.json has a wrong root for ${e.version}`);
    }
    const latest = readFileSync(join(datasetDir, 'latest'), 'utf8').trim();
    if (!versions.includes(latest)) fail(`${when}: latest names missing ${latest}`);
  }
  return { versions: versions.length, temps: names.filter((n) => n.startsWith('.tmp-')).length };
}

// A first, whole run: the version the kills build on, and how long a run takes.
const started = Date.now();
const first = await startRun().done;
const duration = Date.now() - started;
if (first.code !== 0) fail(`the first run failed: ${first.stderr}`);
await checkFolder('after the first run');

const AIMS = ['any', 'late', 'temp'];
const kills = [];
for (let i = 1; i <= KILLS; i++) {
  // A new sentence each round: the run has a new version to publish.
  appendFileSync(article, `\nOfficials said on Monday that round ${i} of the talks had ended.\n`);
  // Three aims in turn: any moment of the run; its last quarter (publishing); and just after the
  // temp folder appears (writing, validating, renaming), seen by polling the dataset folder.
  const aim = AIMS[i % AIMS.length];
  const r = random();
  const delay =
    aim === 'any'
      ? Math.floor(r * duration * 1.1)
      : aim === 'late'
        ? Math.floor(duration * (0.75 + 0.3 * r))
        : Math.floor(r * 40);
  const run = startRun();
  let timer;
  let poll;
  if (aim === 'temp') {
    poll = setInterval(() => {
      const names = existsSync(datasetDir) ? readdirSync(datasetDir) : [];
      if (names.some((n) => n.startsWith('.tmp-'))) {
        clearInterval(poll);
        timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      }
    }, 1);
  } else timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
  const end = await run.done;
  clearTimeout(timer);
  clearInterval(poll);
  const afterKill = await checkFolder(`after kill ${i} (${delay} ms)`);
  const rerun = await startRun().done;
  if (rerun.code !== 0) fail(`rerun ${i} failed: ${rerun.stderr}`);
  const status = JSON.parse(rerun.stdout).status;
  const afterRerun = await checkFolder(`after rerun ${i}`);
  if (afterRerun.temps > 0) fail(`rerun ${i} left a .tmp- folder`);
  if (afterRerun.versions !== i + 1)
    fail(`after rerun ${i}: ${afterRerun.versions} versions, expected ${i + 1}`);
  const outcome = end.signal === 'SIGKILL' ? 'killed' : `exited ${end.code}`;
  kills.push({
    aim,
    delay,
    outcome,
    leftTemp: afterKill.temps > 0,
    versions: afterKill.versions,
    rerun: status,
  });
  process.stdout.write(
    `kill ${i} (${aim}): ${delay} ms → ${outcome}, ${afterKill.versions} version(s)${afterKill.temps ? ', a .tmp- folder' : ''}; rerun ${status}\n`,
  );
}

const verify = spawnSync(
  process.execPath,
  [BIN, 'verify', join(datasetDir, readFileSync(join(datasetDir, 'latest'), 'utf8').trim())],
  {
    env,
    encoding: 'utf8',
  },
);
if (verify.status !== 0)
  fail(`newsfacts verify of the latest version failed: ${verify.stdout}${verify.stderr}`);
const summary = {
  pipeline: PIPELINE,
  seed: SEED,
  kills: kills.length,
  runMs: duration,
  killedMidRun: kills.filter((k) => k.outcome === 'killed').length,
  byAim: Object.fromEntries(AIMS.map((a) => [a, kills.filter((k) => k.aim === a).length])),
  leftTemp: kills.filter((k) => k.leftTemp).length,
  versionPublishedBeforeKill: kills.filter((k, i) => k.versions === i + 2).length,
  reruns: Object.fromEntries(
    [...new Set(kills.map((k) => k.rerun))].map((s) => [s, kills.filter((k) => k.rerun === s).length]),
  ),
  versions: known.size,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
if (!KEEP) rmSync(project, { recursive: true, force: true });
