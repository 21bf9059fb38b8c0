import type { Cluster } from './types.js';

/**
 * Organizations by their initials ("EU" for "European Union", "TSB" for the "Transportation Safety Board
 * of Canada") and by their bracketed abbreviations ("(SQM)"), which win.
 */
export function organizationsByInitials(
  clusters: readonly Cluster[],
  acronyms: ReadonlyMap<string, Cluster>,
): Map<string, Cluster> {
  const orgByInitials = new Map<string, Cluster>();
  for (const o of clusters) if (o.type === 'organization') orgByInitials.set(initials(o), o);
  // "TSB" for the "Transportation Safety Board of Canada": the initials of the name before its "of"
  for (const o of clusters) {
    const short = o.type === 'organization' ? initialsBeforeOf(o) : '';
    if (short.length > 1 && !orgByInitials.has(short)) orgByInitials.set(short, o);
  }
  for (const [acr, o] of acronyms) orgByInitials.set(acr, o);
  return orgByInitials;
}

function initials(cl: Cluster): string {
  return initialsOfName(cl.fullName ?? [...cl.keys][0] ?? '');
}

function initialsBeforeOf(cl: Cluster): string {
  const name = cl.fullName ?? [...cl.keys][0] ?? '';
  const of = name.indexOf(' of ');
  return of > 0 ? initialsOfName(name.slice(0, of)) : '';
}

function initialsOfName(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !/^(of|the|and|for|&)$/i.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}
