import type { EventRelationRow } from '@newsfacts/schemas';
import { escapeHtml } from './escape-html.js';
import type { RecordIndex } from './index-records.js';

/** The relations as sentences, for undated events too and for readers who do not see the arrows. */
export function renderRelations(relations: readonly EventRelationRow[], index: RecordIndex): string {
  if (relations.length === 0) return '<p class="muted">No relations between events.</p>';
  const name = (id: string) => escapeHtml(index.events.get(id)?.summary ?? id);
  const items = relations
    .map(
      (r) =>
        `<li><span class="tl-link rel-${escapeHtml(r.type)}">${name(r.from_event_id)}</span> ` +
        `<strong>${escapeHtml(r.type.replace('_', ' '))}</strong> ${name(r.to_event_id)}</li>`,
    )
    .join('');
  return `<h3>Relations</h3><ul class="relations">${items}</ul>`;
}
