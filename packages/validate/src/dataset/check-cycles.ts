import type { Dataset } from '@newsfacts/schemas';
import { makeProblem } from '../problem.js';
import type { DatasetContext } from './context.js';

interface Edge {
  to: string;
  relation: number;
}

/** No cycle among before/after relations (`a after b` is read as `b before a`). Iterative DFS, linear. */
export function checkCycles(ds: Dataset, ctx: DatasetContext): void {
  const edges = new Map<string, Edge[]>();
  ds.relations.forEach((r, i) => {
    if (ctx.invalid.relations.has(i) || (r.type !== 'before' && r.type !== 'after')) return;
    const [a, b] = r.type === 'before' ? [r.from, r.to] : [r.to, r.from];
    const list = edges.get(a);
    if (list) list.push({ to: b, relation: i });
    else edges.set(a, [{ to: b, relation: i }]);
  });
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const next: number[] = [0];
    state.set(root, 1);
    while (path.length > 0) {
      const node = path[path.length - 1]!;
      const out = edges.get(node) ?? [];
      const k = next[next.length - 1]!;
      if (k >= out.length) {
        state.set(node, 2);
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = k + 1;
      const edge = out[k]!;
      const seen = state.get(edge.to);
      if (seen === 1) {
        const cycle = [...path.slice(path.lastIndexOf(edge.to)), edge.to].join(' → ');
        const relation = ds.relations[edge.relation]!;
        ctx.problems.push(
          makeProblem('relation/cycle', ctx.locate('relations', edge.relation, '', relation.id), {
            path: cycle,
          }),
        );
      } else if (seen === undefined) {
        state.set(edge.to, 1);
        path.push(edge.to);
        next.push(0);
      }
    }
  }
}
