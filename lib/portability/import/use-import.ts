/**
 * The options page's import, step by step: choose files → the worker reads them →
 * mapping and review (every mapping change plans again, cancelling the plan under way) → write
 * with progress and cancel → result. State for the presentational ImportPanel; the work happens
 * in the import worker (lib/portability/import/import-session.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ImportWriteResult } from '../../db/import-write';
import { STORED } from '../../model/storage-items';
import { getItem } from '../../platform/storage';
import { toWriteFailure } from '../../recovery/failure-view';
import { BulkWriteFailed } from '../../recovery/guard';
import type { ImportField } from './core/fields';
import { type ColumnMapping, summarizeMapping } from './core/mapping';
import type { TextEncodingName } from './core/types';
import {
  createImportClient,
  type ImportClient,
  JobFailed,
  type RunningJob,
  type WorkerLike,
} from './import-client';
import type { FileReading, ImportReview, JobError, JobProgress } from './protocol';

export type ImportStep = 'choose' | 'reading' | 'review' | 'writing' | 'done';

export interface ImportState {
  step: ImportStep;
  files: FileReading[];
  /** The rep's mapping per file (a copy of the suggested one to begin with). */
  mappings: ColumnMapping[];
  /** What the import will do with the mappings as they are now; null while it is being worked out. */
  review: ImportReview | null;
  /**
   * Reading the chosen files (step `reading`: files read so far), then planning (reading what is
   * stored, then every row).
   */
  planning: JobProgress | null;
  /** Writing under way. */
  progress: JobProgress | null;
  cancelling: boolean;
  result: ImportWriteResult | null;
  /** Why the files could not be read, or the last write did not finish (`cancelled` included: nothing was written). */
  error: JobError | null;
  /** Why the review could not be worked out. */
  planError: JobError | null;
}

const INITIAL: ImportState = {
  step: 'choose',
  files: [],
  mappings: [],
  review: null,
  planning: null,
  progress: null,
  cancelling: false,
  result: null,
  error: null,
  planError: null,
};

export interface ImportActions {
  choose(files: File[]): void;
  setField(file: number, column: number, field: ImportField | null): void;
  setEncoding(file: number, encoding: TextEncodingName): void;
  start(): void;
  cancel(): void;
  reset(): void;
}

/** Whether every readable file can make accounts or contacts with its mapping. */
export function mappingsUsable(state: Pick<ImportState, 'files' | 'mappings'>): boolean {
  const readable = state.files.flatMap((f, i) => (f.ok ? [{ f, mapping: state.mappings[i] ?? [] }] : []));
  return (
    readable.length > 0 && readable.every(({ f, mapping }) => summarizeMapping(f.headers, mapping).usable)
  );
}

function asJobError(error: unknown): JobError {
  if (error instanceof BulkWriteFailed) {
    // The worker's own reason (cancelled, a bad row…), with what was found stored afterwards.
    const inner = asJobError(error.error);
    const { after, reason, copyTakenAt } = toWriteFailure(error)!.detail;
    // The browser refusing for space can surface as a BulkError of AbortErrors, which reads as `failed`.
    const code = inner.code === 'failed' && error.diskFull ? 'quota' : inner.code;
    return { code, detail: { ...inner.detail, after, reason, copyTakenAt } };
  }
  const failure = toWriteFailure(error);
  if (failure) return failure as JobError;
  return error instanceof JobFailed ? error.error : { code: 'failed', detail: { message: String(error) } };
}

/**
 * How the page makes the worker's write safe (lib/recovery/guard.ts: the space checked and the
 * recovery copy brought up to date first, what is stored checked after a failure); by default,
 * the write as it is.
 */
export type WriteSafeguard = <T>(rowBytes: number, onCopy: () => void, write: () => Promise<T>) => Promise<T>;
const unguarded: WriteSafeguard = (_bytes, _onCopy, write) => write();

/**
 * The import's state and actions. `createWorker` starts the import worker (on first use; it is
 * stopped when the page goes, which rolls back a write under way).
 */
