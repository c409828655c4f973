import type { SubKey } from '../../lib/model/messages';
import type { WriteFailure } from '../../lib/model/write-failure';

/** Rows per table of the recovery copy, as the notice and the card show them. */
export interface CopyCountsView {
  accounts: number;
  contacts: number;
  notes: number;
}

export interface CopyView {
  takenAt: string;
  counts: CopyCountsView;
  bytes: number;
}

/** Where a restore from the recovery copy stands (lib/recovery/use-recovery.ts). */
export type RestoreStatusView =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; accounts: number }
  | { kind: 'noCopy' }
  | { kind: 'invalid'; error: { code: SubKey<'backup.error'>; params: string[] } }
  | { kind: 'failed'; failure: WriteFailure };
