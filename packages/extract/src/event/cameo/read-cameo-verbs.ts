import { readData } from '../../lexicon/read-data.js';

type Code = string | null;

interface Pattern {
  cameo: Code;
  before?: string[];
  object?: string[];
  preps?: { prep: string; object?: string[] }[];
  /** The plain words (no synsets) the pattern needs somewhere near the verb: a cheap first test. */
  literals?: string[];
}
interface VerbFile {
  synsets: Record<string, string[]>;
  blocks: {
    name: string;
    cameo: Code;
    verbs: { lemma: string; forms: string[]; cameo?: Code }[];
    patterns: Pattern[];
  }[];
}
interface PloverFile {
  codes: Record<string, { type: string; mode: string | null; context: string | null }>;
}
interface ExtraFile {
  cameo_prefix_types: Record<string, string | null>;
  block_codes: Record<string, Code>;
  extra_verbs: { block: string; lemma: string; forms: string[]; cameo: Code }[];
  extra_patterns: { blocks: string[]; cameo: string; objects: string[] }[];
  dropped_patterns: { blocks: string[]; cameo_prefix: string }[];
  pattern_only: string[];
  bare_other: string[];
  negating_blocks: string[];
  particles: string[];
  synset_agents: Record<string, string[]>;
  demand_modals: string[];
  noun_markers: string[];
  noun_prepositions: string[];
  be_forms: string[];
  person_objects: string[];
  object_openers: string[];
  subjunctive_openers: string[];
  object_prepositions: string[];
  intent: {
    cooperative: string[];
    conflictual: string[];
    adjectives: string[];
    negators: string[];
    conditions: string[];
    commitments: string[];
    kept_acts: string[];
    planned_acts: string[];
  };
  quadrants: Record<string, string[]>;
  rejected_objects: { verbs: string[]; cameo_prefixes: string[]; words: string[] };
  purpose: { heads: string[]; acts: string[]; max_gap: number };
  failures: string[];
  grounds: { types: string[]; prepositions: string[]; max_gap: number };
  score_results: { types: string[]; dashes: string[]; max_digits: number; phrases: string[] };
  idioms: { phrases: string[] };
}

/** One verb form (one or more words) of a CAMEO block. */
export interface VerbForm {
  words: string[];
  lemma: string;
  cameo: Code;
  patterns: readonly Pattern[];
  /** The patterns without plain words (all of them can match where no pattern word is near the verb). */
  patternsWithoutLiterals: readonly Pattern[];
  /** Positions in `patterns` of those without plain words and of those by their first plain word. */
  patternIndex: PatternIndex;
  patternOnly: boolean;
  /** Without a pattern the verb is OTHER, not its block's CAMEO 060 (data: bare_other). */
  bareOther: boolean;
  /** A verb of a block that refuses what it governs (PETRARCH's REFUSE). */
  negating: boolean;
}

/**
 * Where a form's patterns are, so that only those whose plain words can all be near the verb are tried: a
 * block may have 187 patterns, and a verb has a few pattern words near it. Each pattern is filed under
 * its rarest plain word (a pattern matches only with all of them near, so any one would do; "to" and
 * "with" are the words of many patterns and near most verbs).
 */
interface PatternIndex {
  withoutLiterals: readonly number[];
  byLiteral: ReadonlyMap<string, readonly number[]>;
}

function indexPatterns(patterns: readonly Pattern[], literalUses: ReadonlyMap<string, number>): PatternIndex {
  const withoutLiterals: number[] = [];
  const byLiteral = new Map<string, number[]>();
  patterns.forEach((p, i) => {
    let rarest: string | undefined;
    for (const l of p.literals ?? [])
      if (rarest === undefined || literalUses.get(l)! < literalUses.get(rarest)!) rarest = l;
    if (rarest === undefined) withoutLiterals.push(i);
    else byLiteral.set(rarest, [...(byLiteral.get(rarest) ?? []), i]);
  });
  return { withoutLiterals, byLiteral };
}

