import type { DossierDatabase } from '../../db/database';
import { createImportClient, type ImportClient, type WorkerLike } from './import-client';
import { serveImports, type WorkerPort } from './import-session';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The options page's import client joined to a worker session on `db` by an in-memory channel:
 * messages arrive a task later, the worker's answers cloned as `postMessage` clones them.
 */
export function connectImportWorker(db: DossierDatabase): ImportClient {
  return createImportClient(fakeImportWorker(db));
}

/** The worker side alone: what `new ImportWorker()` gives the page, serving `db`. */
export function fakeImportWorker(db: DossierDatabase): WorkerLike {
  const toWorker: ((event: { data: ToWorker }) => void)[] = [];
  const toPage: ((event: { data: FromWorker }) => void)[] = [];
  const port: WorkerPort = {
    postMessage: (data) => {
      const copy = structuredClone(data);
      setTimeout(() => {
        for (const listener of toPage) listener({ data: copy });
      });
    },
    addEventListener: (_, listener) => toWorker.push(listener),
  };
  const worker: WorkerLike = {
    postMessage: (data) => {
      setTimeout(() => {
        for (const listener of toWorker) listener({ data });
      });
    },
    addEventListener: ((type: string, listener: (event: { data: FromWorker }) => void) => {
      if (type === 'message') toPage.push(listener);
    }) as WorkerLike['addEventListener'],
    terminate: () => {},
  };
  serveImports(port, db);
  return worker;
}
