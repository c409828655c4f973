/**
 * The messages between the options page and its import worker: the page sends a job,
 * the worker answers with progress and then the job's result or why it failed. Plain data only
 * (structured clone); the files' text and the full plan stay in the worker.
 */
import type {
  ImportWriteErrorCode,
  ImportWriteErrorDetail,
  ImportWritePhase,
  ImportWriteResult,
} from '../../db/import-write';
import type { ColumnMapping, MappingSummary } from './core/mapping';
import type { MatchKind, PlanAction, PlanCounts, SkippedRow } from './core/plan';
import type { ImportError, ImportSource, RowIssue, TextEncodingName } from './core/types';

/** One chosen file as the mapping screen shows it, or why it cannot be read. */
export type FileReading =
  | {
      ok: true;
      name: string;
      size: number;
      kind: 'csv' | 'vcard';
      encoding: TextEncodingName;
      replacedBytes: number;
      source: ImportSource;
      headers: string[];
      mapping: ColumnMapping;
      summary: MappingSummary;
      /** The first rows' cells. */
      preview: string[][];
    }
  | { ok: false; name: string; size: number; error: ImportError };

/** What one file of the import will do. */
export interface FileReview {
  name: string;
  source: ImportSource;
  counts: PlanCounts;
  /** The first skipped rows and issues (the counts say how many in all). */
  skipped: SkippedRow[];
  issues: RowIssue[];
}

/** What happens to one planned account or contact (the preview of the first rows). */
export interface PlannedRow {
  file: number;
  row: number;
  kind: 'account' | 'contact';
  name: string;
  action: PlanAction;
  matchedBy: MatchKind | null;
  changes: string[];
}

/** The whole import before it is written: counts over every file, and each file's reasons. */
export interface ImportReview {
  files: FileReview[];
  accounts: Record<PlanAction, number>;
  contacts: Record<PlanAction, number>;
  /** Rows that will be written (creates and updates). */
  writes: number;
  /** Their size as JSON, for the space the write needs (`spaceNeeded`). */
  writeBytes: number;
  sample: PlannedRow[];
}

/** `copy`: the recovery copy is brought up to date before the write. */
export type JobPhase = 'read' | 'plan' | 'copy' | ImportWritePhase;

export interface JobProgress {
  phase: JobPhase;
  done: number;
  total: number;
}

export type JobErrorCode = ImportWriteErrorCode | 'noPlan';

export interface JobError {
  code: JobErrorCode;
  detail: ImportWriteErrorDetail;
}

/** Every job: what the page sends, what the worker answers. */
export interface ImportJobs {
  read: { request: { files: File[] }; result: FileReading[] };
  reencode: { request: { file: number; encoding: TextEncodingName }; result: FileReading };
  plan: { request: { mappings: ColumnMapping[] }; result: ImportReview };
  /** `ownDomains`: the rep's own domains, which the detection index is built with (the worker cannot read settings). */
  write: { request: { ownDomains: string[] }; result: ImportWriteResult };
}
export type JobName = keyof ImportJobs;

export type ToWorker =
  | { [K in JobName]: { id: number; job: K; request: ImportJobs[K]['request'] } }[JobName]
  | { id: number; job: 'cancel' };

export type FromWorker =
  | { id: number; type: 'progress'; progress: JobProgress }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; error: JobError };

/** How many skipped rows and issues per file travel to the page. */
export const REVIEW_LIST_MAX = 200;
/** How many planned rows the preview shows. */
export const REVIEW_SAMPLE_MAX = 8;
