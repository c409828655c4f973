import { describe, expect, it } from 'vitest';
import { cleanCell, MAX_CELL_CHARS, parseCsv, readCsvChunks, readCsvLayout, uniqueHeaders } from './csv';

const parsed = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const rows = (text: string) => parsed(text).rows.map((r) => [r.row, ...r.cells]);

describe('parseCsv', () => {
  it.each([
    ['comma', 'Name,City\nAcme,Paris\n', ','],
    ['semicolon (European Excel)', 'Name;City;Revenue\nAcme;Paris;1.000,50\nDupont;Lyon;2,5\n', ';'],
    ['tab (Excel "Unicode text")', 'Name\tCity\nAcme, Inc.\tParis\n', '\t'],
    ['pipe', 'Name|City\nAcme|Paris\n', '|'],
  ])('finds the delimiter: %s', (_, text, delimiter) => {
    expect(parsed(text).layout.delimiter).toBe(delimiter);
    expect(parsed(text).rows[0]?.cells[0]).toMatch(/^Acme/);
  });

  it('keeps quoted line breaks, delimiters and quotes in one cell; rows numbered as Excel shows them', () => {
    const text = 'Name,Notes,City\r\n"Acme","line one\r\nline two, ""quoted""",Paris\r\n\r\nBeta,,Lyon\r\n';
    expect(rows(text)).toEqual([
      [2, 'Acme', 'line one\nline two, "quoted"', 'Paris'],
      [4, 'Beta', '', 'Lyon'],
    ]);
  });

  it('trims cells and drops the BOM; blank rows are skipped but counted', () => {
    const text = '\uFEFF  Name , Email \n  Acme  ,  info@acme.com \n,\n   ,  \nBeta,b@beta.com';
    expect(parsed(text).layout.headers).toEqual(['Name', 'Email']);
    expect(rows(text)).toEqual([
      [2, 'Acme', 'info@acme.com'],
      [5, 'Beta', 'b@beta.com'],
    ]);
  });

  it('a header after blank lines is found; its row number is kept', () => {
    expect(parsed('\n\nName,City\nAcme,Paris\n')).toMatchObject({
      layout: { headerRow: 3, headers: ['Name', 'City'] },
      rows: [{ row: 4, cells: ['Acme', 'Paris'] }],
    });
  });

  it('repeated headers are told apart and both kept', () => {
    expect(parsed('Email,Name,Email,email,\na@x.com,A,b@x.com,c@x.com,d\n').layout.headers).toEqual([
      'Email',
      'Name',
      'Email (2)',
      'email (3)',
      'Column 5',
    ]);
    expect(uniqueHeaders(['Email', 'Email (2)', 'Email'])).toEqual(['Email', 'Email (2)', 'Email (3)']);
  });

  it('empty file and blank lines only: refused; header only: no rows', () => {
    expect(parseCsv('')).toEqual({ ok: false, error: { code: 'empty', params: {} } });
    expect(parseCsv('\r\n\r\n,,\r\n')).toEqual({ ok: false, error: { code: 'empty', params: {} } });
    expect(parsed('Name,Email\r\n').rows).toEqual([]);
  });

  it('a 10 MB cell does not crash: it is left out and named by row and column', () => {
    const text = `Name,Notes,City\nAcme,"${'x'.repeat(10 * 1024 * 1024)}",Paris\nBeta,short,Lyon\n`;
    const { rows: read, issues } = parsed(text);
    expect(read.map((r) => r.cells)).toEqual([
      ['Acme', '', 'Paris'],
      ['Beta', 'short', 'Lyon'],
    ]);
    expect(issues).toEqual([
      {
        row: 2,
        column: 'Notes',
        field: '',
        code: 'tooLong',
        severity: 'warning',
        value: `${10 * 1024 * 1024} characters`,
      },
    ]);
    expect(MAX_CELL_CHARS).toBeLessThan(10 * 1024 * 1024);
  });

  it('an unterminated quote is reported on its row', () => {
    const { rows: read, issues } = parsed('Name,City\nAcme,"Paris\nBeta,Lyon\n');
    expect(read).toEqual([{ row: 2, cells: ['Acme', 'Paris\nBeta,Lyon'] }]);
    expect(issues.map((i) => [i.row, i.code])).toEqual([[2, 'unterminatedQuote']]);
  });

  it('refuses a header of more than 1,000 columns', () => {
    expect(parseCsv(`${'a,'.repeat(1_000)}a\n`)).toMatchObject({
      ok: false,
      error: { code: 'tooManyColumns' },
    });
  });

  it('reading in small slices gives exactly what reading at once gives', () => {
    const row = (i: number) => `Company ${i},"notes ${i}\r\nsecond, line ""${i}""",城市${i}\r\n`;
    const text = `Name,Notes,City\r\n${Array.from({ length: 500 }, (_, i) => row(i)).join('')}`;
    const layout = readCsvLayout(text);
    if (!layout.ok) throw new Error();
    const sliced = [...readCsvChunks(text, layout.value, 97)];
    expect(sliced.length).toBeGreaterThan(50);
    expect(sliced.flatMap((c) => c.rows)).toEqual(parsed(text).rows);
    expect(sliced.at(-1)).toMatchObject({ done: text.length, total: text.length });
  });

  it.each([
    ["'=1+1", '=1+1'],
    ["'+86 138 0013 8000", '+86 138 0013 8000'],
    ["'-5", '-5'],
    ["'＝1+1", '＝1+1'],
    ["O'Brien", "O'Brien"],
    ["'quoted'", "'quoted'"],
    ['a\r\nb', 'a\nb'],
  ])('cleanCell(%j) → %j (our export’s formula guard comes off)', (cell, clean) => {
    expect(cleanCell(cell)).toBe(clean);
  });
});
