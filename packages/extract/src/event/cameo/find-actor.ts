import type { MentionIndex } from '../../entity/mention-index.js';
import { lexicon } from '../../lexicon/load-lexicons.js';
import { readData } from '../../lexicon/read-data.js';
import type { Token } from '../../text/tokenize.js';

interface AgentFile {
  agents: Record<string, string>;
}

const agents = new Map<string, string[][]>();
for (const phrase of Object.keys(readData<AgentFile>('generated/agents.json').agents)) {
  const words = phrase.split(' ');
  const list = agents.get(words[0]!) ?? [];
  list.push(words);
  agents.set(words[0]!, list);
}

/** True when the word at `k` starts a generic agent phrase of the Phoenix dictionary ("officials", "riot police"). */
function isAgentAt(tokens: readonly Token[], k: number): boolean {
  const list = agents.get(tokens[k]!.lower);
  return !!list?.some((ws) => ws.every((w, j) => tokens[k + j]?.lower === w));
}

/** "security forces", "border patrols": the word at `k` ends a generic agent phrase begun before it, so it is a noun. */
export function endsAgentAt(tokens: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const list = agents.get(tokens[j]!.lower);
    if (list?.some((ws) => j + ws.length === k + 1 && ws.every((w, i) => tokens[j + i]?.lower === w)))
      return true;
  }
  return false;
}

/**
 * A coded event needs a source actor, as in PETRARCH: a named entity, a demonym ("Iraqi") or an agent word
 * ("rebels", "the police") in the clause before the verb, or the antecedent of "who"/"which".
 */
export function hasActorBefore(tokens: readonly Token[], idx: MentionIndex, cf: number, at: number): boolean {
  if (idx.inRange(cf, at).length > 0) return true;
  const first = tokens[cf]?.lower;
  if ((first === 'who' || first === 'which') && idx.endingAt(tokens[cf - 1]?.text === ',' ? cf - 1 : cf))
    return true;
  for (let k = cf; k < at; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (isAgentAt(tokens, k) || (t.cap && lexicon.demonym(t.lower))) return true;
  }
  return false;
}

/** A target after the verb, as PETRARCH codes dyads: a named entity, a demonym or an agent word in the clause. */
export function hasTargetAfter(
  tokens: readonly Token[],
  idx: MentionIndex,
  from: number,
  ct: number,
): boolean {
  if (idx.inRange(from, ct).length > 0) return true;
  for (let k = from; k < ct; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (isAgentAt(tokens, k) || (t.cap && lexicon.demonym(t.lower))) return true;
  }
  return false;
}
