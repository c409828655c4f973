import { ImportPanel } from '../../components/ImportPanel/ImportPanel';
import { getDatabase } from '../../lib/db/database';
import { useLeaveWarning } from '../../lib/platform/use-leave-warning';
import { ACCOUNT_FIELDS, CONTACT_FIELDS, type ImportField } from '../../lib/portability/import/core/fields';
import { TEXT_ENCODINGS, type TextEncodingName } from '../../lib/portability/import/core/types';
import type { WorkerLike } from '../../lib/portability/import/import-client';
import { mappingsUsable, useImport } from '../../lib/portability/import/use-import';
import { pageSafeguard } from '../../lib/recovery/guard';
import ImportWorker from './import-worker?worker';

const IMPORT_FIELDS = { account: ACCOUNT_FIELDS, contact: CONTACT_FIELDS };

/** The import card: files read, mapped and written in a worker (lib/portability/import/use-import.ts). */
export function ImportCard() {
  const [importState, importActions] = useImport(
    () => new ImportWorker() as unknown as WorkerLike,
    undefined,
    pageSafeguard(getDatabase()),
  );
  // Closing the page stops the import's worker and rolls the write back: say so before it happens.
  useLeaveWarning(importState.step === 'writing');
  return (
    <ImportPanel
      state={importState}
      usable={mappingsUsable(importState)}
      fields={IMPORT_FIELDS}
      encodings={TEXT_ENCODINGS}
      onChoose={importActions.choose}
      onSetField={(file, column, field) => importActions.setField(file, column, field as ImportField | null)}
      onSetEncoding={(file, encoding) => importActions.setEncoding(file, encoding as TextEncodingName)}
      onStart={importActions.start}
      onCancel={importActions.cancel}
      onReset={importActions.reset}
    />
  );
}
