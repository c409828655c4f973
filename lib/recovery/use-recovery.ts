import { useEffect, useState } from 'preact/hooks';
import { countAccounts } from '../db/account-lookup';
import type { DossierDatabase } from '../db/database';
import type { CopyInfo } from '../model/storage-items';
import type { WriteFailure } from '../model/write-failure';
import { useLiveQuery } from '../platform/use-live-query';
import type { BackupError } from '../portability/import/core/backup-file';
import { opfsCopyStore } from './copy-store';
import {
  dismissRecovery,
  lossDetected,
  type RecoveryState,
  readRecoveryState,
  watchRecoveryState,
} from './state';

/** Where a restore from the recovery copy stands. */
export type CopyRestoreStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; accounts: number }
  | { kind: 'noCopy' }
  | { kind: 'invalid'; error: BackupError }
  | { kind: 'failed'; failure: WriteFailure };

export interface Recovery {
  /** The recovery state (null while it loads); `lost` when the database lost the rep's files. */
  state: (RecoveryState & { lost: boolean }) | null;
  /** Accounts stored now (for "restoring replaces the N added since"). */
  storedAccounts: number | null;
  status: CopyRestoreStatus;
  restore(): Promise<void>;
  dismiss(): Promise<void>;
}

/**
 * The recovery copy for a page: its state, kept current as it changes in any context, whether the
 * database lost the rep's files, and restoring or dismissing.
 */
export function useRecovery(db: DossierDatabase, countAlways = true): Recovery {
  const [state, setState] = useState<Recovery['state']>(null);
  const [status, setStatus] = useState<CopyRestoreStatus>({ kind: 'idle' });
  // The side panel's notice needs the count only once a loss is detected: counting 50,000
  // accounts takes 200 ms of the database at every panel start otherwise.
  const counted = countAlways || state?.lost === true;
  const accounts = useLiveQuery(() => (counted ? countAccounts(db) : Promise.resolve(null)), [db, counted]);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void readRecoveryState().then(
        (read) => alive && setState({ ...read, lost: lossDetected(read) }),
        () => {},
      );
    refresh();
    const stop = watchRecoveryState(refresh);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return {
    state,
    storedAccounts: accounts.status === 'ready' ? accounts.value : null,
    status,
    async restore() {
      setStatus({ kind: 'working' });
      // Loaded on the click: reading, checking and writing a backup stays out of the page's first load.
      const { restoreCopyStatus } = await import('./restore-status');
      setStatus(await restoreCopyStatus(db));
    },
    async dismiss() {
      await dismissRecovery(new Date());
    },
  };
}

/** What the notice and the card show of a copy. */
export function copyView(copy: CopyInfo) {
  const { accounts, contacts, notes } = copy.counts;
  return { takenAt: copy.takenAt, bytes: copy.bytes, counts: { accounts, contacts, notes } };
}

/** The props of the notice shown when the browser emptied the database (components/Recovery/RecoveryNotice). */
export interface RecoveryNoticeProps {
  detectedAt: string;
  copy: ReturnType<typeof copyView>;
  storedAccounts: number | null;
  status: CopyRestoreStatus;
  onRestore(): void;
  onDismiss(): void;
}

/**
 * Whether and how to show the loss notice: while a loss waits for the rep's answer, then with how
 * the restore went until the rep closes it. Null when there is nothing to say.
 */
export function useRecoveryNotice(db: DossierDatabase): RecoveryNoticeProps | null {
  const recovery = useRecovery(db, false);
  const [closed, setClosed] = useState(false);
  const { state, status } = recovery;
  if (closed || !state?.copy || !state.createdAt || (!state.lost && status.kind === 'idle')) return null;
  return {
    detectedAt: state.createdAt,
    copy: copyView(state.copy),
    storedAccounts: state.lost ? recovery.storedAccounts : null,
    status,
    onRestore: () => void recovery.restore(),
    onDismiss: () => {
      setClosed(true);
      if (state.lost) void recovery.dismiss();
    },
  };
}

/**
 * The options page's recovery-copy card: whether this browser can keep a copy at all (no private
 * file system, no copy), when the last one was taken and of what, and restoring it.
 */
export function useRecoveryCard(db: DossierDatabase, storage?: StorageManager) {
  const recovery = useRecovery(db);
  const [available, setAvailable] = useState(true);
  useEffect(() => {
    let active = true;
    void opfsCopyStore(storage).then((store) => active && setAvailable(store !== null));
    return () => {
      active = false;
    };
  }, []);
  const copy = recovery.state?.copy;
  return {
    available,
    copy: copy ? copyView(copy) : null,
    storedAccounts: recovery.storedAccounts,
    status: recovery.status,
    onRestore: () => void recovery.restore(),
  };
}