/** How many patterns of the dictionary use each plain word. */
function countLiterals(): Map<string, number> {
  const uses = new Map<string, number>();
  for (const b of verbs.blocks)
    for (const p of b.patterns) for (const l of p.literals ?? []) uses.set(l, (uses.get(l) ?? 0) + 1);
  return uses;
}

const verbs = readData<VerbFile>('generated/event-verbs.json');
const agents = readData<{ agents: Record<string, string> }>('generated/agents.json').agents;
const plover = readData<PloverFile>('generated/cameo-plover.json');
const extra = readData<ExtraFile>('event-verbs-extra.json');

/** PLOVER type of a CAMEO code: its own row, else its longest listed prefix; null when no event. */
export function ploverType(code: Code): string | null {
  if (code === null) return null;
  let type = ploverTypes.get(code);
  if (type === undefined) {
    type = readPloverType(code);
    ploverTypes.set(code, type);
  }
  return type;
}

/** The type of each code asked for (a few hundred codes at most: the dictionary's). */
const ploverTypes = new Map<string, string | null>();

function readPloverType(code: string): string | null {
  for (let n = code.length; n >= 2; n--) {
    const prefix = code.slice(0, n);
    if (prefix in extra.cameo_prefix_types) return extra.cameo_prefix_types[prefix] ?? null;
    const row = plover.codes[prefix];
    if (row) return row.type;
  }
  return null;
}

function indexForms(): Map<string, VerbForm[]> {
  const byFirst = new Map<string, VerbForm[]>();
  const patternOnly = new Set(extra.pattern_only);
  const bareOther = new Set(extra.bare_other);
  const negatingBlocks = new Set(extra.negating_blocks);
  const withoutLiterals = new Map<readonly Pattern[], readonly Pattern[]>();
  const indexes = new Map<readonly Pattern[], PatternIndex>();
  const add = (form: string, lemma: string, cameo: Code, patterns: readonly Pattern[], block: string) => {
    const words = form.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    const negating = negatingBlocks.has(block);
    let plain = withoutLiterals.get(patterns);
    let index = indexes.get(patterns);
    if (!plain || !index) {
      plain = patterns.filter((p) => !p.literals?.length);
      withoutLiterals.set(patterns, plain);
      index = indexPatterns(patterns, literalUses);
      indexes.set(patterns, index);
    }
    list.push({
      words,
      lemma,
      cameo,
      patterns,
      patternsWithoutLiterals: plain,
      patternIndex: index,
      patternOnly: patternOnly.has(lemma),
      bareOther: bareOther.has(lemma),
      negating,
    });
    byFirst.set(words[0]!, list);
  };
  const blockByName = new Map(verbs.blocks.map((b) => [b.name, b]));
  for (const x of extra.extra_patterns)
    for (const name of x.blocks)
      for (const o of x.objects)
        blockByName.get(name)?.patterns.push({ cameo: x.cameo, object: o.split(' ') });
  for (const x of extra.dropped_patterns)
    for (const name of x.blocks) {
      const b = blockByName.get(name);
      if (b) b.patterns = b.patterns.filter((p) => !p.cameo?.startsWith(x.cameo_prefix));
    }
  for (const b of verbs.blocks) for (const p of b.patterns) p.literals = literalsOf(p);
  const literalUses = countLiterals();
  for (const b of verbs.blocks) {
    const blockCode = b.name in extra.block_codes ? extra.block_codes[b.name]! : b.cameo;
    for (const v of b.verbs)
      for (const f of v.forms) add(f, v.lemma, v.cameo ?? blockCode, b.patterns, b.name);
  }
  for (const v of extra.extra_verbs)
    for (const f of v.forms) add(f, v.lemma, v.cameo, blockByName.get(v.block)?.patterns ?? [], v.block);
  // longest phrase first, then file order (stable sort)
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

function literalsOf(p: Pattern): string[] {
  const slots = [
    p.before ?? [],
    p.object ?? [],
    ...(p.preps ?? []).map((x) => [x.prep, ...(x.object ?? [])]),
  ];
  return slots.flat().filter((w) => !w.startsWith('&'));
}

/** "rebels" for &military: the generic agents whose CAMEO agent code the synset also stands for. */
function agentsOf(synset: string): string[] {
  const codes = new Set(extra.synset_agents[synset] ?? []);
  if (codes.size === 0) return [];
  return Object.keys(agents).filter((phrase) => codes.has(agents[phrase]!));
}

/** Phrases by their first word, so a slot is looked up per token instead of per phrase. */
function byFirst(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const list = out.get(words[0]!) ?? [];
    list.push(words);
    out.set(words[0]!, list);
  }
  return out;
}

