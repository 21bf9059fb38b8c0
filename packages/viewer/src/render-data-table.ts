import { escapeHtml } from './escape-html.js';

/** A table cell: its text, an optional numeric sort key and an optional (already safe) link. */
interface Cell {
  text: string;
  sort?: number;
  href?: string | null;
  code?: boolean;
}

export interface DataTable {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

function renderCell(cell: Cell): string {
  const sort = cell.sort === undefined ? '' : ` data-sort="${cell.sort}"`;
  let body = escapeHtml(cell.text);
  if (cell.code) body = `<code>${body}</code>`;
  if (cell.href) body = `<a href="${escapeHtml(cell.href)}">${body}</a>`;
  return `<td${sort}>${body}</td>`;
}

/** A table with a filter box and header buttons that sort it (wired up by the client script). */
export function renderDataTable(table: DataTable): string {
  const { id } = table;
  const head = table.columns
    .map(
      (column, i) =>
        `<th scope="col" aria-sort="none"><button type="button" class="sort" data-column="${i}">${escapeHtml(column)}` +
        `<span class="sort-mark" aria-hidden="true"></span></button></th>`,
    )
    .join('');
  const body = table.rows.map((row) => `<tr>${row.map(renderCell).join('')}</tr>`).join('');
  return (
    `<section class="data-table" aria-labelledby="${id}-title">` +
    `<div class="table-head"><h3 id="${id}-title">${escapeHtml(table.title)} <span class="count">(${table.rows.length})</span></h3>` +
    `<label class="filter" for="${id}-filter">Filter ${escapeHtml(table.title.toLowerCase())}` +
    `<input type="search" id="${id}-filter" data-filter-for="${id}" autocomplete="off" placeholder="Type to filter…"></label></div>` +
    `<div class="table-scroll"><table id="${id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
    `<p class="muted filter-status" id="${id}-status" aria-live="polite"></p></section>`
  );
}
