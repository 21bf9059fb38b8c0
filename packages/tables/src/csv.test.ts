import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, protectCell } from './csv.js';

const OPTIONS = { newline: '\n', quotes: false, escapeFormulae: false, header: false } as const;

describe('csvCell', () => {
  it('writes every cell exactly as papaparse does', () => {
    const tricky = fc.constantFrom('', ' ', '"', ',', '\n', '\r', '\r\n', '\ufeff', "'", '=', 'a b', '""');
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      tricky,
      fc.array(tricky).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (rows) => {
          const width = rows[0]!.length;
          const data = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const ours = data.map((r) => r.map(csvCell).join(',')).join('\n');
          expect(ours).toBe(Papa.unparse(data, OPTIONS));
        },
      ),
      { numRuns: 2000, seed: 20261130 },
    );
  });
});

describe('protectCell', () => {
  it('protects exactly the cells a risky-start pattern matches (= + - @ tab CR apostrophe)', () => {
    const risky = /^[=+\-@\t\r']/;
    // each character that starts a risky cell, some that do not, and the empty string
    const start = fc.constantFrom('', ...'=+-@\t\r\' \n"a1\u00a0');
    fc.assert(
      fc.property(start, fc.string({ unit: 'grapheme', maxLength: 6 }), (head, rest) => {
        const v = head + rest;
        expect(protectCell(v)).toBe(risky.test(v) ? `'${v}` : v);
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});
