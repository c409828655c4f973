/**
 * CSV text → header and rows, with papaparse's tokenizer. Reads in slices so that a
 * caller can report progress and yield between them (`readCsvChunks`, a generator), or all at
 * once (`parseCsv`). Cells are trimmed; rows with nothing in them are dropped but still counted,
 * so row numbers are the ones Excel shows (the header is row 1).
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../../../model/spreadsheet';
import { type ImportResult, importError, type RowIssue } from './types';

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
/** A cell larger than this is left out with an issue naming its row and column. */
export const MAX_CELL_CHARS = 100_000;
export const MAX_COLUMNS = 1_000;
/** Characters parsed per step: ~1–3k rows of a CRM export, a few tens of milliseconds. */
export const CHUNK_CHARS = 256 * 1024;

export interface CsvLayout {
  delimiter: string;
  newline: '\n' | '\r';
  /** Column names as the file has them, trimmed; a repeated name gets ` (2)`, ` (3)`. */
  headers: string[];
  /** Where the first data row starts in the text. */
  bodyStart: number;
  /** The header's row number (1 unless blank lines come first). */
  headerRow: number;
}

export interface CsvRow {
  /** Row number as Excel shows it. */
  row: number;
  cells: string[];
  /** An empty row came just before this one (Salesforce's footer starts after one). */
  blankBefore?: true;
}

export interface CsvChunk {
  rows: CsvRow[];
  issues: RowIssue[];
  /** Characters read so far out of `total`. */
  done: number;
  total: number;
}

/**
 * Finds the delimiter (comma, semicolon, tab or pipe: the one giving the most consistent column
 * count over the first rows), the line break and the header row. Refuses a file with no header.
 */
export function readCsvLayout(text: string): ImportResult<CsvLayout> {
  const body = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const newline = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  const guess = Papa.parse<string[]>(text.slice(body, body + 64 * 1024), {
    preview: 12,
    newline,
    skipEmptyLines: true,
    delimitersToGuess: [...CSV_DELIMITERS],
  });
  const delimiter = (CSV_DELIMITERS as readonly string[]).includes(guess.meta.delimiter)
    ? guess.meta.delimiter
    : ',';
  let start = body;
  let headerRow = 1;
  for (;;) {
    const first = rowAt(text, start, delimiter, newline);
    if (!first) return importError('empty');
    const cells = first.cells.map(cleanCell);
    if (cells.some(Boolean)) {
      if (cells.length > MAX_COLUMNS) return importError('tooManyColumns', { limit: MAX_COLUMNS });
      if (cells.some((c) => c.length > 1_000)) return importError('noHeader');
      return {
        ok: true,
        value: { delimiter, newline, headers: uniqueHeaders(cells), bodyStart: first.end, headerRow },
      };
    }
    start = first.end;
    headerRow++;
  }
}

/** The row starting at `start` and where it ends (past its line break), quotes respected. */
function rowAt(
  text: string,
  start: number,
  delimiter: string,
  newline: CsvLayout['newline'],
): { cells: string[]; end: number } | null {
  if (start >= text.length) return null;
  for (let size = 4096; ; size *= 4) {
    const atEnd = start + size >= text.length;
    let found: { cells: string[]; end: number } | null = null;
    const parser: Papa.Parser = new Papa.Parser({
      delimiter,
      newline,
      // The raw tokenizer hands `step` a list holding the one row (papaparse's typings say otherwise).
      step: (result: Papa.ParseStepResult<unknown>) => {
        const row = (result.data as string[][])[0] ?? [];
        found ??= { cells: row, end: start + result.meta.cursor };
        parser.abort();
      },
    });
    parser.parse(text.slice(start, start + size), 0, !atEnd);
    if (found || atEnd) return found;
  }
}

/** `Email, Email` → `Email, Email (2)`; an empty header becomes `Column 3`. Both columns are kept. */
export function uniqueHeaders(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, index) => {
    const base = raw || `Column ${index + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Trimmed; the line breaks inside a quoted cell become `\n`; a formula guard `'` is dropped. */
export function cleanCell(cell: string): string {
  let trimmed = cell.trim();
  // Our export (lib/portability/export/core/csv.ts) neutralises formulas with a leading apostrophe; take it off.
  if (trimmed.charCodeAt(0) === 39 && FORMULA_START.test(cell.trimStart().slice(1)))
    trimmed = trimmed.slice(1);
  return trimmed.includes('\r') ? trimmed.replace(/\r\n?/g, '\n') : trimmed;
}

/**
 * Reads the data rows after the header, one slice of about `chunkChars` characters per step. A
 * row longer than a slice (a 10 MB cell) makes the slice grow until the row fits. Empty rows are
 * skipped; cells over `MAX_CELL_CHARS` are blanked with a `tooLong` issue; an unterminated quote
 * is reported on its row (the rest of the file is then that one cell, as in Excel).
 */
export function* readCsvChunks(
  text: string,
  layout: CsvLayout,
  chunkChars = CHUNK_CHARS,
): Generator<CsvChunk, void, undefined> {
  const { delimiter, newline, headers } = layout;
  const parser = new Papa.Parser({ delimiter, newline });
  let position = layout.bodyStart;
  let row = layout.headerRow;
  let size = chunkChars;
  let blank = false;
  while (position < text.length) {
    const end = Math.min(text.length, position + size);
    const atEnd = end >= text.length;
    const result = parser.parse(text.slice(position, end), 0, !atEnd) as {
      data: string[][];
      errors: { code: string; row?: number }[];
      meta: { cursor: number };
    };
    if (!atEnd && result.data.length === 0) {
      size *= 2;
      continue;
    }
    size = chunkChars;
    const rows: CsvRow[] = [];
    const issues: RowIssue[] = [];
    const unterminated = new Set(
      result.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row ?? result.data.length - 1),
    );
    for (const [index, raw] of result.data.entries()) {
      row++;
      if (unterminated.has(index)) issues.push(issue(row, '', 'unterminatedQuote', 'warning'));
      const cells = rowCells(raw, row, headers, issues);
      if (!cells) {
        blank = true;
        continue;
      }
      rows.push(blank ? { row, cells, blankBefore: true } : { row, cells });
      blank = false;
    }
    position = atEnd ? text.length : position + result.meta.cursor;
    yield { rows, issues, done: position, total: text.length };
  }
}

function rowCells(raw: string[], row: number, headers: string[], issues: RowIssue[]): string[] | null {
  let any = false;
  const cells = raw.map((cell, column) => {
    if (cell.length > MAX_CELL_CHARS) {
      const name = headers[column] ?? `Column ${column + 1}`;
      issues.push({ ...issue(row, name, 'tooLong', 'warning'), value: `${cell.length} characters` });
      return '';
    }
    const clean = cleanCell(cell);
    if (clean) any = true;
    return clean;
  });
  return any ? cells : null;
}

const issue = (row: number, column: string, code: string, severity: RowIssue['severity']): RowIssue => ({
  row,
  column,
  field: '',
  code,
  severity,
  value: '',
});

export interface ParsedCsv {
  layout: CsvLayout;
  rows: CsvRow[];
  issues: RowIssue[];
}

/** The whole file at once: the layout, every non-empty data row, the issues. */
export function parseCsv(text: string): ImportResult<ParsedCsv> {
  const layout = readCsvLayout(text);
  if (!layout.ok) return layout;
  const rows: CsvRow[] = [];
  const issues: RowIssue[] = [];
  for (const chunk of readCsvChunks(text, layout.value)) {
    rows.push(...chunk.rows);
    issues.push(...chunk.issues);
  }
  return { ok: true, value: { layout: layout.value, rows, issues } };
}
