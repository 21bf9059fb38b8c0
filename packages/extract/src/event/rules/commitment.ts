import type { Token } from '../../text/tokenize.js';
import { commitmentType } from '../cameo/code-commitment.js';
import { findCameoForm } from '../cameo/match-cameo-verb.js';
import { cameoVerbs, ploverType } from '../cameo/read-cameo-verbs.js';
import type { TriggerHit } from '../trigger-hit.js';

/**
 * "has sworn to fight": a commitment takes its type from the act it commits to (the next trigger or verb).
 * It gives way to an act that names itself ("offered to send rescue teams" is aid) and to an event before
 * it in the clause that it follows up ("met union leaders and promised to review …").
 */
export function codeCommitments(tokens: readonly Token[], found: TriggerHit[], ct: number): void {
  let drop: Set<TriggerHit> | undefined;
  found.forEach((f, i) => {
    const c = f.commitment;
    if (!c) return;
    drop ??= new Set<TriggerHit>();
    // hits are in text order: the act is among the next few
    const acts: TriggerHit[] = [];
    for (let j = i + 1; j < found.length && found[j]!.from - c.at < COMMITTED_ACT_GAP; j++)
      if (found[j]!.from >= c.at) acts.push(found[j]!);
    const form = acts.length > 0 ? null : findCameoForm(tokens, c.at, ct);
    const actType = acts[0] ? acts[0].t.type : form ? ploverType(form.cameo) : null;
    const followUp = i > 0 && tokens[f.from - 1]?.lower === 'and';
    if (followUp || acts.some((g) => cameoVerbs.keptActs.has(g.t.type))) drop.add(f);
    else found[i] = { ...f, t: { ...f.t, type: commitmentType(actType, c.negated) } };
  });
  if (!drop || drop.size === 0) return;
  const dropped = drop;
  const kept = found.filter((f) => !dropped.has(f));
  found.length = 0;
  found.push(...kept);
}

/** "promised to continue military aid": how far after "to" the act committed to may start. */
const COMMITTED_ACT_GAP = 4;
