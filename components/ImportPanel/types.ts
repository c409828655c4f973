import type { SubKey } from '../../lib/model/messages';
import type { WriteFailure } from '../../lib/model/write-failure';

/**
 * What the import panel shows, as plain shapes (components import nothing but lib/model): the
 * options page passes the import hook's state (lib/portability/import/use-import.ts) as it is.
 */

export type ActionCounts = Record<'create' | 'update' | 'unchanged', number>;

export type ImportFileView =
  | {
      ok: true;
      name: string;
      size: number;
      kind: 'csv' | 'vcard';
      encoding: string;
      replacedBytes: number;
      source: SubKey<'import.source'>;
      headers: string[];
      preview: string[][];
    }
  | {
      ok: false;
      name: string;
      size: number;
      error: { code: SubKey<'import.error'>; params: Record<string, string | number> };
    };

export interface RowIssueView {
  row: number;
  column: string;
  field: string;
  code: string;
  severity: 'error' | 'warning';
  value: string;
}

export interface SkippedRowView {
  row: number;
  part: string;
  reason: string;
  duplicateOf: number | null;
}

export interface FileReviewView {
  name: string;
  source: SubKey<'import.source'>;
  counts: {
    rows: number;
    skipped: Record<string, number>;
    matchedByName: number;
    errors: number;
    warnings: number;
    footerRows: number;
  };
  skipped: SkippedRowView[];
  issues: RowIssueView[];
}

export interface PlannedRowView {
  file: number;
  row: number;
  kind: 'account' | 'contact';
  name: string;
  action: 'create' | 'update' | 'unchanged';
  matchedBy: SubKey<'import.matched'> | null;
  changes: string[];
}

export interface ImportReviewView {
  files: FileReviewView[];
  accounts: ActionCounts;
  contacts: ActionCounts;
  writes: number;
  sample: PlannedRowView[];
}

export interface ProgressView {
  phase: SubKey<'import.phase'>;
  done: number;
  total: number;
}

export interface ImportErrorView {
  /** A write's own codes, or a refusal before it began (`space`, `copyFailed`). */
  code: SubKey<'import.writeError'> | 'space' | 'copyFailed';
  /** A row's problem (`invalid`), or how a write failed and what it left (`WriteFailure`). */
  detail: { table?: string; id?: string; field?: string; problem?: string } & WriteFailure['detail'];
}

export interface ImportPanelState {
  step: 'choose' | 'reading' | 'review' | 'writing' | 'done';
  files: ImportFileView[];
  mappings: (string | null)[][];
  review: ImportReviewView | null;
  planning: ProgressView | null;
  progress: ProgressView | null;
  cancelling: boolean;
  result: { accounts: number; contacts: number } | null;
  error: ImportErrorView | null;
  planError: ImportErrorView | null;
}

/** The fields a column can go to, grouped as the select shows them. */
export interface FieldChoices {
  account: readonly SubKey<'import.field'>[];
  contact: readonly SubKey<'import.field'>[];
}
