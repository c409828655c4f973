/**
 * The import pipeline, pure from bytes to plan: `prepareImport` decodes the file and
 * reads what the mapping screen needs (headers, source, suggested mapping, first rows);
 * `runImport` reads every row, validates it and plans the merge, one slice at a time — a
 * generator the caller advances, so it runs in a Web Worker as a plain loop or on the page with a
 * yield between steps, and stops (cancel) by simply not being advanced.
 */
import { type CsvLayout, type CsvRow, readCsvChunks, readCsvLayout } from './core/csv';
import { decodeImportBytes } from './core/decode';
import {
  type ColumnMapping,
  type MappingSummary,
  sanitizeMapping,
  suggestMapping,
  summarizeMapping,
} from './core/mapping';
import { type ExistingData, type ImportPlan, ImportPlanner, type PlanOptions } from './core/plan';
import { createRecordReader } from './core/record';
import { FooterFilter } from './core/salesforce';
import { detectSource } from './core/sources';
import { type ImportResult, type ImportSource, importError, type TextEncodingName } from './core/types';
import { readVcards, VCARD_COLUMNS, VCARD_MAPPING } from './core/vcard';

export interface PreparedImport {
  kind: 'csv' | 'vcard';
  encoding: TextEncodingName;
  /** Bytes of a damaged UTF-8 file that could not be read (shown as �). */
  replacedBytes: number;
  source: ImportSource;
  /** Column names (unique: a repeated one gets ` (2)`); a vCard's are its properties. */
  headers: string[];
  /** The mapping the headers suggest; the rep edits a copy. */
  mapping: ColumnMapping;
  summary: MappingSummary;
  /** The first data rows' cells, for the mapping screen's preview. */
  preview: string[][];
  /** The decoded text, kept for `runImport`; leave it in the worker rather than send it to the page. */
  text: string;
  layout: CsvLayout | null;
}

export interface PrepareOptions {
  fileName?: string;
  /** The rep's choice when the detected encoding was wrong. */
  encoding?: TextEncodingName;
  previewRows?: number;
}

/**
 * Bytes of a CSV or vCard file → what the mapping screen shows, or why the file cannot be read:
 * `empty`, `binary`, `spreadsheetFile` (an .xlsx/.xls), `tooLarge`, `tooManyColumns`, `noHeader`,
 * `headerOnly` (a header and no data row), `notVcard` (a .vcf without a card).
 */
export function prepareImport(
  bytes: Uint8Array | ArrayBuffer,
  options: PrepareOptions = {},
): ImportResult<PreparedImport> {
  const decoded = decodeImportBytes(bytes, options.encoding);
  if (!decoded.ok) return decoded;
  const { text, encoding, replaced } = decoded.value;
  const base = { encoding, replacedBytes: replaced, text };
  if (/\.(vcf|vcard)$/i.test(options.fileName ?? '') || /^\s*BEGIN:VCARD/i.test(text.slice(0, 1024))) {
    const { records } = readVcards(text);
    if (records.length === 0 && !/BEGIN:VCARD/i.test(text)) return importError('notVcard');
    const preview = records
      .slice(0, options.previewRows ?? 20)
      .map((r) => [
        r.contact?.draft.name ?? '',
        r.account?.draft.name ?? '',
        ...(r.contact?.draft.emails ?? []),
      ]);
    // A card's properties are read the one way; the mapping is shown, not edited.
    const mapping = [...VCARD_MAPPING];
    return {
      ok: true,
      value: {
        ...base,
        kind: 'vcard',
        source: 'vcard',
        headers: [...VCARD_COLUMNS],
        mapping,
        summary: summarizeMapping(VCARD_COLUMNS, mapping),
        preview,
        layout: null,
      },
    };
  }
  const layout = readCsvLayout(text);
  if (!layout.ok) return layout;
  const { headers } = layout.value;
  const source = detectSource(headers);
  const mapping = suggestMapping(headers, source);
  const preview = firstRows(text, layout.value, options.previewRows ?? 20);
  if (preview.length === 0) return importError('headerOnly', { columns: headers.length });
  return {
    ok: true,
    value: {
      ...base,
      kind: 'csv',
      source,
      headers,
      mapping,
      summary: summarizeMapping(headers, mapping),
      preview,
      layout: layout.value,
    },
  };
}

