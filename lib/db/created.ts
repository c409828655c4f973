/**
 * When the database was last created, in `storage.local` (which survives the database): on the
 * first run, and whenever the browser deleted the database and it had to be created again — as
 * Chromium does when it finds the database damaged after a write failed on a full disk. The
 * recovery copy's notice compares it with when the copy was taken (lib/recovery/state.ts).
 *
 * No `wxt/browser` here: the options page's import worker opens the database too, and a worker
 * has no extension APIs. There the creation is told over a BroadcastChannel to the pages and the
 * background (`relayDatabaseCreations`), which record it.
 */
import { STORED } from '../model/storage-items';

const CHANNEL = 'dossier-database-created';

interface LocalStorageArea {
  set(items: Record<string, unknown>): Promise<void>;
}

function localStorageArea(): LocalStorageArea | undefined {
  type Api = { storage?: { local?: LocalStorageArea } } | undefined;
  const api = globalThis as unknown as { browser?: Api; chrome?: Api };
  return api.browser?.storage?.local ?? api.chrome?.storage?.local;
}

export async function recordDatabaseCreated(at = new Date()): Promise<void> {
  const iso = at.toISOString();
  const local = localStorageArea();
  if (local) {
    await local.set({ [STORED.databaseCreatedAt.key]: iso });
    return;
  }
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(iso);
    channel.close();
  }
}

/** Records the creations a worker saw (see above); returns the stop. */
export function relayDatabaseCreations(): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }) => {
    if (typeof data === 'string' && !Number.isNaN(Date.parse(data))) {
      void recordDatabaseCreated(new Date(data)).catch(() => {});
    }
  };
  return () => channel.close();
}
