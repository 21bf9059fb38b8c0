/**
 * The page's inline script, kept as plain ES5-ish JavaScript (no dependencies, no modules) so it runs
 * from file://. It reads the records from `#nf-data` and only ever writes them with `textContent`.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var dataNode = document.getElementById('nf-data');
  var data = dataNode ? JSON.parse(dataNode.textContent || '{}') : {};
  var panel = document.getElementById('details');
  var panelBody = document.getElementById('details-body');
  var panelTitle = document.getElementById('details-title');
  var panelKind = document.getElementById('details-kind');
  var WIKIDATA = /^https:\/\/www\.wikidata\.org\/wiki\/Q[1-9][0-9]*$/;
  var KIND_NAMES = { mention: 'Entity mention', quote: 'Quote', event: 'Event' };
  var active = [];
  var shown = '';

  function own(object, key) {
    return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : null;
  }

  function targetOf(el) {
    if (el.hasAttribute('data-record-id')) return { kind: el.getAttribute('data-kind'), id: el.getAttribute('data-record-id') };
    if (el.hasAttribute('data-part-of')) return { kind: el.getAttribute('data-part-kind'), id: el.getAttribute('data-part-of') };
    if (el.hasAttribute('data-event-id')) return { kind: 'event', id: el.getAttribute('data-event-id') };
    return null;
  }

  function markActive(kind, id) {
    active.forEach(function (el) { el.classList.remove('is-active'); });
    active = [];
    document.querySelectorAll('[data-record-id],[data-part-of],[data-event-id]').forEach(function (el) {
      var t = targetOf(el);
      if (t && t.kind === kind && t.id === id) { el.classList.add('is-active'); active.push(el); }
    });
  }

  function show(kind, id) {
    var record = own(own(data, kind), id);
    if (!record || !panel || !panelBody || !panelTitle) return;
    if (shown === kind + ' ' + id) return;
    shown = kind + ' ' + id;
    panel.setAttribute('data-kind', kind);
    if (panelKind) panelKind.textContent = KIND_NAMES[kind] || kind;
    panelTitle.textContent = record.title;
    var list = document.createElement('dl');
    record.fields.forEach(function (field) {
      var dt = document.createElement('dt');
      dt.textContent = field[0];
      var dd = document.createElement('dd');
      if (field[2] && WIKIDATA.test(field[2])) {
        var link = document.createElement('a');
        link.href = field[2];
        link.rel = 'noopener noreferrer';
        link.textContent = field[1];
        dd.appendChild(link);
      } else {
        dd.textContent = field[1];
      }
      list.appendChild(dt);
      list.appendChild(dd);
    });
    panelBody.replaceChildren(list);
    markActive(kind, id);
  }

  function fromEvent(event) {
    var el = event.target && event.target.closest ? event.target.closest('.hl,[data-event-id]') : null;
    return el ? targetOf(el) : null;
  }

  function handle(event) {
    var t = fromEvent(event);
    if (t) show(t.kind, t.id);
  }

  document.addEventListener('click', handle);
  document.addEventListener('mouseover', handle);
  document.addEventListener('focusin', handle);
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var el = event.target;
    if (!el || !el.matches || !el.matches('.hl[data-record-id],g[data-event-id]')) return;
    event.preventDefault();
    var t = targetOf(el);
    if (t) { shown = ''; show(t.kind, t.id); }
  });

  function cellValue(row, column) {
    var cell = row.cells[column];
    if (!cell) return '';
    return cell.hasAttribute('data-sort') ? Number(cell.getAttribute('data-sort')) : (cell.textContent || '').trim().toLowerCase();
  }

  document.querySelectorAll('table thead button.sort').forEach(function (button) {
    button.addEventListener('click', function () {
      var th = button.closest('th');
      var table = button.closest('table');
      var body = table.tBodies[0];
      var column = Number(button.getAttribute('data-column'));
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = cellValue(a, column);
        var y = cellValue(b, column);
        var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  document.querySelectorAll('input[data-filter-for]').forEach(function (input) {
    var id = input.getAttribute('data-filter-for');
    var table = document.getElementById(id);
    var status = document.getElementById(id + '-status');
    input.addEventListener('input', function () {
      var query = input.value.trim().toLowerCase();
      var rows = table.tBodies[0].rows;
      var visible = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var match = query === '' || (row.textContent || '').toLowerCase().indexOf(query) !== -1;
        row.hidden = !match;
        if (match) visible++;
      });
      if (status) status.textContent = query === '' ? '' : visible + ' of ' + rows.length + ' rows shown';
    });
  });
})();
`;
