import type { DossierDatabase } from '../db/database';
import { opfsCopyStore } from './copy-store';
import { toWriteFailure } from './failure-view';
import { restoreRecoveryCopy } from './restore-copy';
import type { CopyRestoreStatus } from './use-recovery';

/** Restores the recovery copy and says how it went (never throws). */
export async function restoreCopyStatus(db: DossierDatabase): Promise<CopyRestoreStatus> {
  try {
    const result = await restoreRecoveryCopy(db, await opfsCopyStore());
    if (result.ok) return { kind: 'done', accounts: result.accounts };
    return result.reason === 'noCopy' ? { kind: 'noCopy' } : { kind: 'invalid', error: result.error };
  } catch (error) {
    const failure = toWriteFailure(error) ?? {
      code: 'failed',
      detail: { message: error instanceof Error ? error.message : String(error) },
    };
    return { kind: 'failed', failure };
  }
}
