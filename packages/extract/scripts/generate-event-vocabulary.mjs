#!/usr/bin/env node
// Generates packages/extract/data/generated/{event-verbs,cameo-plover,agents}.json from the Open Event Data
// Alliance dictionaries (CAMEO.2.0.txt, CAMEO2PLOVER-2021.txt, Phoenix.agents.txt). Deterministic: the output
// depends only on the input files. Usage: node scripts/generate-event-vocabulary.mjs [source-folder] [out-folder]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const SOURCE_DIR = process.argv[2] ?? `${here}../../../../shared/resources/event-dictionaries`;
const OUT_DIR = process.argv[3] ?? `${here}../data/generated`;

const PETRARCH = {
  from: 'openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/',
  licence: 'MIT, Copyright (c) 2014-2015 Open Event Data Alliance',
};
const PLOVER = {
  from: 'openeventdata/PLOVER @ 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8)',
  licence: 'CC BY-SA 4.0, Open Event Data Alliance',
};

const stripComment = (line) => line.replace(/#.*$/, '').trimEnd();
const words = (phrase) =>
  phrase
    .toLowerCase()
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter(Boolean);

/** Regular noun plural as PETRARCH makes it (S, IES after Y, ES after SS). */
function plural(w) {
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(ss|sh|ch|x)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/** Regular verb forms; both spellings of a final consonant where English may double it (harmless if unused). */
function verbForms(v) {
  const out = new Set([v]);
  if (/[^aeiou]y$/.test(v)) out.add(`${v.slice(0, -1)}ies`).add(`${v.slice(0, -1)}ied`);
  else if (/(s|sh|ch|x|z)$/.test(v)) out.add(`${v}es`).add(`${v}ed`);
  else if (/e$/.test(v)) out.add(`${v}s`).add(`${v}d`);
  else out.add(`${v}s`).add(`${v}ed`);
  if (/[^e]e$/.test(v)) out.add(`${v.slice(0, -1)}ing`);
  else out.add(`${v}ing`);
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(v)) {
    const d = v + v.at(-1);
    out.add(`${d}ed`).add(`${d}ing`);
  }
  return [...out];
}

function readSynsets(lines) {
  const synsets = new Map();
  let current = null;
  for (const raw of lines) {
    if (raw.startsWith('####### VERB PATTERNS')) break;
    const line = stripComment(raw).trim();
    if (line.startsWith('&')) {
      current = { noPlural: line.endsWith('_'), words: [] };
      synsets.set(line.replace(/_$/, ''), current);
    } else if (line.startsWith('+') && current) {
      const phrase = line.slice(1);
      const ws = words(phrase);
      current.words.push(ws.join(' '));
      if (!current.noPlural && !phrase.endsWith('_'))
        current.words.push([...ws.slice(0, -1), plural(ws.at(-1))].join(' '));
    }
  }
  return synsets;
}

const parseCode = (s) => {
  const code = s.split(':')[0].trim();
  return /^\d+$/.test(code) ? code : null;
};

/** One noun slot (a word, a {braced phrase}, &SYNSET references) as its words, head last; null if a synset is unknown. */
function slotWords(slot, synsets) {
  const parts = slot
    .replace(/[{}]/g, '')
    .trim()
    .split(/\s+/)
    .filter((p) => p && !/^[$%^+]$/.test(p));
  const out = [];
  for (const p of parts) {
    if (p.startsWith('&')) {
      if (!synsets.has(p)) return null;
      out.push(p.toLowerCase());
    } else out.push(...words(p));
  }
  return out.length ? out : null;
}

function parsePattern(line, synsets) {
  const m = line.match(/^-\s*(.*?)\s*\[([^\]]*)\]/);
  if (!m) return null;
  const [pre, post = ''] = m[1].split('*');
  if (post === undefined) return null;
  const pattern = { cameo: parseCode(m[2]) };
  const preText = pre.replace(/[$%^+]/g, '').trim();
  if (preText) {
    const before = slotWords(preText, synsets);
    if (!before) return null;
    pattern.before = before;
  }
  const preps = [];
  const rest = post.replace(/\(([^)]*)\)/g, (_, inner) => {
    const [prep, ...obj] = inner.trim().split(/\s+/);
    const object = obj.length ? slotWords(obj.join(' '), synsets) : null;
    preps.push(object ? { prep: prep.toLowerCase(), object } : { prep: prep.toLowerCase() });
    return ' ';
  });
  const objText = rest.replace(/[$%^+]/g, '').trim();
  if (objText) {
    const object = slotWords(objText, synsets);
    if (!object) return null;
    pattern.object = object;
  }
  if (preps.length) pattern.preps = preps;
  if (!pattern.before && !pattern.object && !pattern.preps) return null;
  return pattern;
}

