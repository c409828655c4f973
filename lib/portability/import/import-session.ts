/**
 * The options page's import worker: reads the chosen files, plans them against the
 * database, and writes the plan — all off the page's main thread, so the page stays responsive
 * through 50,000 rows. The worker lives as long as the options page: closing the page stops it,
 * and an unfinished write transaction is then rolled back by the browser, as a cancel does.
 * Jobs run one at a time; each can be cancelled by its id.
 */
import type { DossierDatabase } from '../../db/database';
import {
  type ExistingForImport,
  ImportWriteError,
  type PreparedImportRows,
  prepareImportRows,
  readExistingForImport,
  writeImport,
} from '../../db/import-write';
import { jsonBytesOf } from '../../recovery/space';
import { sanitizeMapping } from './core/mapping';
import type { TextEncodingName } from './core/types';
import { type PreparedImport, prepareImport } from './import-file';
import { planFiles } from './plan-files';
import type { FileReading, FromWorker, ImportJobs, JobError, JobProgress, ToWorker } from './protocol';

/** The worker's side of the channel (`self` in the worker; a fake in tests). */
export interface WorkerPort {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}

interface ChosenFile {
  file: File;
  /** The rep's choice when the detected encoding was wrong. */
  encoding?: TextEncodingName;
  /** Its decoded text and layout while the mapping screen needs them; null once written or unreadable. */
  prepared: PreparedImport | null;
  readable: boolean;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The plan job's progress (per mille) given to planning; the rest is for checking the planned rows
 * and working out their readings (`prepareImportRows`), done here, where the storage is idle,
 * rather than during the write, where the two would compete for the machine.
 */
const PLANNING_SHARE = 900;

/** A job asked of a worker that has nothing to do it with (no file chosen, no plan to write). */
class NothingToDo extends Error {}

/** Answers the page's jobs on `port`, reading and writing `db`. */
export function serveImports(port: WorkerPort, db: DossierDatabase): void {
  let files: ChosenFile[] = [];
  let planned: { put: PreparedImportRows; existing: ExistingForImport } | null = null;
  const running = new Map<number, AbortController>();
  let queue: Promise<unknown> = Promise.resolve();

  const jobs: {
    [K in keyof ImportJobs]: (
      request: ImportJobs[K]['request'],
      signal: AbortSignal,
      progress: (p: JobProgress) => void,
    ) => Promise<ImportJobs[K]['result']>;
  } = {
    async read({ files: chosen }, _, progress) {
      planned = null;
      files = chosen.map((file) => ({ file, prepared: null, readable: false }));
      const readings: FileReading[] = [];
      for (const [i, file] of files.entries()) {
        progress({ phase: 'read', done: i, total: files.length });
        readings.push(await readFile(file));
      }
      progress({ phase: 'read', done: files.length, total: files.length });
      return readings;
    },

    async reencode({ file, encoding }) {
      planned = null;
      const chosen = files[file];
      if (!chosen) throw new NothingToDo();
      chosen.encoding = encoding;
      return readFile(chosen);
    },

    async plan({ mappings }, signal, progress) {
      planned = null;
      progress({ phase: 'read', done: 0, total: 1 });
      // Texts let go of while a write ran are read again from the files.
      for (const file of files) if (file.readable && !file.prepared) await readFile(file);
      const existing = await readExistingForImport(db);
      const usable = files.flatMap((file, i) =>
        file.prepared
          ? [
              {
                name: file.file.name,
                prepared: file.prepared,
                mapping: sanitizeMapping(mappings[i], file.prepared.headers.length),
              },
            ]
          : [],
      );
      const steps = planFiles(usable, existing);
      let clock = performance.now();
      for (;;) {
        const step = steps.next();
        if (step.done) {
          const { put, review } = step.value;
          const total = put.accounts.length + put.contacts.length;
          const ready = await prepareImportRows(put, {
            signal,
            onProgress: (done) =>
              progress({
                phase: 'plan',
                done: PLANNING_SHARE + Math.round(((1000 - PLANNING_SHARE) * done) / Math.max(1, total)),
                total: 1000,
              }),
          });
          // What it was planned against is kept: the write builds the indexes of the result from it.
          planned = { put: ready, existing };
          // What the write needs on disk is checked by the page before it asks for the write.
          return { ...review, writeBytes: jsonBytesOf(ready.accounts) + jsonBytesOf(ready.contacts) };
        }
        if (performance.now() - clock > 50) {
          const { done, total } = step.value;
          progress({ phase: 'plan', done: Math.round((PLANNING_SHARE * done) / total), total: 1000 });
          await macrotask(); // a cancel (or a newer mapping) gets its chance
          if (signal.aborted) throw new ImportWriteError('cancelled');
          clock = performance.now();
        }
      }
    },

    async write({ ownDomains }, signal, progress) {
      if (!planned) throw new NothingToDo();
      const { put, existing } = planned;
      planned = null; // written or refused, it is spent: the next import plans afresh
      // The files' texts (tens of MB) are not needed while writing; a later plan reads them again.
      for (const file of files) file.prepared = null;
      return writeImport(db, put, {
        basis: existing.basis,
        indexes: { planned: existing, ownDomains },
        signal,
        onProgress: progress,
      });
    },
  };

  /** Decodes a file (its bytes are not kept: a new encoding reads them again) for the mapping screen. */
  async function readFile(chosen: ChosenFile): Promise<FileReading> {
    const { file, encoding } = chosen;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = prepareImport(bytes, { fileName: file.name, encoding, previewRows: 5 });
    chosen.prepared = result.ok ? result.value : null;
    chosen.readable = result.ok;
    if (!result.ok) return { ok: false, name: file.name, size: file.size, error: result.error };
    const { text: _text, layout: _layout, ...shown } = result.value;
    return { ok: true, name: file.name, size: file.size, ...shown };
  }

  port.addEventListener('message', ({ data }) => {
    if (data.job === 'cancel') {
      running.get(data.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(data.id, controller);
    const run = jobs[data.job] as (
      request: unknown,
      signal: AbortSignal,
      progress: (p: JobProgress) => void,
    ) => Promise<unknown>;
    queue = queue.then(async () => {
      try {
        if (controller.signal.aborted) throw new ImportWriteError('cancelled');
        const result = await run(data.request, controller.signal, (progress) =>
          port.postMessage({ id: data.id, type: 'progress', progress }),
        );
        port.postMessage({ id: data.id, type: 'done', result });
      } catch (error) {
        port.postMessage({ id: data.id, type: 'failed', error: asJobError(error) });
      } finally {
        running.delete(data.id);
      }
    });
  });
}

function asJobError(error: unknown): JobError {
  if (error instanceof ImportWriteError) return { code: error.code, detail: error.detail };
  if (error instanceof NothingToDo) return { code: 'noPlan', detail: {} };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'failed', detail: { message } };
}
