import { DossierDatabase } from '../db/database';
import { isQuotaError } from '../db/errors';
import { readDatabaseStamp } from '../db/stamp';
import type { DatabaseStamp } from '../model/tables';
import { type AfterFailure, checkAfterFailure } from './after-failure';
import { takeRecoveryCopy } from './copy';
import { type CopyStore, opfsCopyStore } from './copy-store';
import { ensureSpace, freeSpace, SPACE_RESERVE, spaceNeeded } from './space';
import { readRecoveryState } from './state';

/**
 * A bulk write (import, restore, demo data, a team's first sync) that failed, with what was
 * found after it: the page says "nothing was changed" only when `after` is `unchanged`.
 */
export class BulkWriteFailed extends Error {
  constructor(
    /** What the write itself threw. */
    readonly error: unknown,
    readonly after: AfterFailure,
    /** The browser refused for lack of space (said so, or the disk is full now). */
    readonly diskFull: boolean,
    /** When the recovery copy that can bring the files back was taken; null if there is none. */
    readonly copyTakenAt: string | null,
  ) {
    super(error instanceof Error ? error.message : String(error));
    this.name = 'BulkWriteFailed';
  }
}

/** The recovery copy could not be brought up to date, so the write was not started. */
export class CopyFailed extends Error {
  constructor(readonly error: unknown) {
    super(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    this.name = 'CopyFailed';
  }
}

export interface GuardOptions {
  /** The JSON size of what will be written (`jsonBytesOf`). */
  rowBytes: number;
  store: CopyStore | null;
  storage?: Pick<StorageManager, 'estimate'>;
  /** Called before the recovery copy is brought up to date (it can take seconds at 50,000 clients). */
  onCopy?(): void;
  /** Opens a second connection to check the database after a failure (by default, to the same name). */
  reopen?: () => DossierDatabase;
  now?: Date;
}

/**
 * Runs a bulk write so that it cannot lose what is stored, whatever the browser does:
 * 1. refuses it (`SpaceShortage`, nothing written) unless the disk has room for it, its recovery
 *    copy and a reserve;
 * 2. brings the recovery copy up to date first, outside the database (`CopyFailed` if it cannot:
 *    nothing written);
 * 3. on failure, checks through a new connection what is stored now and rejects with a
 *    `BulkWriteFailed` saying so.
 */
export async function guardBulkWrite<T>(
  db: DossierDatabase,
  options: GuardOptions,
  write: () => Promise<T>,
): Promise<T> {
  const { store, storage, now = new Date() } = options;
  const state = await readRecoveryState();
  // A new copy takes about the old one's size again, beside it until it is complete.
  await ensureSpace(spaceNeeded(options.rowBytes, state.copy?.bytes ?? 0), storage);
  options.onCopy?.();
  try {
    await takeRecoveryCopy(db, { store, now });
  } catch (error) {
    // Without an up-to-date copy a reset during the write could lose the newest files: not started.
    throw new CopyFailed(error);
  }
  const before: DatabaseStamp = await readDatabaseStamp(db);
  try {
    return await write();
  } catch (error) {
    const after = await checkAfterFailure(before, options.reopen ?? (() => new DossierDatabase(db.name)));
    const left = await freeSpace(storage);
    const diskFull = isQuotaError(error) || (left !== null && left < SPACE_RESERVE);
    const { copy } = await readRecoveryState();
    throw new BulkWriteFailed(error, after, diskFull, copy?.takenAt ?? null);
  }
}

/**
 * `guardBulkWrite` for a page whose write runs elsewhere (the options page's import worker, which
 * has no extension APIs): the page checks the space, takes the copy and checks afterwards.
 */
export function pageSafeguard(db: DossierDatabase) {
  return async <T>(rowBytes: number, onCopy: () => void, write: () => Promise<T>): Promise<T> =>
    guardBulkWrite(db, { rowBytes, store: await opfsCopyStore(), onCopy }, write);
}
