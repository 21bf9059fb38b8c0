import { readFileSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import {
  editJson,
  editPipeline,
  extract,
  FIXTURES,
  MIB,
  PIPELINE,
  pipelineDir,
  type Row,
  run,
  sources,
  valid,
  write,
} from '../helpers/hostile.js';

/**
 * The hostile-input table (issue 10): one row per input, with the command, the exit code docs/cli.md
 * documents for it and the one-line message expected. Valid rows must exit 0 with every evidence span
 * exact at its code-point offsets; bad rows must print one line on stderr (no stack trace) and leave no
 * release behind.
 */

const NEWS =
  '“We will not retreat,” said Pervez Musharraf on 12 March 2004. Manmohan Singh met him in New Delhi.';
const nested = (depth: number) =>
  `${Array.from({ length: depth }, (_, i) => (i % 2 ? '‘' : '“')).join('')}peace${Array.from(
    { length: depth },
    (_, i) => (i % 2 ? '’' : '”'),
  )
    .reverse()
    .join('')}`;

export const ROWS: Row[] = [
  // Unusual but valid: exit 0, every span exact.
  valid('CRLF line ends', `${NEWS}\r\n\r\nOfficials said “talks resumed”.\r\n`),
  valid('lone CR line ends (old Mac)', `${NEWS}\r\rOfficials said “talks resumed”.\r`),
  valid('UTF-8 byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NEWS)])),
  valid(
    'emoji and other astral characters before every span',
    `😀👩🏽‍⚕️🇵🇰 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎 ${NEWS.replace(/ /g, ' 🎉 ')}`,
  ),
  {
    name: 'right-to-left text with bidi marks and overrides (stored fixture)',
    setup: () => extract(join(FIXTURES, 'rtl.txt')),
    code: 0,
    text: readFileSync(join(FIXTURES, 'rtl.txt'), 'utf8'),
  },
  {
    name: 'JSON article with astral characters in text and title (stored fixture)',
    setup: () => extract(join(FIXTURES, 'astral.json')),
    code: 0,
    text: JSON.parse(readFileSync(join(FIXTURES, 'astral.json'), 'utf8')).text,
  },
  valid('deeply nested quotes (500 levels)', `Officials said ${nested(500)}, Musharraf said.\n${NEWS}`),
  valid('10,000 unbalanced quote marks', `${NEWS} ${'“ '.repeat(5000)}${'" '.repeat(5000)}said Musharraf.`),
  valid('a 1 MB line without spaces', `${NEWS}\n${'x'.repeat(MIB)}\n${NEWS}`),
  valid(
    'control characters (BEL, ESC, VT, FF, NEL, LS, PS, zero-width)',
    `${NEWS}\u0007\u001b[31m\u000b\u000c\u0085\u2028\u2029\u200b\u200d “a\u0001b,” said Musharraf.`,
  ),
  {
    name: 'article on standard input with every oddity at once',
    setup: () => ({
      args: ['extract', '-'],
      stdin: Buffer.from(`\ufeff${NEWS}\r\n😀 ‏«مرحبا»‏\r${nested(20)}\u0007`),
    }),
    code: 0,
    text: `${NEWS}\r\n😀 ‏«مرحبا»‏\r${nested(20)}\u0007`,
  },
  {
    name: 'a pipeline over a CRLF + BOM + emoji article publishes a release that verifies',
    setup: (d) => {
      const text = `${NEWS}\r\n😀 Officials said “talks resumed” in Islamabad.\r\n`;
      // Curation names spans of the seed text by id: a different text needs none.
      write(pipelineDir(d), 'curation.json', '{ "entries": [] }');
      write(
        pipelineDir(d),
        `${PIPELINE}.txt`,
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      );
      return { args: run() };
    },
    code: 0,
  },

  // Bad input: exit 2 (usage or I/O), one line, no release.
  {
    name: 'empty article',
    setup: (d) => extract(write(d, 'a.txt', '')),
    code: 2,
    message: /a\.txt: empty article$/,
  },
  {
    name: 'whitespace-only article',
    setup: (d) => extract(write(d, 'a.txt', ' \r\n\t\u00a0\u2003\n')),
    code: 2,
    message: /a\.txt: article has no text \(only whitespace\)$/,
  },
  {
    name: 'binary data (PNG header)',
    setup: (d) => extract(write(d, 'a.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))),
    code: 2,
    message: /a\.txt: binary data, not UTF-8 text \(at byte 0, line 1\)$/,
  },
  {
    name: 'binary data that is valid UTF-8 (NUL bytes)',
    setup: (d) => extract(write(d, 'a.txt', `${NEWS}\n\u0000\u0000\u0001`)),
    code: 2,
    message: /a\.txt: binary data \(NUL on line 2\), not an article$/,
  },
  {
    name: 'invalid UTF-8 (a truncated sequence on line 2)',
    setup: (d) =>
      extract(write(d, 'a.txt', Buffer.concat([Buffer.from(`${NEWS}\nab`), Buffer.from([0xc3, 0x28])]))),
    code: 2,
    message: new RegExp(`a\\.txt: invalid UTF-8 at byte ${Buffer.byteLength(NEWS) + 3}, line 2$`),
  },
  {
    name: 'invalid UTF-8 (an encoded surrogate, CESU-8)',
    setup: (d) => extract(write(d, 'a.txt', Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x62]))),
    code: 2,
    message: /a\.txt: invalid UTF-8 at byte 1, line 1$/,
  },
  {
    name: 'UTF-16 LE text with a byte-order mark',
    setup: (d) =>
      extract(write(d, 'a.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NEWS, 'utf16le')]))),
    code: 2,
    message: /a\.txt: UTF-16 text: convert the article to UTF-8$/,
  },
  {
    name: 'UTF-16 BE text with a byte-order mark',
    setup: (d) =>
      extract(
        write(d, 'a.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(NEWS, 'utf16le').swap16()])),
      ),
    code: 2,
    message: /a\.txt: UTF-16 text: convert the article to UTF-8$/,
  },
  {
    name: 'UTF-16 LE text without a byte-order mark',
    setup: (d) => extract(write(d, 'a.txt', Buffer.from(NEWS, 'utf16le'))),
    code: 2,
    message: /a\.txt: binary data \(NUL on line 1\), not an article$/,
  },
  {
    name: 'an article over the 16 MiB limit (sparse file)',
    setup: (d) => {
      const path = write(d, 'big.txt', NEWS);
      truncateSync(path, 16 * MIB + 1);
      return extract(path);
    },
    code: 2,
    message: /big\.txt: article of 16777217 bytes is over the 16777216-byte limit$/,
  },
  {
    name: 'an article over the limit on standard input',
    setup: () => ({ args: ['extract', '-'], stdin: Buffer.alloc(16 * MIB + 1, 0x61) }),
    code: 2,
    message: /-: article is over the 16777216-byte limit$/,
  },
  {
    name: 'a JSON article whose text is over the limit',
    setup: (d) => extract(write(d, 'a.json', JSON.stringify({ text: 'é'.repeat(8 * MIB + 1) }))),
    code: 2,
    message: /a\.json: article of 16777218 bytes is over the 16777216-byte limit$/,
  },
  {
    name: 'a JSON article with a lone surrogate escape',
    setup: (d) => extract(write(d, 'a.json', '{"text": "Musharraf said \\ud800 no."}')),
    code: 2,
    message: /a\.json: lone surrogate on line 1: the text is not Unicode$/,
  },
  {
    name: 'a JSON article with a NUL escape',
    setup: (d) => extract(write(d, 'a.json', '{"text": "Musharraf said \\u0000 no."}')),
    code: 2,
    message: /a\.json: binary data \(NUL on line 1\), not an article$/,
  },
  {
    name: 'a JSON article with a __proto__ key',
    setup: (d) =>
      extract(write(d, 'a.json', '{"text": "Musharraf said no.", "__proto__": {"redistributable": true}}')),
    code: 2,
    message: /a\.json: forbidden key __proto__ at \/__proto__$/,
  },
  {
    name: 'a JSON article with an escaped __proto__ key deep inside',
    setup: (d) => extract(write(d, 'a.json', '{"text": "x y", "authors": [{"\\u005f_proto__": 1}]}')),
    code: 2,
    message: /a\.json: forbidden key __proto__ at \/authors\/0\/__proto__$/,
  },
  {
    name: 'malformed JSON article (line and column)',
    setup: (d) => extract(write(d, 'a.json', '{\n  "text": "a",\n  "title": nope\n}')),
    code: 2,
    message: /a\.json:3:\d+: /,
  },
  {
    name: 'truncated JSON article',
    setup: (d) => extract(write(d, 'a.json', '{"text": "Musharraf said')),
    code: 2,
    message: /a\.json:1:\d+: unexpected end of JSON \(truncated\?\)$/,
  },
  {
    name: 'a JSON article with a wrong type',
    setup: (d) => extract(write(d, 'a.json', '{"text": 42}')),
    code: 2,
    message: /a\.json#\/text: /,
  },
  {
    name: 'a missing article',
    setup: (d) => extract(join(d, 'nope.txt')),
    code: 2,
    message: /nope\.txt: no such file or folder$/,
  },
  {
    name: 'curation file with an unknown key',
    setup: (d) => {
      editJson(join(pipelineDir(d), 'curation.json'), () => ({
        entries: [{ op: 'drop', id: 'quote:x', reason: 'r', because: 'unknown' }],
      }));
      return { args: run() };
    },
    code: 2,
    message: /curation\.json#\/entries\/0: /,
  },
  {
    name: 'curation file with a wrong type',
    setup: (d) => {
      editJson(join(pipelineDir(d), 'curation.json'), () => ({ entries: { op: 'drop' } }));
      return { args: run() };
    },
    code: 2,
    message: /curation\.json#\/entries: must be array/,
  },
  {
    name: 'curation file with a __proto__ key',
    setup: (d) => {
      write(pipelineDir(d), 'curation.json', '{"entries": [], "__proto__": {"polluted": true}}');
      return { args: run() };
    },
    code: 2,
    message: /curation\.json: forbidden key __proto__ at \/__proto__$/,
  },
  {
    name: 'pipeline.json with a __proto__ key',
    setup: (d) => {
      const p = readFileSync(join(pipelineDir(d), 'pipeline.json'), 'utf8');
      write(pipelineDir(d), 'pipeline.json', p.replace('{', '{"__proto__": {"name": "x"},'));
      return { args: run() };
    },
    code: 2,
    message: /pipeline\.json: forbidden key __proto__ at \/__proto__$/,
  },
  {
    name: 'truncated pipeline.json',
    setup: (d) => {
      const p = readFileSync(join(pipelineDir(d), 'pipeline.json'), 'utf8');
      write(pipelineDir(d), 'pipeline.json', p.slice(0, 200));
      return { args: run() };
    },
    code: 2,
    message: /pipeline\.json:\d+:\d+: unexpected end of JSON \(truncated\?\)$/,
  },
  {
    name: 'a pipeline that names a missing article file',
    setup: (d) => {
      editPipeline(d, (p) => ({ ...p, sources: sources(p).map((s) => ({ ...s, path: 'gone.txt' })) }));
      return { args: run() };
    },
    code: 2,
    message: /pipeline\.json#\/sources\/0: names a missing file 'gone\.txt'$/,
  },
  {
    name: 'a pipeline that names a missing curation file',
    setup: (d) => {
      editPipeline(d, (p) => ({ ...p, curation: ['gone.json'] }));
      return { args: run() };
    },
    code: 2,
    message: /pipeline\.json#\/curation\/0: names a missing file 'gone\.json'$/,
  },
  {
    name: 'a pipeline whose article path leaves the pipeline folder',
    setup: (d) => {
      editPipeline(d, (p) => ({
        ...p,
        sources: sources(p).map((s) => ({ ...s, path: '../../../../etc/passwd' })),
      }));
      return { args: run() };
    },
    code: 2,
    message: /pipeline\.json#\/sources\/0\/path: must match pattern/,
  },
  {
    name: "dataset name with '../' in pipeline.json",
    setup: (d) => {
      editPipeline(d, (p) => ({ ...p, name: '../x' }));
      return { args: run() };
    },
    code: 2,
    message: /pipeline\.json#\/name: must match pattern/,
  },
  {
    name: 'dataset name with a slash in pipeline.json',
    setup: (d) => {
      editPipeline(d, (p) => ({ ...p, name: 'a/b' }));
      return { args: run() };
    },
    code: 2,
    message: /pipeline\.json#\/name: must match pattern/,
  },
  {
    name: "version '../x' on the command line",
    setup: () => ({ args: run('--version', '../x') }),
    code: 2,
    message: /"\.\.\/x" is not a version MAJOR\.MINOR\.PATCH$/,
  },
  {
    name: 'version with a slash on the command line',
    setup: () => ({ args: run('--version', '1.0/0') }),
    code: 2,
    message: /"1\.0\/0" is not a version MAJOR\.MINOR\.PATCH$/,
  },
  {
    name: "withdrawing a version of a dataset named '../x'",
    setup: () => ({ args: ['release', '../x', '--withdraw', '1.0.0', '--reason', 'r'] }),
    code: 2,
    message: /withdraw takes a dataset name, got '\.\.\/x'$/,
  },
  {
    name: 'a symbolic link inside a release folder fails verification',
    setup: (d) => {
      expect(cli(run(), { cwd: d }).code).toBe(0);
      const release = join(d, 'datasets', PIPELINE, '1.0.0');
      symlinkSync('/etc/hostname', join(release, 'data', 'extra.csv'));
      return { args: ['verify', release] };
    },
    code: 1,
    message: /symbolic link/i,
  },
  {
    name: 'verify on a folder that is not a release',
    setup: (d) => ({ args: ['verify', d] }),
    code: 2,
    message: /: not a release folder \(no datapackage\.json\)$/,
  },
  {
    name: 'verify --expect with something that is not a sha256',
    setup: () => ({ args: ['verify', join(ROOT, 'tests'), '--expect', 'abc'] }),
    code: 2,
    message: /not a release folder|--expect must be a sha256/,
  },
  {
    name: 'unknown command',
    setup: () => ({ args: ['frobnicate'] }),
    code: 2,
    message: /^newsfacts: unknown command 'frobnicate'/,
  },
  {
    name: 'unknown option',
    setup: () => ({ args: ['extract', '--frobnicate', 'x'] }),
    code: 2,
    message: /^newsfacts: unknown option '--frobnicate'/,
  },
];
