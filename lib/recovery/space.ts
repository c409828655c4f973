/**
 * Whether a large write fits before it starts. Chromium answers `navigator.storage.estimate()`
 * for an extension with `unlimitedStorage` with a quota of its usage plus the disk's free space,
 * so `quota − usage` is what the disk can still take. A write that runs out of space part-way is
 * rolled back — but Chromium may then find its IndexedDB files damaged and delete the whole
 * database, so Dossier refuses such a write before anything is written.
 */

/** Room kept free for the database's own housekeeping (LevelDB compacts into new files). */
export const SPACE_RESERVE = 20_000_000;

/**
 * What writing rows of `rowBytes` bytes (as JSON) needs on disk, measured in Chromium: 20,000
 * companies + 20,000 contacts (31.7 MB of JSON) took 56–72 MB at the peak (the write-ahead log and
 * the tables compacted from it, side by side) — 1.8–2.3× — so three times, plus `copyBytes` for
 * the recovery copy written first, plus the reserve.
 */
export function spaceNeeded(rowBytes: number, copyBytes = 0): number {
  return Math.ceil(rowBytes * 3) + copyBytes + SPACE_RESERVE;
}

/** The JSON size of `rows`, from an even sample of at most `sample` of them (exact for fewer). */
export function jsonBytesOf(rows: readonly unknown[], sample = 200): number {
  if (rows.length === 0) return 0;
  const step = Math.max(1, rows.length / sample);
  let bytes = 0;
  let taken = 0;
  for (let i = 0; i < rows.length; i += step) {
    bytes += JSON.stringify(rows[Math.floor(i)]).length;
    taken += 1;
  }
  return Math.ceil((bytes / taken) * rows.length);
}

/** The write was refused before it began: it needs `needed` bytes, the disk has `available`. */
export class SpaceShortage extends Error {
  constructor(
    readonly needed: number,
    readonly available: number,
  ) {
    super(`Not enough free space: ${needed} bytes needed, ${available} available`);
    this.name = 'SpaceShortage';
  }
}

/** What the browser lets this extension still store, in bytes; null when it cannot say. */
export async function freeSpace(
  storage: Pick<StorageManager, 'estimate'> | undefined = globalThis.navigator?.storage,
): Promise<number | null> {
  const estimate = await storage?.estimate?.().catch(() => null);
  if (!estimate || typeof estimate.quota !== 'number' || typeof estimate.usage !== 'number') return null;
  return Math.max(0, estimate.quota - estimate.usage);
}

/** Rejects with a `SpaceShortage` when less than `needed` bytes are free (an unknown figure passes). */
export async function ensureSpace(needed: number, storage?: Pick<StorageManager, 'estimate'>): Promise<void> {
  const available = await freeSpace(storage);
  if (available !== null && available < needed) throw new SpaceShortage(needed, available);
}