function firstRows(text: string, layout: CsvLayout, count: number): string[][] {
  const footer = new FooterFilter<CsvRow>(layout.headers.length);
  const rows: string[][] = [];
  for (const chunk of readCsvChunks(text, layout, 64 * 1024)) {
    for (const row of footer.push(chunk.rows)) rows.push(row.cells);
    if (rows.length >= count) return rows.slice(0, count);
  }
  for (const row of footer.finish().rows) rows.push(row.cells);
  return rows.slice(0, count);
}

export interface ImportProgress {
  /**
   * Work done so far, out of `total`: the stored rows indexed, then characters (CSV) or cards
   * (vCard) read — each stored row counted as the share of the file taking about as long.
   */
  done: number;
  total: number;
  /** Rows planned so far. */
  rows: number;
}

export interface RunOptions extends PlanOptions {
  /** Characters of CSV per step (default 256 KB: a few thousand rows, tens of milliseconds). */
  chunkChars?: number;
  /** vCards per step. */
  chunkCards?: number;
}

/**
 * Reads, validates and plans every row with the rep's mapping, yielding progress after each
 * slice; its return value is the plan. Nothing is written: the caller writes `plan.put` in one
 * transaction once the rep confirms.
 *
 *     const steps = runImport(file, mapping, existing);
 *     for (let step = steps.next(); ; step = steps.next()) {
 *       if (step.done) return step.value;           // the plan
 *       report(step.value); await nextTask();       // progress; cancel = stop here
 *     }
 */
export function* runImport(
  file: PreparedImport,
  mapping: ColumnMapping,
  existing: ExistingData,
  options: RunOptions = {},
): Generator<ImportProgress, ImportPlan, undefined> {
  const planner = new ImportPlanner(existing, options);
  // Indexing a stored row takes about as long as planning 16 characters of CSV (a tenth of a card).
  const weight = file.kind === 'vcard' ? 0.1 : 16;
  const indexing = Math.round(planner.storedCount * weight);
  const cards = file.kind === 'vcard' ? readVcards(file.text) : null;
  const fileTotal = cards ? cards.records.length : file.text.length;
  for (const indexed of planner.indexStored()) {
    yield { done: Math.round(indexed * weight), total: indexing + fileTotal, rows: 0 };
  }
  if (cards) {
    const { records, issues } = cards;
    planner.addIssues(issues);
    for (const issue of issues) if (issue.code === 'missingEnd') planner.refuse(issue.row, 'invalid');
    const step = options.chunkCards ?? 2_000;
    for (let i = 0; i < records.length; i += step) {
      for (const record of records.slice(i, i + step)) planner.add(record);
      yield {
        done: indexing + Math.min(records.length, i + step),
        total: indexing + records.length,
        rows: Math.min(records.length, i + step),
      };
    }
    return planner.finish('vcard');
  }
  const layout = file.layout!;
  const reader = createRecordReader(
    layout.headers,
    sanitizeMapping(mapping, layout.headers.length),
    file.source,
  );
  const footer = new FooterFilter<CsvRow>(layout.headers.length);
  let rows = 0;
  for (const chunk of readCsvChunks(file.text, layout, options.chunkChars)) {
    planner.addIssues(chunk.issues);
    for (const row of footer.push(chunk.rows)) {
      planner.add(reader.read(row.row, row.cells));
      rows++;
    }
    yield { done: indexing + chunk.done, total: indexing + chunk.total, rows };
  }
  const tail = footer.finish();
  for (const row of tail.rows) planner.add(reader.read(row.row, row.cells));
  return planner.finish(file.source, tail.footerRows);
}

/** Runs `runImport` to the end at once (a worker with nothing else to do, tests). */
export function planImport(
  file: PreparedImport,
  mapping: ColumnMapping,
  existing: ExistingData,
  options?: RunOptions,
): ImportPlan {
  const steps = runImport(file, mapping, existing, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Bytes → plan with the suggested mapping, or the reason the file cannot be imported. */
export function importFile(
  bytes: Uint8Array | ArrayBuffer,
  existing: ExistingData,
  options: RunOptions & PrepareOptions = {},
): ImportResult<ImportPlan> {
  const prepared = prepareImport(bytes, options);
  if (!prepared.ok) return prepared;
  if (!prepared.value.summary.usable) return importError('nothingMapped');
  return { ok: true, value: planImport(prepared.value, prepared.value.mapping, existing, options) };
}
