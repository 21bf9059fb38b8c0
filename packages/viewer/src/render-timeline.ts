import type { EventRelationRow, EventRow } from '@newsfacts/schemas';
import type { EdtfDays } from '@newsfacts/validate';
import { compareStrings } from './compare.js';
import { daysMemo, qualifierWords } from './describe-date.js';
import { escapeHtml } from './escape-html.js';

import { timeTicks } from './time-ticks.js';

const WIDTH = 960;
const CHART_LEFT = 330;
const CHART_RIGHT = 900;
const TOP = 34;
const ROW = 40;

interface DatedEvent {
  event: EventRow;
  date: EdtfDays;
  row: number;
}

const round = (n: number) => String(Math.round(n * 10) / 10);

function truncate(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max - 1).join('') + '…';
}

function renderBar(item: DatedEvent, x: (day: number) => number): string {
  const { event, date, row } = item;
  const y = TOP + row * ROW;
  const fuzzy = date.uncertain || date.approximate || date.unspecified;
  const qualifiers = qualifierWords(date);
  const when = qualifiers ? `${event.date} · ${qualifiers}` : (event.date ?? '');
  const x0 = x(date.start);
  const width = Math.max(4, x(date.end) - x0);
  const label = `${event.type}: ${event.summary}, ${when}`;
  return (
    `<g class="tl-event${fuzzy ? ' tl-fuzzy' : ''}" data-event-id="${escapeHtml(event.id)}" tabindex="0" role="button" aria-label="${escapeHtml(label)}">` +
    `<rect class="tl-row" x="0" y="${y}" width="${WIDTH}" height="${ROW}"/>` +
    `<text class="tl-label" x="${CHART_LEFT - 12}" y="${y + 17}" text-anchor="end">${escapeHtml(truncate(event.summary, 42))}</text>` +
    `<text class="tl-date" x="${CHART_LEFT - 12}" y="${y + 32}" text-anchor="end">${escapeHtml(`${event.type} · ${when}`)}</text>` +
    `<rect class="tl-bar" x="${round(x0)}" y="${y + 11}" width="${round(width)}" height="18" rx="3"/>` +
    `</g>`
  );
}

function renderLink(
  relation: EventRelationRow,
  rows: Map<string, DatedEvent>,
  x: (day: number) => number,
): string {
  const from = rows.get(relation.from_event_id);
  const to = rows.get(relation.to_event_id);
  if (!from || !to) return '';
  const y1 = TOP + from.row * ROW + 20;
  const y2 = TOP + to.row * ROW + 20;
  // Order relations run from the end of one bar to the start of the next; the others join bar centres.
  const ordered = relation.type === 'before' || relation.type === 'after' || relation.type === 'causes';
  const x1 = ordered ? x(from.date.end) : (x(from.date.start) + x(from.date.end)) / 2;
  const x2 = ordered ? x(to.date.start) : (x(to.date.start) + x(to.date.end)) / 2;
  const bend = 24 + 10 * Math.abs(from.row - to.row);
  const path = `M${round(x1)} ${y1} C${round(x1 + bend)} ${y1} ${round(x2 - bend)} ${y2} ${round(x2)} ${y2}`;
  const mid = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  return (
    `<g class="tl-link rel-${relation.type}"><title>${escapeHtml(relation.type)}</title>` +
    `<path d="${path}" marker-end="url(#tl-arrow)"/>` +
    `<text x="${round(mid.x)}" y="${round(mid.y - 4)}" text-anchor="middle">${escapeHtml(relation.type.replace('_', ' '))}</text></g>`
  );
}

function renderSvg(dated: DatedEvent[], relations: readonly EventRelationRow[]): string {
  const min = Math.min(...dated.map((d) => d.date.start));
  const max = Math.max(...dated.map((d) => d.date.end));
  const pad = Math.max(15, (max - min) * 0.03);
  const [lo, hi] = [min - pad, max + pad];
  const x = (day: number) => CHART_LEFT + ((day - lo) / (hi - lo)) * (CHART_RIGHT - CHART_LEFT);
  const height = TOP + dated.length * ROW + 10;
  const ticks = timeTicks(lo, hi)
    .map(
      (t) =>
        `<line class="tl-grid" x1="${round(x(t.day))}" x2="${round(x(t.day))}" y1="${TOP - 6}" y2="${height - 6}"/>` +
        `<text class="tl-tick" x="${round(x(t.day))}" y="${TOP - 12}" text-anchor="middle">${escapeHtml(t.label)}</text>`,
    )
    .join('');
  const rows = new Map(dated.map((d) => [d.event.id, d]));
  return (
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="timeline-title">` +
    `<defs><marker id="tl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    `<path d="M0 0L10 5L0 10z" class="tl-arrowhead"/></marker></defs>` +
    ticks +
    dated.map((d) => renderBar(d, x)).join('') +
    relations.map((r) => renderLink(r, rows, x)).join('') +
    `</svg>`
  );
}

/**
 * The events on a time axis (server-side SVG): one row per dated event with a bar over its EDTF extent,
 * fuzzy (dashed, faded) when uncertain, approximate or with X digits; relations as arrows between bars;
 * undated events in a list beside it.
 */
export function renderTimeline(events: readonly EventRow[], relations: readonly EventRelationRow[]): string {
  const daysOf = daysMemo();
  const parsed = events.map((event) => ({ event, date: event.date === null ? null : daysOf(event.date) }));
  const dated = parsed
    .filter((p): p is { event: EventRow; date: EdtfDays } => p.date !== null)
    .sort(
      (a, b) =>
        a.date.start - b.date.start || a.date.end - b.date.end || compareStrings(a.event.id, b.event.id),
    )
    .map((p, row) => ({ ...p, row }));
  const undated = parsed.filter((p) => p.date === null).map((p) => p.event);
  const svg = dated.length > 0 ? renderSvg(dated, relations) : '<p class="muted">No dated events.</p>';
  const undatedList =
    undated.length === 0
      ? '<p class="muted">None.</p>'
      : '<ul class="undated">' +
        undated
          .map(
            (e) =>
              `<li><button type="button" class="linklike" data-event-id="${escapeHtml(e.id)}">${escapeHtml(e.summary)}</button>` +
              ` <span class="muted">${escapeHtml(e.type)}${e.date ? ` · ${escapeHtml(e.date)} (not understood)` : ''}</span></li>`,
          )
          .join('') +
        '</ul>';
  return (
    `<div class="timeline-layout"><div class="timeline-scroll">${svg}</div>` +
    `<aside class="undated-box" aria-labelledby="undated-title"><h3 id="undated-title">Undated events</h3>${undatedList}</aside></div>`
  );
}