export function useImport(
  createWorker: () => WorkerLike,
  onWritten?: () => void,
  safeguard: WriteSafeguard = unguarded,
): [ImportState, ImportActions] {
  const [state, setState] = useState<ImportState>(INITIAL);
  const client = useRef<ImportClient | null>(null);
  const planJob = useRef<RunningJob<ImportReview> | null>(null);
  const writeJob = useRef<RunningJob<ImportWriteResult> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(state);
  latest.current = state;

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      client.current?.dispose();
    },
    [],
  );
  const worker = () => {
    client.current ??= createImportClient(createWorker());
    return client.current;
  };
  const patch = (next: Partial<ImportState>) => setState((s) => ({ ...s, ...next }));

  const plan = useCallback((files: FileReading[], mappings: ColumnMapping[], delay: number) => {
    clearTimeout(timer.current);
    planJob.current?.cancel();
    planJob.current = null;
    if (!mappingsUsable({ files, mappings })) {
      patch({ review: null, planning: null, planError: null });
      return;
    }
    patch({ review: null, planning: { phase: 'read', done: 0, total: 1 }, planError: null });
    timer.current = setTimeout(() => {
      const job = worker().run('plan', { mappings }, (progress) => {
        if (planJob.current === job) patch({ planning: progress });
      });
      planJob.current = job;
      job.result.then(
        (review) => {
          if (planJob.current === job) patch({ review, planning: null });
        },
        (error: unknown) => {
          if (planJob.current !== job) return; // replaced by a newer mapping
          patch({ planning: null, planError: asJobError(error) });
        },
      );
    }, delay);
  }, []);

  const actions: ImportActions = {
    choose(files) {
      if (files.length === 0) return;
      planJob.current?.cancel();
      setState({ ...INITIAL, step: 'reading', planning: { phase: 'read', done: 0, total: files.length } });
      worker()
        .run('read', { files }, (planning) => patch({ planning }))
        .result.then(
          (readings) => {
            const mappings = readings.map((f) => (f.ok ? [...f.mapping] : []));
            setState({ ...INITIAL, step: 'review', files: readings, mappings });
            plan(readings, mappings, 0);
          },
          (error: unknown) => setState({ ...INITIAL, error: asJobError(error) }),
        );
    },
    setField(file, column, field) {
      const mappings = latest.current.mappings.map((m, i) =>
        i === file ? m.map((f, c) => (c === column ? field : f)) : m,
      );
      patch({ mappings, error: null });
      plan(latest.current.files, mappings, 300);
    },
    setEncoding(file, encoding) {
      worker()
        .run('reencode', { file, encoding })
        .result.then(
          (reading) => {
            const files = latest.current.files.map((f, i) => (i === file ? reading : f));
            const mappings = latest.current.mappings.map((m, i) =>
              i === file ? (reading.ok ? [...reading.mapping] : []) : m,
            );
            patch({ files, mappings, error: null });
            plan(files, mappings, 0);
          },
          (error: unknown) => patch({ error: asJobError(error) }),
        );
    },
    start() {
      const { review, planning } = latest.current;
      if (!review || planning || review.writes === 0) return;
      patch({ step: 'writing', progress: null, cancelling: false, error: null });
      let cancelled = false;
      const write = async () => {
        // The detection index is built with the rep's own domains, which the worker cannot read.
        const { domains } = await getItem(STORED.ownAddresses);
        const job = worker().run('write', { ownDomains: domains }, (progress) => patch({ progress }));
        writeJob.current = job;
        if (cancelled) job.cancel();
        return job.result;
      };
      // A cancel while the copy is being taken cancels the write as soon as it is asked for.
      writeJob.current = {
        cancel: () => {
          cancelled = true;
        },
      } as RunningJob<ImportWriteResult>;
      const onCopy = () => patch({ progress: { phase: 'copy', done: 0, total: 1 } });
      safeguard(review.writeBytes, onCopy, write).then(
        (result) => {
          patch({ step: 'done', result, progress: null });
          onWritten?.();
        },
        (error: unknown) => {
          // Nothing was written; the worker has let go of the plan, so work it out again.
          patch({ step: 'review', progress: null, cancelling: false, error: asJobError(error) });
          plan(latest.current.files, latest.current.mappings, 0);
        },
      );
    },
    cancel() {
      if (latest.current.step !== 'writing') return;
      patch({ cancelling: true });
      writeJob.current?.cancel();
    },
    reset() {
      clearTimeout(timer.current);
      planJob.current?.cancel();
      planJob.current = null;
      setState(INITIAL);
    },
  };
  return [state, actions];
}
