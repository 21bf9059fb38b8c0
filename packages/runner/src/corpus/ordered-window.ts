/**
 * Pull items (values or promises) from `source`, keep at most `window` pending, and yield results in
 * source order whatever order they settle in. Memory is bounded by the window, not the source.
 */
export async function* orderedWindow<T>(source: Iterable<T | Promise<T>>, window: number): AsyncGenerator<T> {
  const pending: Promise<T>[] = [];
  for (const item of source) {
    const p = Promise.resolve(item);
    p.catch(() => {}); // awaited in order below; this only silences the early-rejection warning
    pending.push(p);
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
