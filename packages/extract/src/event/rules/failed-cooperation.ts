import type { Token } from '../../text/tokenize.js';
import { findCameoForm } from '../cameo/match-cameo-verb.js';
import { cameoVerbs, ploverType } from '../cameo/read-cameo-verbs.js';
import type { Hit } from '../trigger-hit.js';

/** "failed to reach an agreement": how far after "to" the failed act may stand. */
const FAILED_ACT_GAP = 4;

/**
 * "failed to reach agreement", "failed to agree": a failure whose "to" complement is a cooperative act
 * refuses it (CAMEO 12, REJECT), as a negated intent does. `all` are the clause's hits, nouns included;
 * the act is the first of them within a few words of "to", else the dictionary verb right after it.
 */
export function failsCooperation(tokens: readonly Token[], f: Hit, all: readonly Hit[], ct: number): boolean {
  if (!cameoVerbs.failures.has(f.t.t) || tokens[f.to]?.lower !== 'to') return false;
  const act = all.find((g) => g.from > f.to && g.from - f.to <= FAILED_ACT_GAP);
  // no trigger there: the dictionary's code of the verb after "to" ("failed to agree a budget")
  const form = act ? null : findCameoForm(tokens, f.to + 1, ct);
  const type = act ? act.t.type : form ? ploverType(form.cameo) : null;
  return type !== null && cameoVerbs.cooperative.has(type);
}
