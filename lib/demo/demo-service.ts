import type { DossierDatabase } from '../db/database';
import { DEMO_ROW_BYTES, loadDemoData } from '../db/demo';
import type { Handlers } from '../messaging/router';
import { STORED } from '../model/storage-items';
import { setItem } from '../platform/storage';
import { opfsCopyStore } from '../recovery/copy-store';
import { withWriteFailure } from '../recovery/failure-view';
import { guardBulkWrite } from '../recovery/guard';

/**
 * The background's handler of the first-run screen's **Load demo data**: the demo dataset into an
 * empty database, as every bulk write is made (the space checked first; a failure checked and
 * worded, `withWriteFailure`).
 */
export function demoHandlers(db: DossierDatabase): Pick<Handlers, 'demo/load'> {
  return {
    'demo/load': async () => {
      const accounts = await guardBulkWrite(
        db,
        { rowBytes: DEMO_ROW_BYTES, store: await opfsCopyStore() },
        () => loadDemoData(db),
      ).catch((error) => Promise.reject(withWriteFailure(error)));
      await setItem(STORED.firstRunDone, true);
      return { accounts };
    },
  };
}
