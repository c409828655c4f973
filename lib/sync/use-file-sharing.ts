import type { DossierDatabase } from '../db/database';
import { readFileSharing } from '../db/team-reads';
import type { FileSharing } from '../model/team-sync';
import { useLiveQuery } from '../platform/use-live-query';

/** Whether the file on screen is the team's (and whose) or private, live; null when in no team. */
export function useFileSharing(db: DossierDatabase, accountId: string): FileSharing | null {
  const sharing = useLiveQuery(() => readFileSharing(db, accountId), [db, accountId]);
  return sharing.status === 'ready' ? sharing.value : null;
}
