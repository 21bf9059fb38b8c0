import { escapeHtml } from './escape-html.js';
import { STYLES } from './styles.js';

/** The HTML shell shared by both pages: charset, viewport, inline styles, no external resources. */
export function renderDocument(title: string, body: string, script = ''): string {
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)}</title><style>${STYLES}</style></head>` +
    `<body>${body}${script}</body></html>\n`
  );
}
