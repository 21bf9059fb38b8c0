/** The page's only stylesheet, inlined (no network). Colours pass 4.5:1 against their backgrounds. */
export const STYLES = `
*,*::before,*::after{box-sizing:border-box}
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg-soft:#f6f8fa;--focus:#0b57d0;
--per:#1d4ed8;--per-bg:#dbeafe;--org:#6d28d9;--org-bg:#ede9fe;--loc:#15803d;--loc-bg:#dcfce7;--ent:#374151;--ent-bg:#e5e7eb;
--quote:#92400e;--quote-bg:#fef3c7;--event:#b91c1c;--event-bg:#fff1f2}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:#fff;line-height:1.5}
body{margin:0}
a{color:#0a58ca}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.86em}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:8px 12px;z-index:10}
.skip:focus{left:8px}
.wrap{max-width:1240px;margin:0 auto;padding:0 24px}
header.site{border-bottom:1px solid var(--line);background:var(--bg-soft);padding:24px 0 18px}
header.site h1{margin:0 0 4px;font-size:1.7rem;line-height:1.25}
.eyebrow{margin:0;color:var(--muted);font-size:.85rem;letter-spacing:.04em;text-transform:uppercase}
.lede{margin:8px 0 12px;max-width:72ch}
.facts{display:flex;flex-wrap:wrap;gap:8px 20px;margin:0;padding:0;list-style:none;font-size:.9rem;color:var(--muted)}
.facts strong{color:var(--fg)}
main section.block{padding:28px 0 8px;border-bottom:1px solid var(--line)}
main section.block:last-child{border-bottom:0}
h2{font-size:1.3rem;margin:0 0 12px}
h3{font-size:1.05rem;margin:0 0 8px}
.muted{color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:10px 18px;margin:0 0 16px;padding:10px 14px;list-style:none;background:var(--bg-soft);border:1px solid var(--line);border-radius:8px;font-size:.88rem}
.legend li{display:flex;align-items:center;gap:6px}
.article-layout{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:28px;align-items:start}
@media (max-width:900px){.article-layout{grid-template-columns:1fr}}
article.source{margin:0 0 28px}
.source-meta{margin:0 0 10px;font-size:.88rem;color:var(--muted)}
.article-text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Iowan Old Style","Times New Roman",serif;font-size:1.08rem;line-height:2.35;max-width:75ch;margin:0}
.hl{color:inherit;background:transparent;cursor:pointer;border-radius:3px;padding:1px 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.hl-tag{font-family:system-ui,sans-serif;font-size:.58em;font-weight:700;letter-spacing:.04em;vertical-align:super;line-height:1;margin-left:3px;padding:1px 3px;border-radius:3px;background:#fff;border:1px solid currentColor}
.hl-mention{border-bottom:2px solid var(--ent);background:var(--ent-bg)}
.hl-mention .hl-tag{color:var(--ent)}
.hl-mention.type-person{border-bottom-color:var(--per);background:var(--per-bg)}
.hl-mention.type-person>.hl-tag{color:var(--per)}
.hl-mention.type-organization{border-bottom-color:var(--org);background:var(--org-bg)}
.hl-mention.type-organization>.hl-tag{color:var(--org)}
.hl-mention.type-location{border-bottom-color:var(--loc);background:var(--loc-bg)}
.hl-mention.type-location>.hl-tag{color:var(--loc)}
.hl-quote{background:var(--quote-bg);border-bottom:4px double var(--quote);padding-bottom:3px}
.hl-quote>.hl-tag{color:var(--quote)}
.hl-event{border:1.5px dashed var(--event);background:var(--event-bg);padding:3px 2px}
.hl-event>.hl-tag{color:var(--event)}
.hl:hover{filter:brightness(.95)}
.hl.is-active{outline:2px solid var(--fg);outline-offset:1px}
.hl:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.swatch{display:inline-block;min-width:2.2em;padding:0 4px;text-align:center;font-weight:700;font-size:.72rem;border-radius:3px}
.not-shipped{padding:12px 14px;border:1px dashed var(--line);border-radius:8px;color:var(--muted)}
.details{position:sticky;top:16px;border:1px solid var(--line);border-radius:10px;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.06);max-height:calc(100vh - 32px);overflow:auto}
.details header{padding:12px 16px;border-bottom:1px solid var(--line);background:var(--bg-soft);border-radius:10px 10px 0 0}
.details header p{margin:0;font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.details h3{margin:2px 0 0;font-size:1.05rem;overflow-wrap:anywhere}
.details[data-kind=mention] header{border-top:4px solid var(--per)}
.details[data-kind=quote] header{border-top:4px solid var(--quote)}
.details[data-kind=event] header{border-top:4px solid var(--event)}
.details-body{padding:12px 16px;font-size:.9rem}
.details dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}
.details dt{color:var(--muted);font-weight:600}
.details dd{margin:0;overflow-wrap:anywhere}
.timeline-layout{margin-bottom:20px;display:grid;grid-template-columns:minmax(0,1fr) 260px;gap:24px;align-items:start}
@media (max-width:900px){.timeline-layout{grid-template-columns:1fr}}
.timeline-scroll{overflow-x:auto;border:1px solid var(--line);border-radius:8px;padding:8px 4px}
svg.timeline{display:block;max-width:100%;height:auto;font-family:system-ui,sans-serif}
.tl-grid{stroke:#e5e7eb;stroke-width:1}
.tl-tick{font-size:11px;fill:var(--muted)}
.tl-row{fill:transparent}
.tl-event{cursor:pointer;outline:none}
.tl-event:hover .tl-row{fill:var(--bg-soft)}
.tl-event:focus .tl-row,.tl-event.is-active .tl-row{fill:#e8f0fe;stroke:var(--focus);stroke-width:2}
.tl-label{font-size:13px;fill:var(--fg)}
.tl-date{font-size:11px;fill:var(--muted)}
.tl-bar{fill:var(--event);stroke:var(--event);stroke-width:1.5}
.tl-fuzzy .tl-bar{fill:var(--event);fill-opacity:.22;stroke-dasharray:5 3}
.tl-arrowhead{fill:context-stroke}
.tl-link path{fill:none;stroke-width:1.6}
.tl-link text{font-size:10.5px;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px}
.rel-causes path{stroke:#b45309}.rel-causes text{fill:#92400e}
.rel-before path,.rel-after path{stroke:#1d4ed8}.rel-before text,.rel-after text{fill:#1d4ed8}
.rel-same_as path{stroke:#6d28d9;stroke-dasharray:2 3}.rel-same_as text{fill:#6d28d9}
.rel-part_of path{stroke:#15803d;stroke-dasharray:7 4}.rel-part_of text{fill:#15803d}
.undated-box{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--bg-soft)}
.undated{margin:0;padding:0;list-style:none}
.legend .hl{cursor:default}
.undated li{margin:0 0 10px;line-height:1.35}
.linklike{background:none;border:0;padding:0;font:inherit;color:#0a58ca;text-decoration:underline;cursor:pointer;text-align:left}
.relations{font-size:.9rem;padding-left:18px}
.table-head{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:end;gap:8px;margin:18px 0 8px}
.table-head h3{margin:0}
.count{color:var(--muted);font-weight:400}
.filter{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted);gap:2px}
.filter input{font:inherit;font-size:.9rem;color:var(--fg);padding:6px 10px;border:1px solid #8c959f;border-radius:6px;min-width:240px}
.table-scroll{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:last-child td{border-bottom:0}
tbody tr:nth-child(even){background:#fafbfc}
thead th{background:var(--bg-soft);position:sticky;top:0}
th button.sort{all:unset;cursor:pointer;font-weight:600;display:inline-flex;gap:4px;align-items:center}
th button.sort:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
th[aria-sort=ascending] .sort-mark::after{content:"▲";font-size:.7em}
th[aria-sort=descending] .sort-mark::after{content:"▼";font-size:.7em}
td.num{text-align:right;white-space:nowrap}
code.hash{font-size:.78rem;word-break:break-all}
.filter-status{font-size:.8rem;margin:4px 0 0;min-height:1.2em}
pre.citation{white-space:pre-wrap;background:var(--bg-soft);border:1px solid var(--line);border-radius:8px;padding:10px 14px;font-size:.88rem}
footer.site{color:var(--muted);font-size:.85rem;padding:20px 0 40px}
.versions{list-style:none;padding:0;margin:0}
.versions li{padding:8px 0;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:6px 16px;align-items:baseline}
.badge{display:inline-block;font-size:.75rem;font-weight:700;padding:1px 8px;border-radius:999px;border:1px solid currentColor}
.badge.withdrawn{color:#b91c1c}
.badge.latest{color:#15803d}
.dataset{padding:20px 0;border-bottom:1px solid var(--line)}
`;
