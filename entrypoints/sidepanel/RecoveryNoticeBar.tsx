// The side panel's notice when the browser emptied the database; SidePanelApp loads this lazily.
import { RecoveryNotice } from '../../components/Recovery/RecoveryNotice';
import { getDatabase } from '../../lib/db/database';
import { useRecoveryNotice } from '../../lib/recovery/use-recovery';

export function RecoveryNoticeBar() {
  const notice = useRecoveryNotice(getDatabase());
  return notice && <RecoveryNotice {...notice} />;
}
