import { exportDatabaseWithStamp } from '../db/backup';
import type { DossierDatabase } from '../db/database';
import { countsOf, readDatabaseStamp, sameStamp } from '../db/stamp';
import type { CopyInfo, CopySlot } from '../model/storage-items';
import { holdsClientFiles } from '../model/tables';
import { type BackupFile, type BackupParseResult, parseBackup } from '../portability/import/core/backup-file';
import type { CopyStore } from './copy-store';
import { lossDetected, readRecoveryState, recordCopy } from './state';

/** Rows serialized per piece of the copy's stream: small pieces keep the peak memory low. */
const ROWS_PER_PIECE = 500;

/**
 * The backup file as a stream of JSON text pieces — the same document `JSON.stringify(backup)`
 * gives (a restore parses it with the backup's own validation), without building one string of
 * tens of megabytes first.
 */
export function backupJsonStream(backup: BackupFile): ReadableStream<string> {
  function* pieces(): Generator<string> {
    const { tables, ...header } = backup;
    yield `${JSON.stringify(header).slice(0, -1)},"tables":{`;
    let firstTable = true;
    for (const [name, rows] of Object.entries(tables) as [string, unknown[]][]) {
      yield `${firstTable ? '' : ','}${JSON.stringify(name)}:[`;
      firstTable = false;
      for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) {
        const piece = rows.slice(i, i + ROWS_PER_PIECE).map((row) => JSON.stringify(row));
        yield `${i === 0 ? '' : ','}${piece.join(',')}`;
      }
      yield ']';
    }
    yield '}}';
  }
  const source = pieces();
  return new ReadableStream<string>({
    pull(controller) {
      const next = source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

export type CopyOutcome =
  /** A new copy was written. */
  | 'taken'
  /** The copy already holds exactly what is stored. */
  | 'unchanged'
  /** The database holds no client file: nothing to protect, and a copy that does is kept. */
  | 'nothingToCopy'
  /** The database lost its files and the copy is the way back: kept until restored or dismissed. */
  | 'keptForRestore'
  /** The browser has no place for a copy (no OPFS). */
  | 'unavailable';

export interface TakeCopyOptions {
  store: CopyStore | null;
  now?: Date;
}

/** Runs `work` under the recovery copy's lock, so that two contexts never write a copy at once. */
function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request('dossier-recovery-copy', work) : work();
}

/**
 * Brings the recovery copy up to date with the database: a gzip-compressed backup file in the
 * store's free slot, which becomes the copy once written whole. Skipped when nothing changed since
 * the last copy, when the database holds no client file, and while a loss waits for the rep's
 * answer — so that an emptied database never overwrites the copy that can bring it back.
 * Rejects when the copy cannot be written (the old one is kept).
 */
export function takeRecoveryCopy(db: DossierDatabase, { store, now = new Date() }: TakeCopyOptions) {
  return exclusively(async (): Promise<CopyOutcome> => {
    if (!store) return 'unavailable';
    const state = await readRecoveryState();
    if (lossDetected(state)) return 'keptForRestore';
    const stamp = await readDatabaseStamp(db);
    if (!holdsClientFiles(countsOf(stamp))) return 'nothingToCopy';
    if (state.copy && sameStamp(state.copy.stamp, stamp)) return 'unchanged';
    const started = performance.now();

    // The stamp of what was read, not what `stamp` saw a moment before: a write in between is in the copy.
    const { backup, stamp: taken } = await exportDatabaseWithStamp(db, now);
    const slot: CopySlot = state.copy?.slot === 'a' ? 'b' : 'a';
    const bytes = await store.write(
      slot,
      backupJsonStream(backup)
        .pipeThrough(new TextEncoderStream())
        .pipeThrough(
          new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array<ArrayBuffer>>,
        ),
    );
    const info: CopyInfo = {
      slot,
      takenAt: now.toISOString(),
      stamp: taken,
      counts: countsOf(taken),
      bytes,
      tookMs: Math.round(performance.now() - started),
    };
    await recordCopy(info);
    if (state.copy && state.copy.slot !== slot) await store.remove(state.copy.slot);
    return 'taken';
  });
}

/** The recovery copy, read and validated as any backup file is; null when there is none. */
export async function readRecoveryCopy(store: CopyStore | null): Promise<BackupParseResult | null> {
  const { copy } = await readRecoveryState();
  if (!store || !copy) return null;
  const bytes = await store.read(copy.slot);
  if (!bytes) return null;
  const text = await new Response(
    bytes.pipeThrough(
      new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array<ArrayBuffer>>,
    ),
  ).text();
  return parseBackup(text);
}