/** One verb line: `WORD {forms} [code]` or a multi-word verb with `+` before its verb word. */
function parseVerbLine(line) {
  const m = line.match(/^([^\s{[]+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/);
  if (!m) return null;
  const head = m[1];
  const code = m[3] === undefined ? undefined : parseCode(m[3]);
  const toPhrase = (p) => words(p.replace(/\+/g, '')).join(' ');
  const lemma = toPhrase(head);
  let forms;
  if (m[2] !== undefined)
    forms = [
      lemma,
      ...m[2]
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(toPhrase),
    ];
  else if (head.includes('+')) {
    const ws = head.split('_');
    const at = ws.findIndex((w) => w.startsWith('+'));
    forms = verbForms(words(ws[at].slice(1))[0]).map((f) =>
      words(ws.map((w, i) => (i === at ? f : w)).join('_')).join(' '),
    );
  } else forms = verbForms(lemma);
  return { lemma, forms: [...new Set(forms)], code };
}

function readVerbs(lines, synsets) {
  const verbs = [];
  let block = null;
  let inPatterns = false;
  for (const raw of lines) {
    if (raw.startsWith('####### VERB PATTERNS')) inPatterns = true;
    if (!inPatterns) continue;
    const line = stripComment(raw).trim();
    if (!line || line.startsWith('~')) continue;
    const header = line.match(/^---\s+(.*?)\s+\[([^\]]*)\]\s+---/);
    if (header) {
      block = { name: header[1], cameo: parseCode(header[2]), verbs: [], patterns: [] };
      verbs.push(block);
    } else if (!block) continue;
    else if (line.startsWith('-')) {
      const p = parsePattern(line, synsets);
      if (p) block.patterns.push(p);
    } else {
      const v = parseVerbLine(line);
      if (v) block.verbs.push(v);
    }
  }
  return verbs;
}

/**
 * Verb blocks as CAMEO keeps them: synonymous verbs (each with its own code or the block's) sharing the
 * block's patterns; a pattern is kept only when its code differs from the block's (it discriminates).
 */
function buildVerbFile(blocks, synsets) {
  const out = blocks
    .filter((b) => b.verbs.length > 0)
    .map((b) => ({
      name: b.name.toLowerCase(),
      cameo: b.cameo,
      verbs: b.verbs.map((v) =>
        v.code === undefined
          ? { lemma: v.lemma, forms: v.forms }
          : { lemma: v.lemma, forms: v.forms, cameo: v.code },
      ),
      patterns: b.patterns.filter((p) => p.cameo !== b.cameo),
    }));
  return {
    source: `CAMEO verb pattern dictionary CAMEO.2.0.txt, ${PETRARCH.from}`,
    licence: PETRARCH.licence,
    note: 'Generated by scripts/generate-event-vocabulary.mjs; do not edit. Codes are CAMEO (null: no event); PLOVER types come from cameo-plover.json. A pattern slot lists the words of a noun phrase, head last; &name stands for any phrase of that synset.',
    synsets: Object.fromEntries(
      [...synsets.keys()].sort().map((k) => [k.toLowerCase(), [...new Set(synsets.get(k).words)]]),
    ),
    blocks: out,
  };
}

function buildPloverFile(lines) {
  const codes = {};
  for (const raw of lines) {
    const m = stripComment(raw).match(/^(\d+):\s*([A-Z]+)\s*(?:,\s*([^,]*?)\s*)?(?:,\s*(.*?)\s*)?$/);
    if (m && !(m[1] in codes)) codes[m[1]] = { type: m[2], mode: m[3] || null, context: m[4] || null };
  }
  const sorted = Object.fromEntries(
    Object.keys(codes)
      .sort()
      .map((k) => [k, codes[k]]),
  );
  return {
    source: `CAMEO to PLOVER conversion table, ${PLOVER.from}`,
    licence: PLOVER.licence,
    note: 'Generated by scripts/generate-event-vocabulary.mjs; do not edit. A code not listed takes the type of its longest listed prefix.',
    codes: sorted,
  };
}

function readAgents(lines) {
  const subst = new Map();
  const agents = new Map();
  for (const raw of lines) {
    const line = stripComment(raw).trim();
    const s = line.match(/^!(\w+)!\s*=\s*(.*)$/);
    if (s) {
      subst.set(
        s[1],
        s[2].split(',').map((w) => w.trim().toLowerCase()),
      );
      continue;
    }
    const m = line.match(/^([^\s{[]+)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]/);
    if (!m) continue;
    const code = m[3].replace(/~/g, '').trim();
    const sub = m[1].match(/!(\w+)!/);
    const heads = sub ? (subst.get(sub[1]) ?? []).map((w) => m[1].replace(/!\w+!/, `_${w}`)) : [m[1]];
    for (const h of heads) {
      const ws = words(h);
      if (!ws.length || (h.endsWith('_') === false && ws.at(-1).length < 3)) continue;
      const forms = [ws.join(' ')];
      if (m[2] !== undefined)
        forms.push(
          ...m[2]
            .trim()
            .split(/\s+/)
            .filter(Boolean)
            .map((p) => words(p).join(' ')),
        );
      else if (!sub) forms.push([...ws.slice(0, -1), plural(ws.at(-1))].join(' '));
      for (const f of forms) if (f && !agents.has(f)) agents.set(f, code);
    }
  }
  const sorted = [...agents.keys()].sort();
  return {
    source: `Phoenix agents dictionary Phoenix.agents.txt, ${PETRARCH.from}`,
    licence: PETRARCH.licence,
    note: 'Generated by scripts/generate-event-vocabulary.mjs; do not edit. Generic agent words (lower case, singular and plural) with their CAMEO agent code.',
    agents: Object.fromEntries(sorted.map((k) => [k, agents.get(k)])),
  };
}

export function generate(sourceDir = SOURCE_DIR) {
  const cameo = readFileSync(`${sourceDir}/CAMEO.2.0.txt`, 'latin1').split(/\r?\n/);
  const synsets = readSynsets(cameo);
  return {
    'event-verbs.json': buildVerbFile(readVerbs(cameo, synsets), synsets),
    'cameo-plover.json': buildPloverFile(
      readFileSync(`${sourceDir}/CAMEO2PLOVER-2021.txt`, 'latin1').split(/\r?\n/),
    ),
    'agents.json': readAgents(readFileSync(`${sourceDir}/Phoenix.agents.txt`, 'latin1').split(/\r?\n/)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, data] of Object.entries(generate())) {
    writeFileSync(`${OUT_DIR}/${name}`, `${JSON.stringify(data, null, 1)}\n`);
  }
}