/** The dictionary writes a pattern noun once ("diplomat", "duty"); the text may have its regular plural. */
export function isPluralOf(word: string, noun: string): boolean {
  if (word.length === noun.length + 1) return word === `${noun}s`;
  return word.length === noun.length + 2 && pluralsOf(noun).includes(word);
}

function pluralsOf(noun: string): string[] {
  return /[^aeiou]y$/.test(noun)
    ? [`${noun}s`, `${noun}es`, `${noun.slice(0, -1)}ies`]
    : [`${noun}s`, `${noun}es`];
}

/** The pattern literals a text word stands for: itself, or the noun it is the regular plural of ("diplomats"). */
function literalsByWord(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of verbs.blocks)
    for (const p of b.patterns)
      for (const l of p.literals ?? [])
        for (const w of [l, ...pluralsOf(l)]) {
          const list = out.get(w) ?? [];
          if (!list.includes(l)) list.push(l);
          out.set(w, list);
        }
  return out;
}

/**
 * "dismissed an appeal": the one-word objects (synsets spelt out, with their regular plurals) that the
 * refusing blocks' patterns code under the prefixes (CAMEO 12: appeal, demands, request, offer, talks…;
 * 016, denials: allegation, charges, claim, report).
 */
function rejectedObjects(prefixes: readonly string[], words: readonly string[]): Set<string> {
  const out = new Set<string>(words);
  const negating = new Set(extra.negating_blocks);
  for (const b of verbs.blocks) {
    if (!negating.has(b.name)) continue;
    for (const p of b.patterns) {
      const code = p.cameo;
      if (!code || !prefixes.some((x) => code.startsWith(x)) || p.object?.length !== 1 || p.before || p.preps)
        continue;
      const o = p.object[0]!;
      const nouns = o.startsWith('&') ? (verbs.synsets[o] ?? []) : [o];
      for (const n of nouns) if (!n.includes(' ')) for (const w of [n, `${n}s`, `${n}es`]) out.add(w);
    }
  }
  return out;
}

