/**
 * The options page's side of the import worker (lib/portability/import/import-session.ts): each job is a
 * promise with progress callbacks and a cancel. Nothing here touches the database.
 */
import type { FromWorker, ImportJobs, JobError, JobName, JobProgress, ToWorker } from './protocol';

/** The page's handle on the worker (a `Worker`; a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/** A job that did not finish; `code` says why (`cancelled`, `quota`, `invalid`, …). */
export class JobFailed extends Error {
  constructor(readonly error: JobError) {
    super(`Import job failed: ${error.code}${error.detail.message ? ` (${error.detail.message})` : ''}`);
    this.name = 'JobFailed';
  }
}

export interface RunningJob<T> {
  id: number;
  result: Promise<T>;
  cancel(): void;
}

export interface ImportClient {
  run<K extends JobName>(
    job: K,
    request: ImportJobs[K]['request'],
    onProgress?: (progress: JobProgress) => void,
  ): RunningJob<ImportJobs[K]['result']>;
  /** Stops the worker: a write under way is rolled back by the browser. */
  dispose(): void;
}

export function createImportClient(worker: WorkerLike): ImportClient {
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: unknown): void; onProgress?: (p: JobProgress) => void }
  >();
  worker.addEventListener('message', ({ data }) => {
    const job = pending.get(data.id);
    if (!job) return;
    if (data.type === 'progress') {
      job.onProgress?.(data.progress);
      return;
    }
    pending.delete(data.id);
    if (data.type === 'done') job.resolve(data.result);
    else job.reject(new JobFailed(data.error));
  });
  // A worker that failed to load or crashed answers nothing more: fail whatever waits on it.
  worker.addEventListener('error', (event) => {
    const error = new JobFailed({ code: 'failed', detail: { message: event.message ?? 'worker error' } });
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  });
  return {
    run(job, request, onProgress) {
      const id = nextId++;
      const result = new Promise<never>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      });
      worker.postMessage({ id, job, request } as ToWorker);
      return { id, result, cancel: () => worker.postMessage({ id, job: 'cancel' }) };
    },
    dispose() {
      worker.terminate();
      const error = new JobFailed({ code: 'cancelled', detail: {} });
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    },
  };
}
