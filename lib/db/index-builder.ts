import type { SearchStamp, SearchTable } from './search-sources';
import {
  gatherSources,
  type IndexedRows,
  type IndexSources,
  indexSources,
  nextTask,
  stampOf,
  storeIndexSources,
} from './store-indexes';

/** Rows a message: small enough that posting one (a structured clone) never holds the sender up. */
const SLICE = 2_000;

/** What the page or the import's worker posts to the index worker: sources, then the build. */
export type ToIndexWorker =
  | { sources: IndexSources }
  | { stamp: SearchStamp; ownDomains: readonly string[]; revisions: Record<SearchTable, string> };

/**
 * `storeIndexes` in a worker of its own: the rows go as index sources (a third of their size), a
 * slice at a time (the sender's thread goes on writing between the slices), then are built and
 * stored there. Settles once stored, or once the worker failed (the background then builds, as
 * before).
 */
export async function storeIndexesAside(
  rows: IndexedRows,
  ownDomains: readonly string[],
  revisions: Record<SearchTable, string>,
  slice = SLICE,
): Promise<void> {
  // Bundled by Vite as a worker of its own (loaded only when a bulk write needs it).
  const { default: IndexWorker } = await import('./index-build.worker.ts?worker');
  const worker = new IndexWorker();
  const done = new Promise<void>((resolve) => {
    worker.onmessage = () => resolve();
    worker.onerror = () => resolve();
  }).finally(() => worker.terminate());
  void (async () => {
    for (const sources of indexSources(rows, slice)) {
      worker.postMessage({ sources } satisfies ToIndexWorker);
      await nextTask();
    }
    worker.postMessage({ stamp: stampOf(rows), ownDomains, revisions } satisfies ToIndexWorker);
  })();
  return done;
}

/** The worker's side of the channel (`self` in the worker; a fake in tests). */
export interface IndexWorkerScope {
  onmessage: ((event: { data: ToIndexWorker }) => void) | null;
  postMessage(message: 'stored'): void;
}

/** Gathers the sources posted, then builds and stores their indexes and says so. */
export function serveIndexBuild(scope: IndexWorkerScope): void {
  const gathered = gatherSources();
  scope.onmessage = ({ data }) => {
    if ('sources' in data) {
      gathered.add(data.sources);
      return;
    }
    void storeIndexSources(gathered.sources, data.stamp, data.ownDomains, data.revisions)
      .catch(() => {})
      .then(() => scope.postMessage('stored'));
  };
}