/** CAMEO verb forms by their first word, synsets, and the word lists that say how they are read. */
export const cameoVerbs = {
  byFirstWord: indexForms(),
  literalsByWord: literalsByWord(),
  synsets: new Map(Object.entries(verbs.synsets).map(([k, v]) => [k, byFirst([...v, ...agentsOf(k)])])),
  /** "to", "off": a pattern object that is one of these is a particle right after the verb. */
  particles: new Set(extra.particles),
  demandModals: new Set(extra.demand_modals),
  nounMarkers: new Set(extra.noun_markers),
  /** "by phone": prepositions before which a verb form other than -ing is a noun. */
  nounPrepositions: new Set(extra.noun_prepositions),
  cooperative: new Set(extra.intent.cooperative),
  conflictual: new Set(extra.intent.conflictual),
  intentAdjectives: new Set(extra.intent.adjectives),
  negators: new Set(extra.intent.negators),
  conditions: new Set(extra.intent.conditions),
  /** "promise", "vow": verbs whose 'to' complement is the act committed to. */
  commitments: new Set(extra.intent.commitments),
  /** Acts whose own type stands for the commitment to them ("offered to send rescue teams" is AID). */
  keptActs: new Set(extra.intent.kept_acts),
  /** Acts that keep their own type after "will"/"would" ("will provide aid", "would cooperate fully"). */
  plannedActs: new Set(extra.intent.planned_acts),
  /** "dismissed": verbs that reject what was put to them when their object is in `rejectedObjects`. */
  rejectingVerbs: new Set(extra.rejected_objects.verbs),
  rejectedObjects: rejectedObjects(extra.rejected_objects.cameo_prefixes, extra.rejected_objects.words),
  /** Types of acts whose following "to <verb>" is their purpose ("summoned the envoy to complain"). */
  purposeHeads: new Set(extra.purpose.heads),
  /** The types of purposes that are events of their own ("to complain", not "to encourage interest"). */
  purposeActs: new Set(extra.purpose.acts),
  /** How far after such an act its purpose's "to" may stand. */
  purposeGap: extra.purpose.max_gap,
  /** "failed": verbs whose refused cooperative complement is a rejection ("failed to reach agreement"). */
  failures: new Set(extra.failures),
  /** "accused X of …": the types of accusing verbs, the prepositions opening their ground, and its reach. */
  grounds: {
    types: new Set(extra.grounds.types),
    prepositions: new Set(extra.grounds.prepositions),
    gap: extra.grounds.max_gap,
  },
  /** "defeated South Korea 1 – 0": the types of acts a score makes a contest's result, the dashes, the digits. */
  scoreResults: {
    types: new Set(extra.score_results.types),
    dashes: new Set(extra.score_results.dashes),
    maxDigits: extra.score_results.max_digits,
    /** "on penalties", "after extra time": phrases only a contest's result takes. */
    phrases: extra.score_results.phrases.map((p) => p.split(' ')),
  },
  /** "in order to": fixed expressions, by each of their words, with that word's place in them. */
  idioms: idiomsByWord(extra.idioms.phrases),
  /** PLOVER quadrant of each type ("AGREE" → "verbal_cooperation"). */
  quadrant: new Map(
    Object.entries(extra.quadrants).flatMap(([q, types]) => types.map((t) => [t, q] as const)),
  ),
  /** "will", "would", "is to": the dictionary's future auxiliaries. */
  future: (verbs.synsets['&auxverb2'] ?? []).map((p) => p.split(' ')),
  /** The one-word future auxiliaries ("will", "would"). */
  futureWords: new Set((verbs.synsets['&auxverb2'] ?? []).filter((p) => !p.includes(' '))),
  /** "was", "were", "been", "is", "are": the dictionary's forms of "be" (a verb after them is passive or an adjective). */
  be: new Set([
    ...(verbs.synsets['&auxverb1'] ?? []),
    ...(verbs.synsets['&tobeverb'] ?? []),
    ...extra.be_forms,
  ]),
  /** "him", "them": object pronouns that stand for people or groups (not "it": "made it clear"). */
  personObjects: new Set(extra.person_objects) as ReadonlySet<string>,
  /** "the", "their", "him": words besides a capitalized one that open a verb's object. */
  objectOpeners: new Set(extra.object_openers) as ReadonlySet<string>,
  /** "demanded that Israel ease restrictions": words before a name that open a subjunctive clause. */
  subjunctiveOpeners: new Set(extra.subjunctive_openers) as ReadonlySet<string>,
  /** "fired on striking workers": prepositions a pattern lacks that put the words after them out of the object. */
  objectPrepositions: new Set(extra.object_prepositions) as ReadonlySet<string>,
};

/** Each word of the idioms → the idioms it is in, with its place in each ("order" → "in order to", 1). */
function idiomsByWord(phrases: readonly string[]): Map<string, { words: string[]; at: number }[]> {
  const out = new Map<string, { words: string[]; at: number }[]>();
  for (const p of phrases) {
    const words = p.split(' ');
    words.forEach((w, at) => {
      const list = out.get(w) ?? [];
      list.push({ words, at });
      out.set(w, list);
    });
  }
  return out;
}
