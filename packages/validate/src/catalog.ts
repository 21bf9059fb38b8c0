/** One entry of the problem catalog: how bad it is, what it means, and the one-line message template. */
export interface CatalogEntry {
  severity: 'error' | 'warning';
  title: string;
  description: string;
  /** Message with `{name}` placeholders filled from the problem's parameters. */
  message: string;
}

const e = (title: string, description: string, message: string): CatalogEntry => ({
  severity: 'error',
  title,
  description,
  message,
});
const w = (title: string, description: string, message: string): CatalogEntry => ({
  severity: 'warning',
  title,
  description,
  message,
});

/** Every problem code validation can report. Codes are stable: add new ones, never rename. */
export const PROBLEM_CATALOG = {
  'schema/required': e(
    'Missing field',
    'A required property is absent.',
    'missing required property {detail}',
  ),
  'schema/type': e('Wrong type', 'A value has the wrong JSON type.', '{detail}'),
  'schema/enum': e('Value not allowed', 'A value is not one of the allowed values.', '{detail}'),
  'schema/additional-property': e(
    'Unknown field',
    'A property the schema does not define (schemas are closed).',
    'unknown property {detail}',
  ),
  'schema/format': e('Wrong format', 'A string does not have the required format (date, uri …).', '{detail}'),
  'schema/pattern': e('Pattern mismatch', 'A string does not match the required pattern.', '{detail}'),
  'schema/range': e(
    'Out of range',
    'A number, string length or array length is outside its bounds.',
    '{detail}',
  ),
  'schema/other': e('Schema violation', 'Any other JSON Schema keyword failed.', '{detail}'),
  'id/duplicate': e(
    'Duplicate id',
    'Two records of the same kind share an id.',
    'id {id} is used {count} times',
  ),
  'ref/unknown-entity': e(
    'Unknown entity',
    'A reference names an entity that does not exist.',
    'unknown entity {id}',
  ),
  'ref/unknown-event': e(
    'Unknown event',
    'A reference names an event that does not exist.',
    'unknown event {id}',
  ),
  'ref/unknown-source': e(
    'Unknown source',
    'Evidence names a source that does not exist.',
    'unknown source {id}',
  ),
  'span/out-of-range': e(
    'Span outside text',
    'Evidence offsets are not inside the source text (0 ≤ start < end ≤ length, in code points).',
    'span {start}..{end} is outside 0..{length}',
  ),
  'span/text-mismatch': e(
    'Exact text differs',
    'The evidence `exact` text differs from the source text at its code-point offsets.',
    'exact text differs from the source at {start}..{end}: expected {expected}',
  ),
  'span/prefix-mismatch': e(
    'Prefix differs',
    'The evidence `prefix` differs from the 32 code points before the span.',
    'prefix differs from the source before {start}',
  ),
  'span/suffix-mismatch': e(
    'Suffix differs',
    'The evidence `suffix` differs from the 32 code points after the span.',
    'suffix differs from the source after {end}',
  ),
  'source/sha256-mismatch': e(
    'Text checksum differs',
    "The SHA-256 of the supplied text differs from the source's sha256.",
    'text sha256 {actual} differs from the recorded {expected}',
  ),
  'source/length-mismatch': e(
    'Text length differs',
    "The code-point length of the supplied text differs from the source's length.",
    'text has {actual} code points, the source records {expected}',
  ),
  'source/text-missing': w(
    'Text not supplied',
    'No text was available for a source, so its spans were checked only against its length.',
    'no text for source {id}; spans checked against its length only',
  ),
  'date/invalid-edtf': e(
    'Invalid EDTF date',
    'An event date does not parse as EDTF.',
    'invalid EDTF date {date}',
  ),
  'date/range-order': e(
    'Interval ends reversed',
    'An EDTF interval ends before it starts.',
    'interval {date} ends before it starts',
  ),
  'date/after-publication': e(
    'Event after publication',
    'An event dated after its source was published must be planned or hypothetical.',
    'event dated {date} after publication {published} but modality is {modality}',
  ),
  'relation/cycle': e(
    'Before/after cycle',
    'Before/after relations form a cycle (a after b is read as b before a).',
    'before/after cycle: {path}',
  ),
  'csv/column-mismatch': e(
    'CSV columns differ',
    'The CSV header differs from the table schema field names in order.',
    '{detail}',
  ),
  'csv/ragged-row': e(
    'Ragged CSV row',
    'A CSV row has a different number of cells than the header.',
    '{detail}',
  ),
  'csv/type': e('CSV cell type', 'A CSV cell does not parse as its field type.', '{detail}'),
  'csv/malformed': e('Malformed CSV', 'The CSV does not parse (for example an unclosed quote).', '{detail}'),
  'csv/json-mismatch': e(
    'CSV and JSON differ',
    'The CSV and JSON files of a table hold different records (after undoing formula protection).',
    '{table}: {detail}',
  ),
  'jsonl/json-mismatch': e(
    'JSONL and JSON differ',
    'The JSON Lines and JSON files of a table hold different records.',
    '{table}: {detail}',
  ),
  'parquet/json-mismatch': e(
    'Parquet and JSON differ',
    'The Parquet file of a table holds different records from its JSON file (or, without one, its JSON Lines file).',
    '{table}: {detail}',
  ),
  'parquet/unreadable': e(
    'Unreadable Parquet file',
    'A Parquet table cannot be read, or its columns are not the columns of its table, in order.',
    '{path}: {detail}',
  ),
  'table/not-array': e(
    'Not an array of rows',
    'A JSON table file must hold an array of row objects.',
    '{detail}',
  ),
  'table/duplicate-key': e(
    'Duplicate primary key',
    'Two rows of a table share a primary key.',
    '{table}: primary key {key} is used more than once',
  ),
  'table/unknown-parent': e(
    'Orphan row',
    'A row of a child table (mentions, event evidence, event participants) names a parent that does not exist.',
    '{table}.{column} {id} does not exist',
  ),
  'release/missing-file': e(
    'Missing file',
    'A file the release format requires or lists is absent.',
    'missing {path}',
  ),
  'release/unlisted-file': e(
    'Unlisted file',
    'A file in the release folder is not listed in SHA256SUMS.',
    '{path} is not listed in SHA256SUMS',
  ),
  'release/symlink': e(
    'Symbolic link',
    'A release must hold only regular files and folders; links are never followed.',
    '{path} is a symbolic link',
  ),
  'release/not-a-file': e(
    'Not a regular file',
    'A release must hold only regular files and folders (no devices, sockets or pipes).',
    '{path} is not a regular file',
  ),
  'release/checksums-invalid': e(
    'SHA256SUMS malformed',
    'A SHA256SUMS line is not "<sha256>  <path>", is duplicated, or the lines are not sorted by path.',
    'SHA256SUMS line {line}: {detail}',
  ),
  'release/checksum-mismatch': e(
    'Checksum differs',
    "A file's SHA-256 differs from the one recorded in SHA256SUMS or manifest.json.",
    '{path}: sha256 {actual} differs from {expected} in {listing}',
  ),
  'release/size-mismatch': e(
    'Size differs',
    "A file's size differs from the bytes recorded in manifest.json.",
    '{path}: {actual} bytes, manifest.json says {expected}',
  ),
  'release/manifest-mismatch': e(
    'Manifest differs',
    'manifest.json does not describe the release (files, rows, counts or sources differ).',
    '{detail}',
  ),
  'release/datapackage-invalid': e(
    'datapackage.json invalid',
    'datapackage.json is not valid against the official Data Package v2 profile.',
    '{detail}',
  ),
  'release/datapackage-mismatch': e(
    'datapackage.json differs',
    'A datapackage.json resource does not match its file (bytes, hash, table schema) or a data file has no resource.',
    '{detail}',
  ),
  'release/text-path': e(
    'Text path wrong',
    'A redistributable source must ship at texts/<id>.txt (":" as "_"); a non-redistributable one must not ship.',
    '{detail}',
  ),
  'release/root-hash-mismatch': e(
    'Root hash differs',
    'The SHA-256 of SHA256SUMS differs from the expected root hash.',
    'root hash {actual} differs from the expected {expected}',
  ),
  'input/not-found': e('Not found', 'The file or folder does not exist.', 'not found: {path}'),
  'input/unreadable': e('Unreadable', 'The file or folder cannot be read.', 'cannot read {path}: {detail}'),
  'input/empty': e('Empty file', 'The file is empty or holds only whitespace.', '{path} is empty'),
  'input/too-large': e(
    'File too large',
    'The file is larger than the documented limit (MAX_FILE_BYTES).',
    '{path} is {bytes} bytes, over the limit of {limit}',
  ),
  'input/invalid-utf8': e('Invalid UTF-8', 'The file is not valid UTF-8.', '{path} is not valid UTF-8'),
  'input/utf16': e(
    'UTF-16 text',
    'The file looks like UTF-16 (byte-order mark or NUL bytes); newsfacts reads UTF-8 only.',
    '{path} looks like UTF-16; save it as UTF-8',
  ),
  'input/malformed-json': e(
    'Malformed JSON',
    'The file is not valid JSON.',
    '{path}:{line}:{column}: {detail}',
  ),
  'input/forbidden-key': e(
    'Forbidden key',
    'JSON keys __proto__, constructor and prototype are refused so they can never reach an object prototype.',
    '{path}: forbidden key {key} at {at}',
  ),
  'input/unsupported-file': e(
    'Unsupported file',
    'validateFiles accepts <table>.csv|json|jsonl and extraction documents (.json).',
    '{path}: not a table file (<table>.csv|json|jsonl) or an extraction document (.json)',
  ),
} satisfies Record<string, CatalogEntry>;

export type ProblemCode = keyof typeof PROBLEM_CATALOG;
